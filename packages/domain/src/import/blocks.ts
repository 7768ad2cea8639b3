import type { ImportBlock, ImportTableCell } from './types.ts';

const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** Cells of a '|'- or tab-separated line, or null when the line is not one. */
function tableCells(line: string, outer = true): string[] | null {
	const trimmed = line.trim();
	if (trimmed.includes('|')) {
		// in a table written without outer bars ('TT | Nội dung | …'), a leading '|' is an empty first cell
		const inner = (outer ? trimmed.replace(/^\|/, '') : trimmed).replace(/\|$/, '');
		const cells = inner.split('|').map((c) => c.trim());
		if (cells.length >= 2) return cells;
	}
	if (line.includes('\t')) {
		const cells = line
			.split('\t')
			.map((c) => c.trim())
			.filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1));
		if (cells.length >= 2 && cells.filter((c) => c !== '').length >= 2) return cells;
	}
	return null;
}

/**
 * Splits plain or pasted text into blocks: one paragraph per non-empty line; runs of '|'- or
 * tab-separated lines become tables (each row one line; Markdown '---' rules are skipped).
 */
export function blocksFromText(text: string): ImportBlock[] {
	const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
	const blocks: ImportBlock[] = [];
	let table: { rows: ImportTableCell[][]; line: number; outer: boolean } | null = null;
	lines.forEach((raw, index) => {
		const line = index + 1;
		if (MARKDOWN_RULE.test(raw.trim()) && raw.includes('-') && table !== null) return;
		const cells = tableCells(raw, table?.outer ?? true);
		if (cells !== null) {
			const row = cells.map((t) => ({ text: t, colSpan: 1, rowSpan: 1 }));
			if (table === null) {
				table = { rows: [], line, outer: raw.trim().startsWith('|') };
				blocks.push({ kind: 'table', rows: table.rows, line });
			}
			// a table keeps one row per source line, so a skipped rule line still counts
			while (table.line + table.rows.length < line) table.rows.push([]);
			table.rows.push(row);
			return;
		}
		table = null;
		const textLine = raw.trim();
		if (textLine !== '') blocks.push({ kind: 'paragraph', text: textLine, line });
	});
	return blocks;
}

/** The text of each source line, lines[line - 1]; table rows are their cells joined with ' | '. */
export function linesOfBlocks(blocks: readonly ImportBlock[]): string[] {
	const lines: string[] = [];
	for (const block of blocks) {
		if (block.kind === 'paragraph') {
			lines[block.line - 1] = block.text;
		} else {
			block.rows.forEach((row, i) => {
				lines[block.line - 1 + i] = row.map((c) => c.text.replace(/\n/g, ' ')).join(' | ');
			});
		}
	}
	return Array.from(lines, (l) => l ?? '');
}
