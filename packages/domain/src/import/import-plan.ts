import type { Unit } from '../unit/unit.ts';
import {
	bodiesInList,
	leadUnderHeading,
	readAssignment,
	readSubject,
	runOnSubject,
	startsWithBody,
	trimBody,
	type Assignment
} from './assignment.ts';
import { assignsNothing, startsWithAction } from './narrative.ts';
import { blocksFromText, linesOfBlocks } from './blocks.ts';
import { deadlineInText, deadlineOf, isOpenDeadline } from './deadline-text.ts';
import { contentFieldLine, fieldLine, fieldOfLabel, trailingFields, type TaskFields } from './fields.ts';
import { NATIONAL, PLACE_DATE } from './header.ts';
import { isOrdinalKind, readMarker, type Marker, type MarkerKind } from './outline.ts';
import { spreadSectionFields } from './section-fields.ts';
import { sentenceLeads, sharedFields } from './shared-fields.ts';
import { readTaskTable } from './table-tasks.ts';
import { appendixTasks, repeatKey } from './appendix-tasks.ts';
import { boundDocuments } from './bound-documents.ts';
import { readDocument } from './document-read.ts';
import {
	assignmentClause,
	contentAndDeadline,
	extendByDirectory,
	trailingAssignment,
	unique
} from './task-text.ts';
import { cleanText, fold, isCapitals } from './text.ts';
import type { ImportBlock, ImportedPlan, ImportedSection, ImportedTask, ImportedUnitName } from './types.ts';
import { guessUnitKind, matchUnitName, shortUnitName } from './unit-names.ts';

/** Options of the importer: the known units that names are matched against. */
export interface ImportOptions {
	units?: readonly Unit[];
}

