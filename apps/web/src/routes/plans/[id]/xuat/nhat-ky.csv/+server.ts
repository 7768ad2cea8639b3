import { error } from '@sveltejs/kit';
import { planHistory } from '@trienkhai/db';
import { auditCsv } from '@trienkhai/office';
import { m } from '#lib/paraglide/messages.js';
import { CSV_TYPE, download } from '../download.server.ts';
import type { RequestHandler } from './$types';

/** The plan's audit log as CSV for Excel, oldest first; refused attempts for the owner unit only. */
export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.user) error(401, m.cmd_sign_in());
	const { db } = locals.runtime.database;
	const plan = await db
		.selectFrom('plans')
		.select('owner_unit_id')
		.where('id', '=', params.id)
		.executeTakeFirst();
	if (!plan) error(404, m.plan_not_found());
	const entries = await planHistory(db, params.id, {
		withDenied: plan.owner_unit_id === locals.user.unitId,
		limit: 100_000
	});
	const csv = auditCsv(entries.reverse());
	return download(csv, `nhat-ky-${params.id}.csv`, CSV_TYPE);
};
