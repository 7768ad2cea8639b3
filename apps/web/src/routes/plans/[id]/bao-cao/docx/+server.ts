import { renderExport } from '#lib/server/office/render-export.ts';
import { DOCX_TYPE, download, loadPlanExport } from '../../xuat/download.server.ts';
import { parseReportQuery, reportExport, reportFor } from '../report.server.ts';
import type { RequestHandler } from './$types';

/** The periodic report as DOCX (draft: number and date left blank for the office to fill in). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const now = new Date();
	const query = parseReportQuery(url, now);
	const data = await loadPlanExport(locals, params.id);
	const report = reportFor(data, query, now);
	const input = await reportExport(locals.runtime.database.db, data, report, now);
	const bytes = await renderExport(locals, { kind: 'report-docx', input });
	const who = report.unit ? `-${report.unit.id}` : '';
	return download(bytes, `bao-cao-${report.period.from}-${report.period.to}${who}.docx`, DOCX_TYPE);
};
