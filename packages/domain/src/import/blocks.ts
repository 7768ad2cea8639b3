import { contentFieldLine, fieldLine } from './fields.ts';
import { readMarker } from './outline.ts';
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
 * A row of one cell written with outer bars ('| I. NÂNG CAO NHẬN THỨC |'): a group title spanning a table
 * already open, so the table goes on instead of breaking at it.
 */
function spanningRow(line: string, inTable: boolean): string[] | null {
	const m = /^\|\s*([^|]*?\S[^|]*?)\s*\|$/u.exec(line.trim());
	return inTable && m?.[1] !== undefined ? [m[1]] : null;
}

const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;
const SENTENCE_END = /[.;:!?…)”"]$/u;

/**
 * Text copied out of a PDF: every line cut at the page width, page numbers ('2', '- 3 -') and the
 * running head repeated on lines of their own. Joins the cut lines back into paragraphs (a paragraph
 * keeps the number of its first line) and drops the page furniture; null marks a line consumed.
 * Text that is not cut at a width (one paragraph per line) comes back unchanged.
 */
export function reflowPdfText(source: readonly string[]): (string | null)[] {
	// a form feed marks a new page
	const lines = source.map((l) => l.replace(/\f/g, ''));
	const out: (string | null)[] = [...lines];
	const isText = (l: string): boolean => l.trim() !== '' && tableCells(l) === null;
	const lengths = lines
		.filter(isText)
		.map((l) => l.trim().length)
		.sort((a, b) => a - b);
	if (lengths.length < 8) return out;
	const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
	const full = lines.filter((l) => isText(l) && l.trim().length >= 0.75 * width);
	const cut = full.filter((l) => !SENTENCE_END.test(l.trim()));
	if (width > 140 || cut.length < 4 || cut.length < 0.3 * full.length) return out;

	// page furniture: lone page numbers, and lines repeated next to them (the running head)
	const pageLines = new Set<number>();
	lines.forEach((l, i) => {
		if (PAGE_NUMBER.test(l.trim()) || source[i]?.includes('\f') === true) pageLines.add(i);
	});
	const nearPage = (i: number): boolean => {
		for (let d = -3; d <= 3; d++) if (pageLines.has(i + d)) return true;
		return false;
	};
	const counts = new Map<string, number>();
	// a running head is repeated beside the page breaks; a list item repeated in the body ('- Ban Chỉ đạo quốc
	// gia.' under each section) is not, even when one of its repeats falls next to a break
	lines.forEach((l, i) => {
		if (isText(l) && nearPage(i)) counts.set(l.trim(), (counts.get(l.trim()) ?? 0) + 1);
	});
	lines.forEach((l, i) => {
		const t = l.trim();
		const furniture = nearPage(i) && (counts.get(t) ?? 0) >= 2 && t.length <= 120 && readMarker(t) === null;
		if (PAGE_NUMBER.test(t) || furniture) out[i] = null;
	});

	// join a line cut at the width with the lines that carry on its sentence; the pieces of the open
	// paragraph are joined once it closes (joining line by line copied the paragraph each time: quadratic)
	let open: number | null = null;
	let pieces: string[] = [];
	const close = (): void => {
		if (open !== null && pieces.length > 1) out[open] = pieces.join(' ');
		open = null;
		pieces = [];
	};
	// the last line read: a short one ended its paragraph ('về phát triển kinh tế tư nhân' closes a title)
	let lastLine = '';
	for (let i = 0; i < out.length; i++) {
		const raw = out[i];
		if (raw === null || raw === undefined) continue;
		const t = raw.trim();
		if (t === '' || !isText(raw)) {
			// a blank line ends a paragraph, unless it only stood around the page furniture
			if ((t === '' && !nearPage(i)) || (!isText(raw) && t !== '')) close();
			continue;
		}
		const carriesOn =
			open !== null &&
			!SENTENCE_END.test(lastLine) &&
			readMarker(t) === null &&
			// 'Cơ quan chủ trì: …', 'Nội dung:': a field line starts afresh
			fieldLine(t) === null &&
			contentFieldLine(t) === null &&
			!/^\p{Lu}[\p{Lu}\s,]*$/u.test(t) &&
			(lastLine.length >= 0.75 * width || (/^\p{Ll}/u.test(t) && lastLine.length >= 0.5 * width));
		lastLine = t;
		if (carriesOn) {
			pieces.push(t);
			out[i] = null;
			continue;
		}
		close();
		open = i;
		pieces = [t];
	}
	close();
	return out;
}

/**
 * Splits plain or pasted text into blocks: one paragraph per non-empty line; runs of '|'- or
 * tab-separated lines become tables (each row one line; Markdown '---' rules are skipped).
 */
export function blocksFromText(text: string): ImportBlock[] {
	const source = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
	const lines = reflowPdfText(source);
	const blocks: ImportBlock[] = [];
	let table: { rows: ImportTableCell[][]; line: number; outer: boolean } | null = null;
	lines.forEach((raw, index) => {
		const line = index + 1;
		if (raw === null) return;
		if (MARKDOWN_RULE.test(raw.trim()) && raw.includes('-') && table !== null) return;
		const cells = tableCells(raw, table?.outer ?? true) ?? spanningRow(raw, table !== null);
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
