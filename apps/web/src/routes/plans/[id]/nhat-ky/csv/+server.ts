import { error } from '@sveltejs/kit';
import { localDateOf } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { requireReadablePlan } from '#lib/server/plan-access.ts';
import { auditCsvResponse, loadAuditRows, readAuditQuery } from '../../../../nhat-ky/audit.server.ts';
import type { RequestHandler } from './$types';

/** The plan's audit trail, filtered as on the page, as CSV. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const user = locals.user;
	if (!user) error(401, m.cmd_sign_in());
	const database = locals.runtime.database;
	await requireReadablePlan(locals, params.id);
	const query = readAuditQuery(url);
	if (query.errors.length > 0) error(400, query.errors.join(' '));
	const { rows } = await loadAuditRows(database, user, query, { planId: params.id, csv: true });
	return auditCsvResponse(rows, `nhat-ky-${params.id}-${localDateOf(new Date())}.csv`);
};
