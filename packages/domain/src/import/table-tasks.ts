import { fromRoman } from '../plan/numbering.ts';
import { fold } from './text.ts';
import type { ImportTableCell } from './types.ts';

/** What a column of a task table holds. */
export type ColumnRole = 'number' | 'content' | 'lead' | 'coordinators' | 'output' | 'deadline' | 'other';

/** One row of a task table after merged cells have been spread over the grid. */
export interface TableRowValues {
	index: number;
	values: Record<ColumnRole, string>;
	/** The row spans (nearly) the whole width with one text: a group heading. */
	spansWidth: boolean;
}

function roleOf(header: string): ColumnRole | null {
	const f = fold(header).replace(/\s+/g, ' ');
	if (f === '') return null;
	if (/^(?:s?tt|so tt|so thu tu|tt\.?)$/.test(f)) return 'number';
	if (/ghi chu|kinh phi|nguon|du toan/.test(f)) return 'other';
	if (/thoi gian|thoi han|tien do|hoan thanh|thoi diem|moc|lo trinh/.test(f)) return 'deadline';
	if (/phoi hop/.test(f)) return 'coordinators';
	// 'Nội dung thực hiện' is the task text, 'Cơ quan thực hiện' the lead
	if (/^(?:noi dung|nhiem vu|ten nhiem vu|cong viec|giai phap|hoat dong)/.test(f)) return 'content';
	if (/chu tri|thuc hien|dau moi|chiu trach nhiem|co quan|don vi/.test(f)) return 'lead';
	if (/san pham|ket qua|hinh thuc/.test(f)) return 'output';
	if (/noi dung|nhiem vu|cong viec|giai phap|hoat dong|ten/.test(f)) return 'content';
	return null;
}

/** Spreads merged cells so every grid position holds its cell's text (rowSpan and colSpan repeated). */
export function tableGrid(rows: readonly ImportTableCell[][]): { grid: string[][]; spans: boolean[] } {
	const grid: string[][] = [];
	const spans: boolean[] = [];
	rows.forEach((row, r) => {
		grid[r] ??= [];
		let col = 0;
		const width = row.reduce((n, c) => n + Math.max(1, c.colSpan), 0);
		spans[r] =
			row.some((c) => c.colSpan >= Math.max(2, width - 1)) ||
			(row.filter((c) => c.text.trim() !== '').length === 1 && row.length >= 3);
		for (const cell of row) {
			const current = grid[r] ?? [];
			while (current[col] !== undefined) col += 1;
			for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
				const target = (grid[r + dr] ??= []);
				for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) target[col + dc] = cell.text;
			}
			col += Math.max(1, cell.colSpan);
		}
	});
	return { grid: grid.map((g) => Array.from(g, (v) => v ?? '')), spans };
}

/**
 * Finds the header row of a task table (a content column plus a lead, deadline or output column; a
 * second header row such as 'Chủ trì | Phối hợp' under 'Cơ quan thực hiện' is merged in) and returns
 * the data rows by role. Null when the table is not a task table.
 */
export function readTaskTable(rows: readonly ImportTableCell[][]): TableRowValues[] | null {
	const { grid, spans } = tableGrid(rows);
	for (let h = 0; h < Math.min(grid.length, 4); h++) {
		const header = grid[h] ?? [];
		let roles = header.map(roleOf);
		let first = h + 1;
		const next = grid[h + 1];
		if (next !== undefined) {
			const below = next.map(roleOf);
			const isSubHeader =
				below.some((r, i) => r !== null && r !== roles[i] && header[i] === header[i - 1]) ||
				below.some(
					(r, i) =>
						(r === 'lead' || r === 'coordinators') &&
						r !== roles[i] &&
						/thuc hien/.test(fold(header[i] ?? ''))
				);
			if (isSubHeader) {
				roles = roles.map((r, i) => below[i] ?? r);
				first = h + 2;
			}
		}
		if (!roles.includes('content')) continue;
		if (!roles.some((r) => r === 'lead' || r === 'deadline' || r === 'output' || r === 'coordinators'))
			continue;
		const out: TableRowValues[] = [];
		// a header row written again where the table crosses a page ('Lặp lại hàng tiêu đề' typed by hand)
		const headerKeys = grid.slice(h, first).map((row) => row.map((c) => fold(c)).join('|'));
		for (let r = first; r < grid.length; r++) {
			const cells = grid[r] ?? [];
			if (cells.every((c) => c.trim() === '')) continue;
			if (headerKeys.includes(cells.map((c) => fold(c)).join('|'))) continue;
			// the column-number row '(1) | (2) | (3)' under the header
			if (cells.every((c) => /^\(?\d{0,2}\)?$/.test(c.trim()))) continue;
			const values: Record<ColumnRole, string> = {
				number: '',
				content: '',
				lead: '',
				coordinators: '',
				output: '',
				deadline: '',
				other: ''
			};
			roles.forEach((role, i) => {
				if (role === null || role === 'other') return;
				const v = (cells[i] ?? '').trim();
				if (v !== '' && values[role] === '') values[role] = v;
				else if (v !== '' && !values[role].split('\n').includes(v)) values[role] += `\n${v}`;
			});
			out.push({ index: r, values, spansWidth: spans[r] ?? false });
		}
		return out;
	}
	return null;
}

/** True when a row's number reads as a group ('I', 'II', 'A', 'B') rather than a task ('1', '2'). */
export function isGroupNumber(number: string): boolean {
	const n = number.replace(/[.)]$/, '').trim();
	return (fromRoman(n) !== null && n === n.toUpperCase()) || /^[A-ZĐ]$/u.test(n);
}
