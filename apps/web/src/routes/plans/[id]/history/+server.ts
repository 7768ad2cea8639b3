import { getLocale } from '#lib/paraglide/runtime.js';
import { error, json } from '@sveltejs/kit';
import { planHistory } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { requireReadablePlan } from '#lib/server/plan-access.ts';
import { taskHistory } from '#lib/server/task-history.ts';
import type { RequestHandler } from './$types';

/**
 * The history of a plan (or of one task with ?task=, with the plan's issue and amendments), newest first;
 * refused attempts for the owner unit only.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.user) error(401, m.cmd_sign_in());
	await requireReadablePlan(locals, params.id);
	const { db } = locals.runtime.database;
	const plan = await db
		.selectFrom('plans')
		.select('owner_unit_id')
		.where('id', '=', params.id)
		.executeTakeFirst();
	if (!plan) error(404, m.plan_not_found());
	const withDenied = plan.owner_unit_id === locals.user.unitId;
	const taskId = url.searchParams.get('task');
	const entries = taskId
		? await taskHistory(db, params.id, taskId, withDenied, getLocale())
		: await planHistory(db, params.id, { withDenied, locale: getLocale() });
	return json(entries);
};
