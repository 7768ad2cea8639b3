import { DOMParser, type Element, type Node as XmlNode } from '@xmldom/xmldom';
import { toRoman, type ImportBlock, type ImportTableCell } from '@trienkhai/domain';
import { defaultDocxLimits, DocxReadError, type DocxLimits } from './docx-limits.ts';
import { openDocxZip, readZipText } from './docx-zip.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
	format: string;
	text: string;
	start: number;
}

/** Automatic numbering: numId → levels, and the running counters Word keeps per list. */
interface Numbering {
	levels: Map<string, Level[]>;
	counters: Map<string, number[]>;
}

function children(node: XmlNode, localName?: string): Element[] {
	const out: Element[] = [];
	for (let c = node.firstChild; c !== null; c = c.nextSibling) {
		if (c.nodeType === 1 && (localName === undefined || (c as Element).localName === localName))
			out.push(c as Element);
	}
	return out;
}

function child(node: XmlNode, localName: string): Element | undefined {
	return children(node, localName)[0];
}

function attr(el: Element | undefined, name: string): string | null {
	if (el === undefined) return null;
	return el.getAttributeNS(W, name) ?? el.getAttribute(`w:${name}`);
}

function readNumbering(xml: string | null): Numbering {
	const numbering: Numbering = { levels: new Map(), counters: new Map() };
	if (xml === null) return numbering;
	let root: Element | null;
	try {
		root = new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml').documentElement;
	} catch {
		// numbering that cannot be read leaves the lists unnumbered, not the document unread
		return numbering;
	}
	if (root === null) return numbering;
	const abstract = new Map<string, Level[]>();
	for (const a of children(root, 'abstractNum')) {
		const levels: Level[] = [];
		for (const lvl of children(a, 'lvl')) {
			const ilvl = Number(attr(lvl, 'ilvl') ?? '0');
			levels[ilvl] = {
				format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
				text: attr(child(lvl, 'lvlText'), 'val') ?? '',
				start: Number(attr(child(lvl, 'start'), 'val') ?? '1')
			};
		}
		abstract.set(attr(a, 'abstractNumId') ?? '', levels);
	}
	for (const num of children(root, 'num')) {
		const levels = abstract.get(attr(child(num, 'abstractNumId'), 'val') ?? '');
		if (levels !== undefined) numbering.levels.set(attr(num, 'numId') ?? '', levels);
	}
	return numbering;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Word counters may start at 0; the domain's numerals cover 1–3999. */
const roman = (n: number): string => (n >= 1 && n <= 3999 ? toRoman(n) : String(n));

function formatCounter(n: number, format: string): string {
	switch (format) {
		case 'lowerLetter':
			return LETTERS[(n - 1) % 26]?.repeat(Math.floor((n - 1) / 26) + 1) ?? String(n);
		case 'upperLetter':
			return (LETTERS[(n - 1) % 26] ?? '').toUpperCase().repeat(Math.floor((n - 1) / 26) + 1);
		case 'lowerRoman':
			return roman(n).toLowerCase();
		case 'upperRoman':
			return roman(n);
		default:
			return String(n);
	}
}

/** The visible number of a numbered paragraph ('1.', 'a)', '-'), advancing the list's counters. */
function numberText(numbering: Numbering, numId: string, ilvl: number): string {
	const levels = numbering.levels.get(numId);
	const level = levels?.[ilvl];
	if (levels === undefined || level === undefined || numId === '0') return '';
	if (level.format === 'bullet') {
		// Symbol-font bullets are private-use characters; a dash stays a dash
		return /^[-–—]$/.test(level.text) ? '-' : '•';
	}
	if (level.format === 'none') return level.text.replace(/%\d/g, '');
	const counters = numbering.counters.get(numId) ?? [];
	counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
	counters.length = ilvl + 1;
	numbering.counters.set(numId, counters);
	return level.text.replace(/%(\d)/g, (_, d: string) => {
		const i = Number(d) - 1;
		const l = levels[i];
		return l === undefined ? '' : formatCounter(counters[i] ?? l.start, l.format);
	});
}

function runText(node: XmlNode): string {
	let out = '';
	for (const c of children(node)) {
		switch (c.localName) {
			case 't':
				out += c.textContent ?? '';
				break;
			case 'tab':
				out += '\t';
				break;
			case 'br':
			case 'cr':
				if (attr(c, 'type') !== 'page') out += '\n';
				break;
			case 'noBreakHyphen':
				out += '-';
				break;
			case 'del':
			case 'instrText':
			case 'delText':
			case 'pPr':
			case 'rPr':
				break;
			default:
				out += runText(c);
		}
	}
	return out;
}

function paragraphText(p: Element, numbering: Numbering): string {
	const numPr = child(child(p, 'pPr') ?? p, 'numPr');
	let prefix = '';
	if (numPr !== undefined) {
		const numId = attr(child(numPr, 'numId'), 'val') ?? '';
		const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? '0');
		prefix = numberText(numbering, numId, ilvl);
	}
	const text = runText(p).replace(/[ \u00a0]+/g, ' ');
	return prefix === '' ? text.trim() : `${prefix} ${text.trim()}`;
}

