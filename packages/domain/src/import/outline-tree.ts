import { readAssignment, readSubject, startsWithBody } from './assignment.ts';
import { contentFieldLine, fieldLine, fieldOfLabel, type TaskFields } from './fields.ts';
import { deadlineInText } from './deadline-text.ts';
import { NATIONAL, PLACE_DATE } from './header.ts';
import { isOrdinalKind, readMarker, type Marker, type MarkerKind } from './outline.ts';
import { cleanText, fold, isCapitals } from './text.ts';
import type { ImportBlock } from './types.ts';

/*
 * The importer's first stage after the header: the body read line by line into one outline tree (headings,
 * numbered and bulleted items, paragraphs, lead-ins, field lines, 'Nội dung:' and 'Thời gian:' lines with the
 * items under them), and which heading each table of the body sits under. Later stages find the tasks in it.
 */

/** A node of the outline: a heading, an item or a paragraph, with what was written under it. */
export interface Node {
	kind: MarkerKind | 'para' | 'root';
	label: string;
	code: string;
	title: string;
	body: string[];
	leadIn: string | null;
	/** The parent's lead-in in force when this node began. */
	scope: string | null;
	fields: TaskFields;
	/** The task's wording from a 'Nội dung: …' line (and the '+' items under it), when written so. */
	content: string[] | null;
	/** The marker its field lines were written with ('dash' for '- Chủ trì: …'), null unbulleted. */
	fieldMarker: MarkerKind | null;
	line: number;
	endLine: number;
	children: Node[];
	parent: Node | null;
}

const EMPTY_LEAD_LABEL = /^[-–+•]?\s*(?:cơ quan|đơn vị)(?: thực hiện| chủ trì)?(?:,? phối hợp)?\s*:\s*$/iu;

/**
 * 'a) Nhiệm vụ: …', 'b) Cơ quan thực hiện:', 'c) Thời gian thực hiện: …': a task's fields lettered like items
 * are read as the bulleted field lines they are.
 */
export function asBulletField(text: string): string {
	const m = readMarker(text);
	if (m?.kind !== 'letter' || !/^[^:]{2,45}:/u.test(m.text)) return text;
	const label = m.text.slice(0, m.text.indexOf(':'));
	const isField =
		contentFieldLine(m.text) !== null || fieldOfLabel(label) !== null || EMPTY_LEAD_LABEL.test(m.text);
	return isField ? `- ${m.text}` : text;
}

