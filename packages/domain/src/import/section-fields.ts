import { readMarker, type Marker } from './outline.ts';
import { cleanText, fold } from './text.ts';
import type { ImportBlock } from './types.ts';

type Paragraph = Extract<ImportBlock, { kind: 'paragraph' }>;

// '1. Nội dung, biện pháp' / '1. Nội dung thực hiện': the heading whose items are the section's tasks
const CONTENT_HEADING = /^(?:noi dung|nhiem vu)(?:,? (?:bien phap|giai phap|thuc hien|cong viec|cu the))*$/;
// the same, on the raw text of a line: '1. Nội dung, biện pháp', 'a) Nhiệm vụ cụ thể'
const MAYBE_CONTENT_HEADING =
	/^\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s*(?:nội dung|nhiệm vụ)[^:\n]{0,40}:?\s*$/imu;
// '2. Cơ quan chủ trì, phối hợp' / '2. Chủ trì thực hiện' / 'a) Cơ quan chủ trì' / 'b) Cơ quan phối hợp'
const LEAD_HEADING = /^(?:co quan |don vi )?chu tri(?:,? (?:phoi hop|thuc hien))*$/;
const COORDINATOR_HEADING = /^(?:co quan |don vi )?phoi hop(?: thuc hien)?$/;
const DEADLINE_LINE = /^(?:thoi gian|thoi han|tien do)(?: thuc hien| hoan thanh)?\s*:/;

interface SectionFields {
	leads: string[];
	coordinators: string[];
	deadline: string | null;
}

const marker = (b: ImportBlock): Marker | null =>
	b.kind === 'paragraph' ? readMarker(cleanText(b.text)) : null;
const bodyName = (text: string): string => text.replace(/[\s.;,]+$/u, '').trim();

/** Splits 'Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.' into its value; null when the line is a bare heading. */
function valueOf(text: string): string | null {
	const at = text.indexOf(':');
	if (at < 0) return null;
	const value = bodyName(text.slice(at + 1));
	return value === '' ? null : value;
}

/**
 * Reads the field headings of a section ('2. Cơ quan chủ trì, phối hợp' with 'a) Cơ quan chủ trì' and '- …'
 * bullets under it, 'b) Cơ quan phối hợp', '3. Thời gian thực hiện: …'), from `from` to `to`; null when they name
 * no lead.
 */
function readSectionFields(blocks: readonly ImportBlock[], from: number, to: number): SectionFields | null {
	const fields: SectionFields = { leads: [], coordinators: [], deadline: null };
	let into: string[] | null = null;
	for (let i = from; i < to; i++) {
		const block = blocks[i];
		if (block?.kind !== 'paragraph') return null;
		const text = cleanText(block.text);
		const m = readMarker(text);
		const own = fold(m === null || m.kind === 'dash' || m.kind === 'plus' ? text : m.text);
		const label = own.split(':')[0]?.trim() ?? '';
		if (DEADLINE_LINE.test(own.replace(/^[-+]\s*/, ''))) {
			fields.deadline = valueOf(m === null ? text : m.text);
			into = null;
		} else if (LEAD_HEADING.test(label) && (m === null || m.kind !== 'dash')) {
			into = fields.leads;
			const value = valueOf(text);
			if (value !== null) into.push(...value.split(/;\s*/u).map(bodyName));
		} else if (COORDINATOR_HEADING.test(label) && (m === null || m.kind !== 'dash')) {
			into = fields.coordinators;
			const value = valueOf(text);
			if (value !== null) into.push(...value.split(/;\s*/u).map(bodyName));
		} else if (into !== null && (m?.kind === 'dash' || m === null) && !text.startsWith('(')) {
			// '- Ban Chỉ đạo quốc gia.' or an unbulleted list line under 'b) Cơ quan phối hợp'
			into.push(bodyName(m === null ? text : m.text));
		} else if (into === null || !text.startsWith('(')) {
			// 'b) Đơn vị thực hiện: …' and anything else: not a field of the tasks
			into = null;
		}
	}
	return fields.leads.length > 0 ? fields : null;
}

function fieldLines(fields: SectionFields, line: number): Paragraph[] {
	const out: Paragraph[] = [{ kind: 'paragraph', text: `Cơ quan chủ trì: ${fields.leads.join('; ')}`, line }];
	if (fields.coordinators.length > 0)
		out.push({ kind: 'paragraph', text: `Cơ quan phối hợp: ${fields.coordinators.join('; ')}`, line });
	if (fields.deadline !== null)
		out.push({ kind: 'paragraph', text: `Thời gian thực hiện: ${fields.deadline}`, line });
	return out;
}

/**
 * A section written as '1. Nội dung, biện pháp' (a) … f) the tasks), '2. Cơ quan chủ trì, phối hợp' (lists of
 * bodies) and '3. Thời gian thực hiện: …': the bodies and the time are every task's, so each task gets them as
 * field lines of its own ('Cơ quan chủ trì: A; B', the first leading), and the field headings go. Sections
 * written otherwise come back unchanged.
 */
export function spreadSectionFields(source: readonly ImportBlock[]): ImportBlock[] {
	// most plans have no such heading: a cheap look first, so a long plan is not read twice
	if (!source.some((b) => b.kind === 'paragraph' && MAYBE_CONTENT_HEADING.test(b.text))) return [...source];
	// one line a block: a paragraph of several lines ('3. Thời gian …' / 'C. MỘT SỐ …') is several
	const blocks = source.flatMap((b): ImportBlock[] =>
		b.kind === 'paragraph' && b.text.includes('\n')
			? b.text.split('\n').map((text, k) => ({ kind: 'paragraph', text, line: b.line + k }))
			: [b]
	);
	// each block's marker, read once
	const marks = blocks.map(marker);
	const out: ImportBlock[] = [];
	let i = 0;
	while (i < blocks.length) {
		const block = blocks[i];
		const head = marks[i] ?? null;
		// '1. Nội dung, biện pháp' under a roman section; 'II. NHIỆM VỤ' is the section itself
		const content =
			head !== null &&
			(head.kind === 'arabic' || head.kind === 'letter' || head.kind.startsWith('decimal')) &&
			CONTENT_HEADING.test(fold(head.text).replace(/[:.]$/, ''));
		if (block === undefined || head === null || !content) {
			if (block !== undefined) out.push(block);
			i++;
			continue;
		}
		// the section's end: a marker of the heading's kind or of a higher level ('II.', 'C.')
		const level = head.kind;
		let end = i + 1;
		while (end < blocks.length) {
			const m = marks[end] ?? null;
			if (m !== null && (m.kind === 'roman' || m.kind === 'part')) break;
			end++;
		}
		let firstField = -1;
		for (let k = i + 1; k < end && firstField < 0; k++) if (marks[k]?.kind === level) firstField = k;
		const fields = firstField < 0 ? null : readSectionFields(blocks, firstField, end);
		if (fields === null) {
			out.push(block);
			i++;
			continue;
		}
		const items = blocks.slice(i + 1, firstField);
		const itemKind = items
			.map(marker)
			.find((m) => m !== null && m.kind !== 'dash' && m.kind !== 'plus')?.kind;
		for (const item of items) {
			out.push(item);
			// right after the item, so they are its own whatever follows it
			if (marker(item)?.kind === itemKind) out.push(...fieldLines(fields, item.line));
		}
		i = end;
	}
	return out;
}
