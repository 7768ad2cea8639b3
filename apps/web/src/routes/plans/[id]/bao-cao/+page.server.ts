import { loadPlanExport } from '../xuat/download.server.ts';
import { leadUnits, readReportForm, reportFor } from './report.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const now = new Date();
	const { query, dateText, dateError } = readReportForm(url, now);
	const data = await loadPlanExport(locals, params.id);
	return {
		plan: { id: data.planId, title: data.title },
		query,
		dateText,
		dateError,
		units: leadUnits(data),
		report: reportFor(data, query, now)
	};
};
