export type { OfficialHeading, OfficialIssuer, OfficialLayout, OfficialSigner } from './official-document.ts';
export { numberLine, placeDateLine, recipientLines, signatureLines } from './official-layout.ts';
export { planSubject, preamble, renderPlanDocx, taskAssignmentLine, type PlanExport } from './plan-docx.ts';
export {
	decisionText,
	opinionSummaryTable,
	opinionText,
	renderOpinionSummaryDocx,
	summaryLead,
	type OpinionSummaryExport,
	type OpinionSummaryRow
} from './opinion-summary-docx.ts';
export { renderReportDocx, type ReportExport } from './report-docx.ts';
export { renderPlanXlsx, renderStatisticsXlsx, type PlanSheetInput } from './plan-xlsx.ts';
export { csvField, toCsv, type CsvCell } from './csv.ts';
export { auditCsv, formatDateTimeVi, type AuditCsvEntry } from './audit-csv.ts';
export { readDocxBlocks } from './docx-read.ts';
export { defaultDocxLimits, DocxReadError, type DocxLimits, type DocxProblem } from './docx-limits.ts';
export { runImportJob, type ImportJob, type ImportJobProblem, type ImportJobResult } from './import-job.ts';
export { runExportJob, type ExportJob } from './export-job.ts';
export {
	createImportPool,
	defaultImportPoolOptions,
	type ImportPool,
	type ImportPoolOptions,
	type ExportPoolResult,
	type ImportPoolResult,
	type PoolProblem,
	type ImportProblem
} from './import-pool.ts';
export { PdfReadError, readPdfBlocks, tesseractOcr, type PdfOcr } from './pdf-read.ts';
