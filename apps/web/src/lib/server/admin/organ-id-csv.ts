import { parse } from 'csv-parse/sync';
import { foldVietnamese } from '@trienkhai/domain';

/** One row of a code list: its line in the file, the code, the unit's name and the body in charge. */
export interface CodeListRow {
	line: number;
	organId: string;
	unitName: string;
	inCharge: string;
}

/** Why a code list could not be read. */
export type CodeListError = { kind: 'unreadable' } | { kind: 'columns' } | { kind: 'empty' };

const COLUMNS = {
	organId: ['ma_dinh_danh', 'ma dinh danh', 'organid', 'ma'],
	unitName: ['ten_don_vi', 'ten don vi', 'don_vi', 'don vi', 'organname', 'ten'],
	inCharge: ['co_quan_chu_quan', 'co quan chu quan', 'organizationincharge']
};

const columnOf = (header: string[], names: string[]) =>
	header.findIndex((h) => names.includes(foldVietnamese(h).trim().replace(/\s+/g, ' ')));

/**
 * Reads a code list in CSV (comma or semicolon, UTF-8 with or without BOM, as Excel saves it): a header row
 * naming "Mã định danh", "Tên đơn vị" and optionally "Cơ quan chủ quản" (with or without diacritics), then
 * one unit per row. Blank rows are skipped.
 */
export function readCodeList(
	text: string
): { ok: true; rows: CodeListRow[] } | { ok: false; error: CodeListError } {
	let records: string[][];
	try {
		records = parse(text, {
			bom: true,
			delimiter: [',', ';'],
			relax_column_count: true,
			skip_empty_lines: true,
			trim: true
		});
	} catch {
		return { ok: false, error: { kind: 'unreadable' } };
	}
	const [header, ...body] = records;
	if (!header) return { ok: false, error: { kind: 'empty' } };
	const at = {
		organId: columnOf(header, COLUMNS.organId),
		unitName: columnOf(header, COLUMNS.unitName),
		inCharge: columnOf(header, COLUMNS.inCharge)
	};
	if (at.organId < 0 || at.unitName < 0) return { ok: false, error: { kind: 'columns' } };
	const rows = body
		.map((r, i) => ({
			line: i + 2,
			organId: r[at.organId] ?? '',
			unitName: r[at.unitName] ?? '',
			inCharge: at.inCharge < 0 ? '' : (r[at.inCharge] ?? '')
		}))
		.filter((r) => r.organId !== '' || r.unitName !== '');
	return rows.length === 0 ? { ok: false, error: { kind: 'empty' } } : { ok: true, rows };
}
