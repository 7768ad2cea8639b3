import { error, json } from '@sveltejs/kit';
import { planHistory } from '@trienkhai/db';
import type { RequestHandler } from './$types';

/** The history of a plan (or of one task with ?task=), newest first; refused attempts for the owner unit only. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.user) error(401, 'Vui lòng đăng nhập.');
	const { db } = locals.runtime.database;
	const plan = await db
		.selectFrom('plans')
		.select('owner_unit_id')
		.where('id', '=', params.id)
		.executeTakeFirst();
	if (!plan) error(404, 'Không tìm thấy kế hoạch.');
	const taskId = url.searchParams.get('task') ?? undefined;
	const entries = await planHistory(db, params.id, {
		...(taskId ? { taskId } : {}),
		withDenied: plan.owner_unit_id === locals.user.unitId
	});
	return json(entries);
};
