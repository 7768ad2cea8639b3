import { error } from '@sveltejs/kit';
import { getPlanWithTasks, listUnits, planDocumentSnapshot } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.runtime.database;
	const found = await getPlanWithTasks(db, params.id);
	if (!found) error(404, m.plan_not_found());
	const units = await listUnits(db);
	return {
		plan: found.plan,
		rights: {
			status: found.plan.status,
			ownerUnitId: found.plan.owner_unit_id,
			coDrafterUnitIds: found.plan.co_drafter_unit_ids
		},
		initial: planDocumentSnapshot(found),
		units: units.map((u) => ({ id: u.id, name: u.name, shortName: u.short_name })),
		unitId: locals.user?.unitId ?? ''
	};
};
