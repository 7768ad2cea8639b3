import fs from 'node:fs/promises';
import path from 'node:path';
import { planExportData, planHistory, type Database } from '@trienkhai/db';
import { foldVietnamese } from '@trienkhai/domain';
import { auditCsv, renderPlanDocx, renderPlanXlsx, renderStatisticsXlsx } from '@trienkhai/office';

/** The formats `trienkhai export` writes. */
export const EXPORT_FORMATS = ['docx', 'xlsx', 'stats', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A format name as typed, or null when it is not one. */
export function parseExportFormat(value: string | undefined): ExportFormat | null {
	return EXPORT_FORMATS.find((f) => f === (value ?? 'docx')) ?? null;
}

const EXTENSIONS: Record<ExportFormat, string> = { docx: 'docx', xlsx: 'xlsx', stats: 'xlsx', csv: 'csv' };

/** The default file name: an ASCII slug of the plan title, 'thong-ke-' / 'nhat-ky-' for statistics and the log. */
export function defaultExportName(title: string, format: ExportFormat): string {
	const slug =
		foldVietnamese(title)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60)
			.replace(/-$/, '') || 'ke-hoach';
	const prefix = format === 'stats' ? 'thong-ke-' : format === 'csv' ? 'nhat-ky-' : '';
	return `${prefix}${slug}.${EXTENSIONS[format]}`;
}

/** What an export wrote; null when the plan does not exist. */
export interface ExportResult {
	file: string;
	bytes: number;
}

/** Writes one plan in one format to `out` (default: the plan's file name in `cwd`). */
export async function exportPlan(
	database: Database,
	options: { planId: string; format: ExportFormat; out: string | undefined; cwd: string; now: Date }
): Promise<ExportResult | null> {
	const data = await planExportData(database.db, options.planId);
	if (!data) return null;
	let body: Uint8Array | string;
	switch (options.format) {
		case 'docx':
			body = await renderPlanDocx({ ...data, draftYear: options.now.getFullYear() });
			break;
		case 'xlsx':
			body = await renderPlanXlsx({ title: data.title, groups: data.groups, now: options.now });
			break;
		case 'stats':
			body = await renderStatisticsXlsx({ title: data.title, groups: data.groups, now: options.now });
			break;
		case 'csv': {
			const entries = await planHistory(database.db, options.planId, { withDenied: true, limit: 1_000_000 });
			body = auditCsv(entries.reverse());
			break;
		}
		default: {
			const unreachable: never = options.format;
			throw new Error(`unknown format ${String(unreachable)}`);
		}
	}
	const file = path.resolve(options.cwd, options.out ?? defaultExportName(data.title, options.format));
	const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	await fs.writeFile(file, bytes);
	return { file, bytes: bytes.byteLength };
}
