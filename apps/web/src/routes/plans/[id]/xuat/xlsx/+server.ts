import { renderExport } from '#lib/server/office/render-export.ts';
import { XLSX_TYPE, download, fileBase, loadPlanExport } from '../download.server.ts';
import type { RequestHandler } from './$types';

/** The plan's task list and per-unit statistics as XLSX. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const data = await loadPlanExport(locals, params.id);
	const input = { title: data.title, groups: data.groups, now: new Date() };
	const bytes = await renderExport(locals, { kind: 'plan-xlsx', input });
	return download(bytes, `${fileBase(data.title)}.xlsx`, XLSX_TYPE);
};
