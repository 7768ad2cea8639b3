import { error } from '@sveltejs/kit';
import { getPlanWithTasks } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = await getPlanWithTasks(locals.runtime.database.db, params.id);
	if (!found) error(404, m.plan_not_found());
	return found;
};
