import { error } from '@sveltejs/kit';
import { localDateOf } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { auditCsvResponse, loadAuditRows, readAuditQuery } from '../audit.server.ts';
import type { RequestHandler } from './$types';

/** The audit trail across plans, filtered as on the page, as CSV. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = locals.user;
	if (!user) error(401, m.cmd_sign_in());
	const query = readAuditQuery(url);
	if (query.errors.length > 0) error(400, query.errors.join(' '));
	const { rows } = await loadAuditRows(locals.runtime.database, user, query, { csv: true });
	return auditCsvResponse(rows, `nhat-ky-${localDateOf(new Date())}.csv`);
};