function cellText(tc: Element, numbering: Numbering): string {
	const parts: string[] = [];
	for (const c of children(tc)) {
		if (c.localName === 'p') parts.push(paragraphText(c, numbering));
		else if (c.localName === 'tbl')
			parts.push(...tableRows(c, numbering).map((r) => r.map((x) => x.text).join(' | ')));
		else if (c.localName === 'sdt') parts.push(cellText(child(c, 'sdtContent') ?? c, numbering));
	}
	return parts
		.join('\n')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '')
		.join('\n');
}

/** Rows of a table; a vertically merged cell is kept once, on its first row, with its rowSpan. */
function tableRows(tbl: Element, numbering: Numbering): ImportTableCell[][] {
	const rows: ImportTableCell[][] = [];
	// which cell started the vertical merge running in each grid column
	const open = new Map<number, ImportTableCell>();
	for (const tr of children(tbl, 'tr')) {
		const row: ImportTableCell[] = [];
		let col = 0;
		const gridBefore = Number(attr(child(child(tr, 'trPr') ?? tr, 'gridBefore'), 'val') ?? '0');
		col += gridBefore;
		for (const tc of children(tr).flatMap((c) =>
			c.localName === 'sdt' ? children(child(c, 'sdtContent') ?? c, 'tc') : c.localName === 'tc' ? [c] : []
		)) {
			const pr = child(tc, 'tcPr');
			const colSpan = Math.max(1, Number(attr(child(pr ?? tc, 'gridSpan'), 'val') ?? '1'));
			const vMerge = pr === undefined ? undefined : child(pr, 'vMerge');
			const mergeValue = vMerge === undefined ? null : (attr(vMerge, 'val') ?? 'continue');
			if (mergeValue === 'continue') {
				const owner = open.get(col);
				if (owner !== undefined) owner.rowSpan += 1;
			} else {
				const cell: ImportTableCell = { text: cellText(tc, numbering), colSpan, rowSpan: 1 };
				row.push(cell);
				for (let c = col; c < col + colSpan; c++) {
					if (mergeValue === 'restart') open.set(c, cell);
					else open.delete(c);
				}
			}
			col += colSpan;
		}
		rows.push(row);
	}
	return rows;
}

/** The body of word/document.xml; truncated or malformed XML is a DocxReadError, never a bare exception. */
function parseBody(xml: string): Element {
	const errors: string[] = [];
	let body: Element | undefined;
	try {
		const doc = new DOMParser({
			onError: (level, message) => {
				if (level !== 'warning') errors.push(message);
			}
		}).parseFromString(xml, 'text/xml');
		body = doc.documentElement === null ? undefined : child(doc.documentElement, 'body');
	} catch {
		errors.push('fatal');
	}
	if (body === undefined || errors.length > 0) {
		throw new DocxReadError(
			'bad-xml',
			'Không đọc được nội dung tệp .docx / word/document.xml is not readable'
		);
	}
	return body;
}

/**
 * Reads the body of a .docx in order: one paragraph block per line of text (automatic numbering written
 * out as Word shows it: '1.', 'a)', '-'), one table block per table (gridSpan → colSpan, vMerge → rowSpan).
 * Lines count one per paragraph line and one per table row. Throws DocxReadError on anything else.
 */
export async function readDocxBlocks(
	bytes: Uint8Array,
	limits: DocxLimits = defaultDocxLimits
): Promise<ImportBlock[]> {
	const zip = await openDocxZip(bytes, limits);
	const xml = await readZipText(zip, 'word/document.xml', limits);
	if (xml === null) {
		throw new DocxReadError(
			'no-body',
			'Tệp .docx thiếu nội dung văn bản (word/document.xml) / no word/document.xml in the file'
		);
	}
	// counted in the text, before a DOM of them is built
	const paragraphs = xml.match(/<w:p[\s>/]/g)?.length ?? 0;
	if (paragraphs > limits.maxParagraphs) {
		throw new DocxReadError('too-many-paragraphs', `${paragraphs} paragraphs, over ${limits.maxParagraphs}`);
	}
	const numbering = readNumbering(await readZipText(zip, 'word/numbering.xml', limits));
	const body = parseBody(xml);
	const blocks: ImportBlock[] = [];
	let line = 1;
	const walk = (container: Element): void => {
		for (const el of children(container)) {
			if (el.localName === 'p') {
				for (const text of paragraphText(el, numbering).split('\n')) {
					if (text.trim() === '') continue;
					blocks.push({ kind: 'paragraph', text: text.trim(), line });
					line += 1;
				}
			} else if (el.localName === 'tbl') {
				const rows = tableRows(el, numbering);
				if (rows.length === 0) continue;
				blocks.push({ kind: 'table', rows, line });
				line += rows.length;
			} else if (el.localName === 'sdt') {
				walk(child(el, 'sdtContent') ?? el);
			}
		}
	};
	walk(body);
	return blocks;
}
