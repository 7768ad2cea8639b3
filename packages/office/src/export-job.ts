import { renderOpinionSummaryDocx, type OpinionSummaryExport } from './opinion-summary-docx.ts';
import { renderPlanDocx, type PlanExport } from './plan-docx.ts';
import { renderPlanXlsx, renderStatisticsXlsx, type PlanSheetInput } from './plan-xlsx.ts';
import { renderReportDocx, type ReportExport } from './report-docx.ts';

/**
 * One file to write from a plan: which document, and its data. Plain data (dates included), so it crosses a
 * worker boundary intact; the pool runs it off the request thread like an import (import-pool.ts).
 */
export type ExportJob =
	| { kind: 'plan-docx'; input: PlanExport }
	| { kind: 'plan-xlsx'; input: PlanSheetInput }
	| { kind: 'statistics-xlsx'; input: PlanSheetInput }
	| { kind: 'report-docx'; input: ReportExport }
	| { kind: 'opinion-summary-docx'; input: OpinionSummaryExport };

/** Writes one export (in a worker of the pool, or inline): the file's bytes. */
export async function runExportJob(job: ExportJob): Promise<Uint8Array> {
	switch (job.kind) {
		case 'plan-docx':
			return renderPlanDocx(job.input);
		case 'plan-xlsx':
			return renderPlanXlsx(job.input);
		case 'statistics-xlsx':
			return renderStatisticsXlsx(job.input);
		case 'report-docx':
			return renderReportDocx(job.input);
		case 'opinion-summary-docx':
			return renderOpinionSummaryDocx(job.input);
	}
}