interface Node {
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

const TASK_SECTION = /nhiem vu|giai phap|noi dung|cong viec|nhung viec|chuong trinh hanh dong|phan cong/;
const PURPOSE_SECTION = /muc dich|yeu cau|muc tieu|quan diem|chi tieu/;
const ORGANISATION_SECTION = /to chuc thuc hien|trach nhiem|phan cong thuc hien/;
// sections that describe a meeting or a course of study rather than tasks: 'NỘI DUNG, HÌNH THỨC'
const STUDY_SECTION = /hinh thuc|thanh phan(?:,| tham du| du hoc)|dia diem/;
const APPENDIX_POINTER = /(?:tại|theo|ở)\s+(?:các\s+)?phụ lục\b/iu;
const EMPTY_LEAD_LABEL = /^[-–+•]?\s*(?:cơ quan|đơn vị)(?: thực hiện| chủ trì)?(?:,? phối hợp)?\s*:\s*$/iu;

/**
 * 'a) Nhiệm vụ: …', 'b) Cơ quan thực hiện:', 'c) Thời gian thực hiện: …': a task's fields lettered like items
 * are read as the bulleted field lines they are.
 */
function asBulletField(text: string): string {
	const m = readMarker(text);
	if (m?.kind !== 'letter' || !/^[^:]{2,45}:/u.test(m.text)) return text;
	const label = m.text.slice(0, m.text.indexOf(':'));
	const isField =
		contentFieldLine(m.text) !== null || fieldOfLabel(label) !== null || EMPTY_LEAD_LABEL.test(m.text);
	return isField ? `- ${m.text}` : text;
}

const EMPTY_TIME_LABEL = /^[-–+•]?\s*(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:\s*$/iu;
const CLOSING_REMARK =
	/^(?:trong qua trinh (?:to chuc |trien khai )?thuc hien(?: ke hoach)?,? (?:neu )?co (?:kho khan|vuong mac|phat sinh)|tren day la (?:ke hoach|chuong trinh))/;
// the last paragraph, unnumbered, handing the whole plan to everyone: 'Ủy ban nhân dân tỉnh giao Giám đốc các sở,
// … theo chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực hiện …, đúng quy định./.'
const HANDS_OVER =
	/^(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho)\b.{0,40}? (?:giao|yeu cau) .*\bke hoach nay\b.*\.\/\.?\s*$/;
// 'KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)', also on the title's own line: '… NĂM 2023 (Kèm theo Quyết định số 254/QĐ-UBND …)'
const ATTACHED_TO_DECISION = /(?:^|\()\s*(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet)\b/;
const BODY_END = /^(?:noi nhan|phu luc\b|t\/m |tm\. |k\/t |kt\. |t\/l |tl\. |\/\.\s*$)/;

function newNode(partial: Partial<Node> & Pick<Node, 'kind' | 'code' | 'line'>, parent: Node | null): Node {
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
function fieldTarget(last: Node, marker: MarkerKind | null): Node {
	if (marker !== 'dash' || last.kind !== 'plus') return last;
	let target: Node = last;
	while (target.kind === 'plus' && target.parent !== null && target.parent.kind !== 'root')
		target = target.parent;
	return target;
}

// '2.1. Đợt 1: Trong tháng 12/2025', 'Giai đoạn 2: Từ tháng 01 đến ngày bầu cử 15/3/2026': a phase and its time
const PHASE_TIME = /^(?:đợt|giai đoạn)\s+(?:\d{1,2}|[IVX]{1,4})\s*:\s*(.*\d.*?)[.;]?$/iu;

/** The deadline and output a heading's own field lines (or a phase heading's time) give the items under it. */
function ancestorFields(node: Node): TaskFields {
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
function withoutUnitLabel(text: string, lead: string | null): string {
	const m = /^([^:]{2,200}?):\s+(?=\p{Lu})/u.exec(text);
	if (m?.[1] === undefined || lead === null || !startsWithBody(m[1])) return text;
	return readAssignment(`${m[1]}:`)?.lead === lead ? text.slice(m[0].length) : text;
}

function markerKindOf(bullet: string): MarkerKind | null {
	return readMarker(`${bullet} x`)?.kind ?? null;
}

function headingLike(node: Node): boolean {
	if (node.kind === 'root') return true;
	const text = node.title.trim();
	if (node.body.length > 0) return false;
	return text.endsWith(':') || isCapitals(text) || (!/[.;!?…]$/u.test(text) && text.length <= 300);
}

/**
 * '1. Các cơ quan, đơn vị … xây dựng kế hoạch triển khai …; đề ra giải pháp ….' over '- Giới thiệu điển hình …',
 * '- Khen thưởng …': an item that is a whole sentence, ended, is a task of its own beside the items under it.
 */
function sentenceOverItems(node: Node): boolean {
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
function newDoerAfterSentence(parent: Node, text: string): boolean {
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
function timeItemOf(marker: Marker): string | null {
	if (marker.kind !== 'arabic' && !marker.kind.startsWith('decimal')) return null;
	const m = /^(?:thời gian|thời hạn)(?: [^:]{0,40})?:\s*(.+?)\s*$/iu.exec(marker.text);
	return m?.[1] !== undefined && /\d/u.test(m[1]) ? m[1].replace(/[.;]$/u, '') : null;
}

/** The node whose items are of `kind`: the parent of the open item of that kind, else the innermost heading. */
function sectionOf(stack: readonly Node[], kind: MarkerKind): Node {
	const at = stack.findLastIndex((n) => n.kind === kind);
	return (at > 0 ? stack[at - 1] : stack.findLast((n) => !isOrdinalKind(n.kind))) ?? stack[0]!;
}

function codeFor(kind: Node['kind'], label: string, parent: Node): string {
	if (kind === 'roman' || kind === 'article' || kind === 'part') return label;
	if (kind.startsWith('decimal')) {
		let roman: Node | null = parent;
		while (roman !== null && roman.kind !== 'roman' && roman.kind !== 'article') roman = roman.parent;
		return roman === null ? label : `${roman.code}.${label}`;
	}
	return parent.code === '' ? label : `${parent.code}.${label}`;
}

/** How many ordinal children each node has had, so attaching the next one does not count them all again. */
const ordinals = new WeakMap<Node, number>();

function nextOrdinal(parent: Node): number {
	const next = (ordinals.get(parent) ?? parent.children.filter((c) => isOrdinalKind(c.kind)).length) + 1;
	ordinals.set(parent, next);
	return next;
}

/** Depth order of marker kinds in a stack: the first time a kind appears fixes its level. */
function attach(stack: Node[], kind: MarkerKind, label: string, title: string, line: number): Node {
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

function sectionsOf(node: Node): ImportedSection[] {
	return node.children
		.filter((c) => !isOrdinalKind(c.kind))
		.map((c) => ({ code: c.code, title: c.title.replace(/:$/, ''), line: c.line, children: sectionsOf(c) }));
}

function textOf(node: Node): string {
	return [node.title, ...node.body].join('\n').trim();
}

/** An item ending with ':' whose items are things, not tasks: 'Lập hồ sơ …, bao gồm:' + '+ Đơn đề nghị …'. */
function listsThings(node: Node): boolean {
	// '- Các nội dung hỗ trợ thi hành Luật bao gồm:' + '+ Hướng dẫn …', '+ Tổ chức …': what it includes, even worded as acts
	const includes = /(?:bao gồm|gồm có|gồm)\s*:$/u.test(node.title.trim());
	// '… thực hiện quy trình xử lý đơn thư …, cụ thể:' over '- Đối với khiếu nại …: …' (cases, with their own items)
	const isCase = (c: Node): boolean => /^(?:doi voi|truong hop)\s/u.test(fold(c.title));
	const allCases = node.children.length > 0 && node.children.every(isCase);
	// 'h) Chủ trì … các dự án …, bao gồm:' over '- Dự án 1: …': a numbered item listing names, not acts
	const namesOnly = includes && node.children.every((c) => !startsWithAction(textOf(c)));
	if (namesLeadIn(node)) return true;
	return (
		(isOrdinalKind(node.kind) || allCases || namesOnly) &&
		node.title.trim().endsWith(':') &&
		node.body.length === 0 &&
		node.children.length > 0 &&
		node.children.every(
			(c) =>
				(c.children.length === 0 || isCase(c)) &&
				(includes || (!startsWithAction(textOf(c)) && readAssignment(textOf(c))?.lead == null))
		)
	);
}

/**
 * '4.4. Nền tảng …' + 'Nghiên cứu, triển khai các nền tảng số … như:' over '- Hệ thống giám sát …': the
 * heading's lead-in is the task, the systems it names are not.
 */
function namesLeadIn(node: Node): boolean {
	return (
		node.leadIn !== null &&
		/(?:như|bao gồm|gồm có|gồm)\s*:$/u.test(node.leadIn.trim()) &&
		startsWithAction(node.leadIn) &&
		node.children.length > 0 &&
		node.children.every((c) => c.children.length === 0 && !startsWithAction(textOf(c)))
	);
}

function allNodes(node: Node): Node[] {
	return [node, ...node.children.flatMap(allNodes)];
}

function assignmentOfFields(fields: TaskFields): Assignment | null {
	if (fields.lead === undefined && fields.coordinators === undefined) return null;
	// 'Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp …': the name ends at its verb
	const listed = fields.lead === undefined ? [] : bodiesInList(fields.lead).map(trimBody);
	// 'Cơ quan thực hiện: Các sở, ngành có liên quan …': a generic lead is still the lead when it is the only one
	const only = fields.lead?.split(/[;\n]/u)[0]?.trim().replace(/[.]$/u, '') ?? '';
	const leads = listed.length > 0 || only === '' ? listed : [trimBody(only)];
	const coordinators = fields.coordinators === undefined ? [] : bodiesInList(fields.coordinators);
	return { lead: leads[0] ?? null, coordinators: [...leads.slice(1), ...coordinators] };
}

// what a unit heading never names inside itself: it would be a task, not a name
const ACTS =
	/\s(?:chủ trì|phối hợp|thực hiện|tham mưu|triển khai|tổ chức thực hiện|chịu trách nhiệm|có trách nhiệm|chỉ đạo|lãnh đạo|hướng dẫn|theo dõi|phụ trách)(?=\s|$)/u;

/**
 * The unit a heading is about, without what only describes it: '1.5. Trách nhiệm của đối tượng thực hiện kiểm
 * kê:' is 'Đối tượng thực hiện kiểm kê'; '1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo' is 'Sở Tài
 * chính'; '1.6. … các cơ quan quản lý cấp trên (bao gồm cả …):' drops its bracket.
 */
const RESPONSIBILITY = /^(?:trách nhiệm|nhiệm vụ)(?: cụ thể)? của\s+/iu;

function unitOfHeading(heading: string): string {
	const unit = heading
		.replace(RESPONSIBILITY, '')
		.replace(/\s+[-–]\s+(?:cơ quan|đơn vị) (?:thường trực|đầu mối|chủ trì)\b.*$/iu, '')
		.replace(/\s*\([^()]*\)\s*(:?)\s*$/u, '$1');
	return unit.charAt(0).toUpperCase() + unit.slice(1);
}

/**
 * The unit a heading names ('5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp'): when reading it
 * as a sentence cuts it at a word that only looks like a verb ('đầu tư', 'hoạt động'), the whole heading is the name.
 */
function headingAssignment(heading: string): Assignment | null {
	const title = unitOfHeading(heading);
	const found = readAssignment(title);
	const whole = title.replace(/[\s:.]+$/u, '').trim();
	// 'Trách nhiệm của đối tượng thực hiện kiểm kê:' names who is responsible, whatever its words
	if (found?.lead == null && title !== heading && RESPONSIBILITY.test(heading))
		return { lead: whole, coordinators: [] };
	const lead = found?.lead ?? null;
	if (found === null || lead === null || !whole.startsWith(lead) || whole === lead) return found;
	const rest = whole.slice(lead.length);
	// '7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, … trên địa bàn Tỉnh': the commas
	// list fields of the place it names, not more bodies
	const place = /^\s*(?:trong|trên|tại|thuộc)\s/u.test(rest);
	const listed = /[,;]/u.test(rest) && !place;
	if (listed || ACTS.test(` ${whole}`) || whole.split(/\s+/u).length > (place ? 30 : 16)) return found;
	return { lead: whole, coordinators: found.coordinators };
}

/** The lead and coordinators a heading (or its lead-in line) hands down to the tasks under it. */
function inherited(node: Node, stop: Node): Assignment | null {
	let child: Node = node;
	for (let n = node.parent; n !== null && n !== stop && n.kind !== 'root'; n = n.parent) {
		const fromScope = child.scope === null ? null : readSubject(child.scope);
		const found =
			assignmentOfFields(n.fields) ??
			(fromScope?.lead != null ? fromScope : null) ??
			(headingLike(n) ? headingAssignment(n.title) : null) ??
			// '1. Các cơ quan, đơn vị … xây dựng kế hoạch ….' over '- Giới thiệu …': the sentence's doer does them too
			(sentenceOverItems(n) && startsWithAction(textOf(child)) ? readSubject(n.title) : null);
		if (found?.lead != null) return found;
		child = n;
	}
	const fromScope = child.scope === null ? null : readSubject(child.scope);
	return fromScope?.lead != null ? fromScope : null;
}

/**
 * Task codes follow the document's numbering: a '-' bullet under 'II.' '1.' 'a)' is 'II.1.a.1'; a lettered
 * item without bullets is itself a task ('II.1.b'); '2.1.3' keeps its decimals (under a Roman section:
 * 'II.2.1.3'); paragraphs under a heading count like bullets ('3.1'). Appendix tables code rows 'PL.<TT>',
 * or 'PL.<group>.<TT>' under a group row ('PL.I.2'); a second task table uses 'PL2.'. A letter's own
 * 'Giao …' paragraphs before any heading are '0.1', '0.2'.
 *
 * Reads a plan from its blocks: header, outline, task groups, narrative sections, tasks with lead,
 * coordinators, deadline and output (from bullets under a 'Sở X chủ trì…:' heading, from sentences,
 * from 'Cơ quan chủ trì:'/'Thời gian:' lines and from appendix tables), and the unit names met.
 */
export function importPlan(source: readonly ImportBlock[], options: ImportOptions = {}): ImportedPlan {
	const units = options.units ?? [];
	const lines = linesOfBlocks(source);
	const blocks = spreadSectionFields(source);
	const warnings: string[] = [];

	const { document, related, context, headerEnd } = readDocument(blocks, lines);

	// the outline
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

	related.splice(0, related.length, ...boundDocuments(blocks, document));

	// which sections hold tasks: the ones named so ('II. NHIỆM VỤ, GIẢI PHÁP'), else every section but the aims
	const headings = root.children.filter((c) => !isOrdinalKind(c.kind));
	// 'MỤC ĐÍCH, YÊU CẦU' holds no tasks, 'MỤC TIÊU, NHIỆM VỤ' does
	const studyPlan = /hoc tap|quan triet/.test(fold(document.title ?? ''));
	const taskless = (title: string): boolean =>
		(PURPOSE_SECTION.test(title) || STUDY_SECTION.test(title)) &&
		!/nhiem vu|giai phap/.test(title) &&
		// 'NỘI DUNG, HÌNH THỨC' of a communication plan holds its work; that of a plan to study a resolution
		// ('học tập, quán triệt Nghị quyết …') holds what is studied and how
		!(/^noi dung\b/.test(title) && !PURPOSE_SECTION.test(title) && !studyPlan);
	const explicit = headings.filter((r) => {
		const title = fold(r.title);
		return TASK_SECTION.test(title) && !taskless(title);
	});
	const zones: Node[] = explicit.length > 0 ? explicit : [root];
	const romans = headings;
	const narrativeOf = (re: RegExp): string => {
		const section = romans.find((r) => re.test(fold(r.title)));
		if (section === undefined) return '';
		const end = romans[romans.indexOf(section) + 1]?.line ?? Infinity;
		const out: string[] = [];
		for (const b of blocks) {
			if (b.line <= section.line || b.line >= end || b.kind !== 'paragraph') continue;
			if (BODY_END.test(fold(b.text))) break;
			out.push(cleanText(b.text));
		}
		return out.join('\n');
	};
	const narrative = {
		purpose: narrativeOf(PURPOSE_SECTION),
		organisation: narrativeOf(ORGANISATION_SECTION)
	};

	// a known unit whose name itself lists bodies ('Đảng đoàn MTTQ … tỉnh, Ban Thường vụ Tỉnh Đoàn') stays whole
	const keepWhole = (a: Assignment | null): Assignment | null => {
		if (a?.named === undefined || units.length === 0 || matchUnitName(a.named, units) === null) return a;
		const named = a.named;
		return { lead: named, coordinators: a.coordinators.filter((c) => !named.includes(c)) };
	};

	const groups: ImportedPlan['groups'] = [];
	const tasks: ImportedTask[] = [];
	const groupOf = new Map<Node, string>();
	// headings whose tasks are the rows of the table under them: groups, never tasks themselves
	const taskTables = new Map<ImportBlock, Node>();
	for (const [block, heading] of tableAnchor) {
		// only a heading with nothing else under it: its own items would collide with the rows' numbers
		if (heading.children.length > 0 || [...taskTables.values()].includes(heading)) continue;
		if (block.kind === 'table' && (readTaskTable(block.rows)?.length ?? 0) > 0)
			taskTables.set(block, heading);
	}
	const tableHeadings = new Set(taskTables.values());
	const readZone = (zone: Node): ImportedTask[] => {
		const found: ImportedTask[] = [];
		const zoneIsSection = zone !== root;
		const groupNodes = zoneIsSection
			? zone.children.filter((c) => c.children.length > 0 && !isOrdinalKind(c.kind))
			: zone.children.filter(
					(c) =>
						c.children.length > 0 &&
						!isOrdinalKind(c.kind) &&
						!PURPOSE_SECTION.test(fold(c.title)) &&
						!taskless(fold(c.title))
				);
		for (const g of groupNodes) {
			groups.push({ code: g.code, title: g.title.replace(/:$/, ''), line: g.line });
			for (const n of allNodes(g)) groupOf.set(n, g.code);
		}
		const candidates = allNodes(zone).slice(1);
		// 'Lập hồ sơ …, bao gồm:' over '+ Đơn đề nghị …', '+ Biên bản …': one task, its items the things it lists
		const lists = new Set(candidates.filter(listsThings));
		for (const node of candidates) {
			if (node.parent !== null && lists.has(node.parent)) continue;
			if (tableHeadings.has(node) && node.children.length === 0 && !groupOf.has(node)) {
				groups.push({ code: node.code, title: node.title.replace(/:$/, ''), line: node.line });
				groupOf.set(node, node.code);
			}
			if (
				(node.children.length > 0 && !lists.has(node) && !sentenceOverItems(node)) ||
				tableHeadings.has(node)
			)
				continue;
			// outside a named tasks section, the aims and any leaf not under a group carry no tasks
			if (!zoneIsSection && !groupOf.has(node)) continue;
			const hasFields = Object.keys(node.fields).length > 0;
			// a heading followed by its 'Nội dung:' and field lines: the wording, else the heading's title
			const nodeText = lists.has(node)
				? [
						namesLeadIn(node) ? (node.leadIn ?? '') : textOf(node),
						...node.children.map((c) => `+ ${textOf(c)}`)
					].join('\n')
				: node.content !== null && node.content.length > 0
					? node.content.join('\n')
					: hasFields && node.body.length === 0
						? node.title.replace(/\s*:$/u, '')
						: textOf(node);
			if (nodeText === '' || (nodeText.endsWith(':') && node.body.length === 0 && !lists.has(node))) continue;
			const { text: stripped, fields: inline } = trailingFields(nodeText);
			const fields = { ...sharedFields(node), ...inline, ...node.fields };
			const fromHeading = ancestorFields(node);
			// '… (Sở Nội vụ chủ trì, phối hợp Sở Tư pháp; Quý II/2025).' names the lead after the task
			const tail = trailingAssignment(stripped);
			const content = tail?.text ?? stripped;
			if (tail?.deadline !== undefined && fields.deadline === undefined) fields.deadline = tail.deadline;
			const clause = assignmentClause(content);
			// 'Bước 4: Lập Đề án …' over 'Trên cơ sở …, Sở Xây dựng chủ trì …': the doer in the paragraph under it
			const read = readSubject(content);
			const subject = read?.lead != null ? read : null;
			const underTitle =
				node.body.length > 0 && node.content === null ? readSubject(node.body[0] ?? '') : null;
			const own = keepWhole(
				(sentenceLeads(content, node) ? subject : null) ??
					assignmentOfFields(fields) ??
					tail?.assignment ??
					subject ??
					(underTitle?.lead != null ? underTitle : null) ??
					clause?.assignment ??
					runOnSubject(content) ??
					read
			);
			const above = keepWhole(inherited(node, zoneIsSection ? zone : root));
			let lead = leadUnderHeading(own, above);
			let coordinators =
				own?.lead != null ? own.coordinators : [...(above?.coordinators ?? []), ...(own?.coordinators ?? [])];
			// a heading that names two leads on an equal footing: the first leads
			if (lead !== null && own?.lead != null) lead = extendByDirectory(lead, content, units);
			coordinators = unique(
				coordinators.map((c) => extendByDirectory(c, content, units)),
				lead
			);
			if (lead !== null && lead === '') lead = null;
			const written = contentAndDeadline(
				withoutUnitLabel(
					own === clause?.assignment && clause !== null ? clause.text : content,
					own?.lead ?? null
				),
				fields.deadline,
				context
			);
			// nobody named and nothing asked: a criterion, a case, a rule ('Nhà ở bị hư hỏng nặng …')
			// worded under 'Nội dung:' / 'Nhiệm vụ:' it is a task by its label, whatever its first word
			if (lead === null && node.content === null && assignsNothing(written.content)) continue;
			// the heading's 'Thời gian hoàn thành: …' when the item names no time of its own
			const deadline =
				written.deadline ??
				(fromHeading.deadline === undefined ? null : deadlineOf(fromHeading.deadline, context));
			found.push({
				code: node.code,
				groupCode: groupOf.get(node) ?? null,
				content: written.content,
				lead,
				leadUnitId: null,
				coordinators,
				coordinatorUnitIds: [],
				deadline,
				output: (fields.output ?? fromHeading.output)?.replace(/[.;]$/, '') ?? null,
				source: { line: node.line, endLine: node.endLine }
			});
		}
		return found;
	};
	for (const zone of zones) tasks.push(...readZone(zone));
	let bodyTasks = tasks.length;

	// a letter's own assignments before any numbered heading: 'Giao Ban Tuyên giáo … chủ trì …'
	let letterTask = 0;
	for (const b of blocks.slice(0, headerEnd)) {
		if (b.kind !== 'paragraph') continue;
		const text = cleanText(b.text);
		if (!/^(?:giao|đề nghị|yêu cầu)\s/iu.test(text) || text.length < 40) continue;
		const assignment = readAssignment(text);
		if (assignment?.lead == null) continue;
		letterTask += 1;
		const own = contentAndDeadline(text, undefined, context);
		tasks.push({
			code: `0.${letterTask}`,
			groupCode: null,
			content: own.content,
			lead: assignment.lead,
			leadUnitId: null,
			coordinators: assignment.coordinators,
			coordinatorUnitIds: [],
			deadline: own.deadline,
			output: null,
			source: { line: b.line, endLine: b.line }
		});
	}

	// appendix tables
	const beforeTables = tasks.length;
	const bodyContents = new Map(tasks.map((t) => [repeatKey(t.content), t]));
	const appendix = appendixTasks(blocks, bodyContents, context, (block) => {
		const anchor = taskTables.get(block);
		return anchor === undefined
			? undefined
			: { code: anchor.code, groupCode: groupOf.get(anchor) ?? anchor.code };
	});
	tasks.push(...appendix.tasks);
	groups.push(...appendix.groups);

	// 'Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo': a pointer to the table read, not a task
	if (tasks.length > beforeTables) {
		const pointers = new Set(tasks.slice(0, bodyTasks).filter((t) => APPENDIX_POINTER.test(t.content)));
		tasks.splice(0, tasks.length, ...tasks.filter((t) => !pointers.has(t)));
		bodyTasks -= pointers.size;
	}

	// a tasks section that names nobody, and a 'TỔ CHỨC THỰC HIỆN' that gives each unit its part
	// ('1. Sở Khoa học và Công nghệ: …'): the units' parts are tasks too
	// and a 'TỔ CHỨC THỰC HIỆN' that goes on to give units further tasks ('2.1. Sở Xây dựng:' and its bullets)
	const organisation = headings.find((h) => ORGANISATION_SECTION.test(fold(h.title)));
	if (organisation !== undefined && !zones.includes(root) && !zones.includes(organisation)) {
		const listed = groups.length;
		// a task the body already gave the same lead is not given twice
		const known = new Set(tasks.map((t) => `${fold(t.lead ?? '')}|${fold(t.content)}`));
		const assigned = readZone(organisation).filter(
			(t) =>
				t.lead !== null &&
				!known.has(`${fold(t.lead)}|${fold(t.content)}`) &&
				!APPENDIX_POINTER.test(t.content)
		);
		if (assigned.length >= 2) tasks.splice(bodyTasks, 0, ...assigned);
		else groups.length = listed;
	}

	// unit names
	const names = new Map<string, ImportedUnitName>();
	const resolve = (name: string): string | null => {
		const key = fold(name);
		let entry = names.get(key);
		if (entry === undefined) {
			const unit = matchUnitName(name, units);
			entry = {
				name,
				unitId: unit?.id ?? null,
				proposal: unit === null ? { name, shortName: shortUnitName(name), kind: guessUnitKind(name) } : null
			};
			names.set(key, entry);
		}
		return entry.unitId;
	};
	for (const task of tasks) {
		// 'Cơ quan chủ trì: chưa phân công' names nobody
		if (
			task.lead !== null &&
			/^(?:chua (?:phan cong|giao|xac dinh|ro)|khong co|[-–—.…]*)$/.test(fold(task.lead))
		)
			task.lead = null;
		task.leadUnitId = task.lead === null ? null : resolve(task.lead);
		task.coordinatorUnitIds = task.coordinators.map(resolve);
		if (task.lead === null)
			warnings.push(`Nhiệm vụ ${task.code} (dòng ${task.source.line}) chưa xác định được đơn vị chủ trì.`);
		if (task.deadline !== null && task.deadline.due === null && !isOpenDeadline(task.deadline.text)) {
			warnings.push(`Nhiệm vụ ${task.code}: không đọc được thời hạn “${task.deadline.text}”.`);
		}
	}
	if (document.number === null && document.symbol !== null)
		warnings.push(`Văn bản chưa có số (dòng “Số: …/${document.symbol}” để trống).`);
	else if (document.number === null) warnings.push('Không tìm thấy số, ký hiệu văn bản (dòng “Số: …”).');
	if (document.date === null && context.issued !== null)
		warnings.push('Văn bản chưa ghi ngày ban hành (dòng “ngày … tháng … năm …” để trống).');
	else if (document.date === null)
		warnings.push('Không tìm thấy ngày ban hành (dòng “…, ngày … tháng … năm …”).');
	if (tasks.length === 0) warnings.push('Không tìm thấy nhiệm vụ nào trong văn bản.');

	return {
		document,
		sections: sectionsOf(root),
		groups,
		narrative,
		tasks,
		units: [...names.values()],
		related,
		lines,
		warnings
	};
}

/** Reads a plan from plain or pasted text (see blocksFromText). */
export function importPlanText(text: string, options: ImportOptions = {}): ImportedPlan {
	return importPlan(blocksFromText(text), options);
}
