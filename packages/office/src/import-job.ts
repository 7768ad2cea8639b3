import { importPlan, importPlanText, type ImportedPlan, type Unit } from '@trienkhai/domain';
import { defaultDocxLimits, DocxReadError, type DocxLimits, type DocxProblem } from './docx-limits.ts';
import { readDocxBlocks } from './docx-read.ts';
import { PdfReadError, readPdfBlocks } from './pdf-read.ts';

/** One import to read: the upload or paste, and the unit directory its names are matched against. */
export interface ImportJob {
	source: { kind: 'docx' | 'pdf'; bytes: Uint8Array } | { kind: 'text'; text: string };
	units: readonly Unit[];
	limits?: DocxLimits;
	/** A plan with more tasks is refused here, so a huge preview never crosses back to the request thread. */
	maxTasks?: number;
}

/** Why an import was not read: a problem of the Word file, or more tasks than a plan may hold. */
export type ImportJobProblem = DocxProblem | PdfProblem | 'too-many-tasks';

/** Why a PDF was not read: locked, a scan without the OCR engine, or not a readable PDF at all. */
export type PdfProblem = 'pdf-protected' | 'pdf-scan-without-ocr' | 'pdf-unreadable';

function pdfProblem(reason: PdfReadError['reason']): PdfProblem {
	switch (reason) {
		case 'protected':
			return 'pdf-protected';
		case 'scan-without-ocr':
			return 'pdf-scan-without-ocr';
		case 'damaged':
		case 'empty':
			return 'pdf-unreadable';
	}
}

/** What reading came to; plain data, so it crosses a worker boundary intact. */
export type ImportJobResult = { ok: true; plan: ImportedPlan } | { ok: false; problem: ImportJobProblem };

/** Reads and parses one import (in a worker of the import pool, or inline for the command line). */
export async function runImportJob(job: ImportJob): Promise<ImportJobResult> {
	const options = { units: job.units };
	let plan: ImportedPlan;
	if (job.source.kind === 'text') plan = importPlanText(job.source.text, options);
	else if (job.source.kind === 'pdf') {
		try {
			plan = importPlan(await readPdfBlocks(job.source.bytes), options);
		} catch (error) {
			if (error instanceof PdfReadError) return { ok: false, problem: pdfProblem(error.reason) };
			throw error;
		}
	} else {
		try {
			plan = importPlan(await readDocxBlocks(job.source.bytes, job.limits ?? defaultDocxLimits), options);
		} catch (error) {
			if (error instanceof DocxReadError) return { ok: false, problem: error.problem };
			throw error;
		}
	}
	if (job.maxTasks !== undefined && plan.tasks.length > job.maxTasks)
		return { ok: false, problem: 'too-many-tasks' };
	return { ok: true, plan };
}