export const EMPTY_TIME_LABEL = /^[-–+•]?\s*(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:\s*$/iu;
export const CLOSING_REMARK =
	/^(?:trong qua trinh (?:to chuc |trien khai )?thuc hien(?: ke hoach)?,? (?:neu )?co (?:kho khan|vuong mac|phat sinh)|tren day la (?:ke hoach|chuong trinh))/;
// the last paragraph, unnumbered, handing the whole plan to everyone: 'Ủy ban nhân dân tỉnh giao Giám đốc các sở,
// … theo chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực hiện …, đúng quy định./.'
export const HANDS_OVER =
	/^(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho)\b.{0,40}? (?:giao|yeu cau) .*\bke hoach nay\b.*\.\/\.?\s*$/;
// 'KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)', also on the title's own line: '… NĂM 2023 (Kèm theo Quyết định số 254/QĐ-UBND …)'
export const ATTACHED_TO_DECISION = /(?:^|\()\s*(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet)\b/;
export const BODY_END = /^(?:noi nhan|phu luc\b|t\/m |tm\. |k\/t |kt\. |t\/l |tl\. |\/\.\s*$)/;

export function newNode(
	partial: Partial<Node> & Pick<Node, 'kind' | 'code' | 'line'>,
	parent: Node | null
): Node {
	return {
		label: '',
		title: '',
		body: [],
		leadIn: null,
		scope: parent?.leadIn ?? null,
		fields: {},
		content: null,
		fieldMarker: null,
		endLine: partial.line,
		children: [],
		parent,
		...partial
	};
}

/**
 * The node a field line belongs to: '- Đơn vị thực hiện: …' after the '+' items of 'a) Hoàn thiện hạ
 * tầng, cụ thể:' is the heading's (the '-' list sits above the '+' list), not the last item's.
 */
export function fieldTarget(last: Node, marker: MarkerKind | null): Node {
	if (marker !== 'dash' || last.kind !== 'plus') return last;
	let target: Node = last;
	while (target.kind === 'plus' && target.parent !== null && target.parent.kind !== 'root')
		target = target.parent;
	return target;
}

// '2.1. Đợt 1: Trong tháng 12/2025', 'Giai đoạn 2: Từ tháng 01 đến ngày bầu cử 15/3/2026': a phase and its time
export const PHASE_TIME = /^(?:đợt|giai đoạn)\s+(?:\d{1,2}|[IVX]{1,4})\s*:\s*(.*\d.*?)[.;]?$/iu;

/** The deadline and output a heading's own field lines (or a phase heading's time) give the items under it. */
export function ancestorFields(node: Node): TaskFields {
	const out: TaskFields = {};
	for (let n = node.parent; n !== null && n.kind !== 'root'; n = n.parent) {
		const phase = PHASE_TIME.exec(n.title)?.[1];
		if (out.deadline === undefined && n.fields.deadline === undefined && phase !== undefined)
			out.deadline = phase;
		if (out.deadline === undefined && n.fields.deadline !== undefined) out.deadline = n.fields.deadline;
		if (out.output === undefined && n.fields.output !== undefined) out.output = n.fields.output;
	}
	return out;
}

/** '2. Sở Nội vụ: Tham mưu …': the unit's name written as a label before its task goes; the task stays. */
export function withoutUnitLabel(text: string, lead: string | null): string {
	const m = /^([^:]{2,200}?):\s+(?=\p{Lu})/u.exec(text);
	if (m?.[1] === undefined || lead === null || !startsWithBody(m[1])) return text;
	return readAssignment(`${m[1]}:`)?.lead === lead ? text.slice(m[0].length) : text;
}

export function markerKindOf(bullet: string): MarkerKind | null {
	return readMarker(`${bullet} x`)?.kind ?? null;
}

export function headingLike(node: Node): boolean {
	if (node.kind === 'root') return true;
	const text = node.title.trim();
	if (node.body.length > 0) return false;
	return text.endsWith(':') || isCapitals(text) || (!/[.;!?…]$/u.test(text) && text.length <= 300);
}

/**
 * '1. Các cơ quan, đơn vị … xây dựng kế hoạch triển khai …; đề ra giải pháp ….' over '- Giới thiệu điển hình …',
 * '- Khen thưởng …': an item that is a whole sentence, ended, is a task of its own beside the items under it.
 */
export function sentenceOverItems(node: Node): boolean {
	return (
		node.children.length > 0 &&
		(node.kind === 'arabic' || node.kind.startsWith('decimal') || node.kind === 'letter') &&
		!headingLike(node) &&
		readSubject(node.title)?.lead != null
	);
}

/**
 * '1. Các tỉnh ủy, thành ủy … chủ động xây dựng kế hoạch …' over the paragraph 'Ban Tuyên giáo các tỉnh ủy, thành
 * ủy tham mưu …': a paragraph after a numbered item that is a whole sentence with its doer, opening with another
 * doer, is that doer's task, not more of the item's.
 */
export function newDoerAfterSentence(parent: Node, text: string): boolean {
	if (parent.body.length > 0 || headingLike(parent) || !/[.;!…]$/u.test(parent.title.trim())) return false;
	if (parent.kind !== 'arabic' && !parent.kind.startsWith('decimal') && parent.kind !== 'letter')
		return false;
	// the paragraph opens with its doer: 'Căn cứ …, các bộ … xây dựng kế hoạch …' carries on the item
	if (!startsWithBody(text)) return false;
	const own = readSubject(parent.title)?.lead;
	const doer = readSubject(text)?.lead;
	return own != null && doer != null && fold(doer) !== fold(own);
}

/** The value of a numbered item that only gives a time ('2. Thời gian thực hiện: Từ tháng 10/2025 …'), or null. */
export function timeItemOf(marker: Marker): string | null {
	if (marker.kind !== 'arabic' && !marker.kind.startsWith('decimal')) return null;
	const m = /^(?:thời gian|thời hạn)(?: [^:]{0,40})?:\s*(.+?)\s*$/iu.exec(marker.text);
	return m?.[1] !== undefined && /\d/u.test(m[1]) ? m[1].replace(/[.;]$/u, '') : null;
}

/** The node whose items are of `kind`: the parent of the open item of that kind, else the innermost heading. */
export function sectionOf(stack: readonly Node[], kind: MarkerKind): Node {
	const at = stack.findLastIndex((n) => n.kind === kind);
	return (at > 0 ? stack[at - 1] : stack.findLast((n) => !isOrdinalKind(n.kind))) ?? stack[0]!;
}

export function codeFor(kind: Node['kind'], label: string, parent: Node): string {
	if (kind === 'roman' || kind === 'article' || kind === 'part') return label;
	if (kind.startsWith('decimal')) {
		let roman: Node | null = parent;
		while (roman !== null && roman.kind !== 'roman' && roman.kind !== 'article') roman = roman.parent;
		return roman === null ? label : `${roman.code}.${label}`;
	}
	return parent.code === '' ? label : `${parent.code}.${label}`;
}

/** How many ordinal children each node has had, so attaching the next one does not count them all again. */
export const ordinals = new WeakMap<Node, number>();

export function nextOrdinal(parent: Node): number {
	const next = (ordinals.get(parent) ?? parent.children.filter((c) => isOrdinalKind(c.kind)).length) + 1;
	ordinals.set(parent, next);
	return next;
}

/** Depth order of marker kinds in a stack: the first time a kind appears fixes its level. */
export function attach(stack: Node[], kind: MarkerKind, label: string, title: string, line: number): Node {
	const existing = stack.findIndex((n) => n.kind === kind);
	if (kind === 'part') stack.length = 1;
	else if (kind === 'roman' || kind === 'article') {
		// under the part they belong to ('B.' → 'I.', 'II.' …), else at the top
		const part = stack.findIndex((n) => n.kind === 'part');
		stack.length = part > 0 ? part + 1 : 1;
	} else if (existing > 0) stack.length = existing;
	else if (kind.startsWith('decimal')) {
		// '2.1' sits under '2' when both are written; drop deeper decimals
		const depth = Number(kind.slice(-1));
		const deeper = stack.findIndex((n) => n.kind.startsWith('decimal') && Number(n.kind.slice(-1)) >= depth);
		if (deeper > 0) stack.length = deeper;
	}
	const parent = stack.at(-1) ?? stack[0];
	if (parent === undefined) throw new Error('outline stack is empty');
	const ordinal = isOrdinalKind(kind) ? nextOrdinal(parent) : 0;
	const written = isOrdinalKind(kind) ? String(ordinal) : label;
	const node = newNode({ kind, label: written, code: codeFor(kind, written, parent), title, line }, parent);
	parent.children.push(node);
	stack.push(node);
	return node;
}

/** The body's outline from `bodyStart` on, and the heading each table of the body sits under. */
export function buildOutline(
	blocks: readonly ImportBlock[],
	headerEnd: number
): { root: Node; tableAnchor: Map<ImportBlock, Node> } {
	const root = newNode({ kind: 'root', code: '', line: 0 }, null);
	const stack: Node[] = [root];
	let last: Node | null = null;
	// a 'Nội dung:' line whose items follow: the node it belongs to and the bullet it was written with
	let openContent: { node: Node; bullet: string } | null = null;
	// an empty 'Thời gian thực hiện:' line whose times follow on '+' lines: the node they are the times of
	let openTimes: Node | null = null;
	let ended = false;
	const tableAnchor = new Map<ImportBlock, Node>();
	// a Quyết định that issues a plan: its own articles ('Điều 1. Ban hành kèm theo …') hold no tasks; the
	// plan bound after it ('KẾ HOẠCH … (Ban hành kèm theo Quyết định số 123/QĐ-UBND …)') does; an
	// appendix '(Kèm theo Kế hoạch số …)' is no such plan
	const attached = blocks.findIndex(
		(b, i) => i >= headerEnd && b.kind === 'paragraph' && ATTACHED_TO_DECISION.test(fold(cleanText(b.text)))
	);
	const bodyStart = attached >= 0 ? attached + 1 : headerEnd;
	for (const block of blocks.slice(bodyStart)) {
		if (block.kind === 'table') {
			const tableText = fold(block.rows.map((r) => r.map((c) => c.text).join(' ')).join(' '));
			if (tableText.includes('noi nhan')) ended = true;
			// a task table in the body belongs to the heading above it ('2. Hỗ trợ tiếp cận đất đai' + table)
			let heading = stack.at(-1) ?? root;
			while (heading.parent !== null && isOrdinalKind(heading.kind)) heading = heading.parent;
			if (!ended && heading !== root) tableAnchor.set(block, heading);
			continue;
		}
		if (ended) continue;
		for (const piece of block.text.split('\n')) {
			const text = asBulletField(cleanText(piece));
			if (text === '') continue;
			const f = fold(text);
			if (BODY_END.test(f)) {
				ended = true;
				break;
			}
			// page layouts scatter header lines into the body
			if (NATIONAL.test(f) || PLACE_DATE.test(text) || /^\*+$/.test(text)) continue;
			// stamps and scan debris: a lone capitalised word ('SAO Y', 'ĐƯỢC')
			if (isCapitals(text) && !/\s/.test(text) && text.length <= 12) continue;
			// '* Lưu ý: …', '(*) Ghi chú: …': a note on the plan, not an item of it
			if (/^(?:\*|\(\*\))\s*(?:lưu ý|ghi chú|chú ý)(?=[\s:.]|$)/iu.test(text)) continue;
			// '(Chi tiết tại Phụ lục kèm theo)'
			if (/^\([^()]*\)\.?$/.test(text)) continue;
			// '1. Hoàn thiện hạ tầng số' / '- Nội dung: …' / '- Đơn vị chủ trì: …': the heading is the task
			const contentField = contentFieldLine(text);
			if (
				contentField !== null &&
				last !== null &&
				last.kind !== 'root' &&
				last.children.length === 0 &&
				last.body.length === 0 &&
				last.content === null &&
				// '- Việc A' / '- Nhiệm vụ: việc B' are two tasks
				(!isOrdinalKind(last.kind) || markerKindOf(contentField.bullet) !== last.kind)
			) {
				last.content = contentField.value === '' ? [] : [contentField.value];
				last.endLine = block.line;
				openContent = { node: last, bullet: contentField.bullet };
				continue;
			}
			if (openContent !== null) {
				const item = readMarker(text);
				const own = openContent.node.content ?? [];
				// its items: bullets other than its own ('- Nội dung:' + '+ …'), or a line carrying on
				if (
					fieldLine(text) === null &&
					((item !== null &&
						isOrdinalKind(item.kind) &&
						item.text !== '' &&
						(openContent.bullet === '' ? true : item.kind !== markerKindOf(openContent.bullet))) ||
						(item === null && own.length > 0 && /^\p{Ll}/u.test(text)))
				) {
					if (item === null) own[own.length - 1] += ` ${text}`;
					else own.push(item.text);
					openContent.node.content = own;
					openContent.node.endLine = block.line;
					continue;
				}
				openContent = null;
			}
			// '- Thời gian thực hiện:' over '+ … trước ngày 15 tháng 12 năm 2025.' lines: the times of the task above
			if (openTimes !== null) {
				if (readMarker(text)?.kind === 'plus') {
					const time = deadlineInText(text)?.text ?? null;
					if (time !== null && openTimes.fields.deadline === undefined) openTimes.fields.deadline = time;
					openTimes.endLine = block.line;
					continue;
				}
				openTimes = null;
			}
			if (EMPTY_TIME_LABEL.test(text) && last !== null && last.kind !== 'root') {
				openTimes = fieldTarget(last, readMarker(text)?.kind ?? null);
				continue;
			}
			// '- Cơ quan thực hiện:' over '- Đơn vị chủ trì: …' / '- Đơn vị phối hợp: …': the lines under it are the fields
			if (EMPTY_LEAD_LABEL.test(text) && last !== null && last.kind !== 'root') continue;
			const fields = fieldLine(text);
			if (fields !== null && last !== null && last.kind !== 'root') {
				const marker = readMarker(text)?.kind ?? null;
				const target = fieldTarget(last, marker);
				Object.assign(target.fields, fields);
				target.fieldMarker = marker;
				target.endLine = block.line;
				continue;
			}
			const marker = readMarker(text);
			const top = stack.at(-1) ?? root;
			// '3. Thời gian tổ chức phong trào thi đua: … từ tháng 10 năm 2025 …' among a section's items: its time
			const sectionTime = marker === null ? null : timeItemOf(marker);
			if (sectionTime !== null && marker !== null) {
				const section = sectionOf(stack, marker.kind);
				if (section !== root && section.fields.deadline === undefined) section.fields.deadline = sectionTime;
				continue;
			}
			if (marker !== null) {
				last = attach(stack, marker.kind, marker.label, marker.text, block.line);
				continue;
			}
			if (last === null || top.kind === 'root') continue;
			// 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …': the plan's closing word, nobody's task
			if (CLOSING_REMARK.test(f) || HANDS_OVER.test(f)) continue;
			// a paragraph cut by a page break: 'công | nghệ', '… Hội Cựu chiến binh, | Đoàn Thanh niên …'
			const lastText = last.body.at(-1) ?? last.title;
			if ((/^[\p{Ll}]/u.test(text) || /,$/u.test(lastText)) && last.kind !== 'root') {
				if (last.body.length > 0) last.body[last.body.length - 1] += ` ${text}`;
				else last.title += ` ${text}`;
				last.endLine = block.line;
				continue;
			}
			if (text.endsWith(':') && top.kind !== 'para') {
				top.leadIn = text;
				top.endLine = block.line;
				continue;
			}
			if (top.kind === 'para') stack.pop();
			const parent = stack.at(-1) ?? root;
			if (headingLike(parent) || parent.kind === 'roman' || newDoerAfterSentence(parent, text)) {
				last = attach(stack, 'dash', '', text, block.line);
				last.kind = 'para';
				continue;
			}
			parent.body.push(text);
			parent.endLine = block.line;
			last = parent;
		}
	}
	return { root, tableAnchor };
}
