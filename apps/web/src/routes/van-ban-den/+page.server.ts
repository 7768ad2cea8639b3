import { redirect } from '@sveltejs/kit';
import { unitInbox, unitTasksOfPlan } from '@trienkhai/db';
import { inboxAction } from '#lib/server/office/office-actions.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	if (!user) redirect(303, '/dang-nhap');
	const { db } = locals.runtime.database;
	const entries = await unitInbox(db, user.unitId);
	const tasks = await Promise.all(entries.map((e) => unitTasksOfPlan(db, e.planId, user.unitId)));
	const people = await db
		.selectFrom('users')
		.select(['id', 'display_name'])
		.where('unit_id', '=', user.unitId)
		.where('active', '=', true)
		.orderBy('display_name')
		.execute();
	return {
		unitName: user.unitName,
		entries: entries.map((e, i) => ({ ...e, unitTasks: tasks[i] ?? [] })),
		people: people.map((p) => ({ id: p.id, name: p.display_name }))
	};
};

export const actions: Actions = {
	/** Receive, assign, or start the unit's own plan from a received one. */
	default: async ({ locals, request }) => {
		const user = locals.user;
		if (!user) redirect(303, '/dang-nhap');
		const outcome = await inboxAction(
			locals.runtime.database,
			{ userId: user.id, unitId: user.unitId },
			await request.formData()
		);
		if ('planId' in outcome && outcome.planId) redirect(303, `/plans/${encodeURIComponent(outcome.planId)}`);
		return outcome;
	}
};
