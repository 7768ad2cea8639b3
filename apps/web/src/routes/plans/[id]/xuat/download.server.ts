import { error } from '@sveltejs/kit';
import { planExportData, type PlanExportData } from '@trienkhai/db';
import { foldVietnamese } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { requireReadablePlan } from '#lib/server/plan-access.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** The export data of the plan in the URL, or a 404 with the Vietnamese message. */
export async function loadPlanExport(locals: App.Locals, planId: string): Promise<PlanExportData> {
	if (!locals.user) error(401, m.cmd_sign_in());
	await requireReadablePlan(locals, planId);
	const data = await planExportData(locals.runtime.database.db, planId);
	if (!data) error(404, m.plan_not_found());
	return data;
}

/** An ASCII file name from a plan title: 'ke-hoach-trien-khai-thuc-hien-…'. */
export function fileBase(title: string): string {
	const slug = foldVietnamese(title)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60)
		.replace(/-$/, '');
	return slug || 'ke-hoach';
}

/** A download response: the bytes as an attachment with an ASCII name (and the UTF-8 one for modern browsers). */
export function download(body: Uint8Array | string, name: string, type: string): Response {
	const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
	return new Response(bytes as BodyInit, {
		headers: {
			'content-type': type,
			'content-length': String(bytes.byteLength),
			'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'no-store'
		}
	});
}
