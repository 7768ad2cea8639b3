import type { Unit } from '../unit/unit.ts';
import {
	bodiesInList,
	leadUnderHeading,
	readAssignment,
	readSubject,
	runOnSubject,
	trimBody,
	type Assignment
} from './assignment.ts';
import { assignsNothing, startsWithAction } from './narrative.ts';
import { blocksFromText, linesOfBlocks } from './blocks.ts';
import { deadlineOf, isOpenDeadline } from './deadline-text.ts';
import { trailingFields, type TaskFields } from './fields.ts';
import { isOrdinalKind } from './outline.ts';
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
import { cleanText, fold } from './text.ts';
import type { ImportBlock, ImportedPlan, ImportedSection, ImportedTask, ImportedUnitName } from './types.ts';
import { guessUnitKind, matchUnitName, shortUnitName } from './unit-names.ts';
import {
	ancestorFields,
	BODY_END,
	buildOutline,
	headingLike,
	sentenceOverItems,
	withoutUnitLabel,
	type Node
} from './outline-tree.ts';

/** Options of the importer: the known units that names are matched against. */
export interface ImportOptions {
	units?: readonly Unit[];
}

const TASK_SECTION = /nhiem vu|giai phap|noi dung|cong viec|nhung viec|chuong trinh hanh dong|phan cong/;
const PURPOSE_SECTION = /muc dich|yeu cau|muc tieu|quan diem|chi tieu/;
const ORGANISATION_SECTION = /to chuc thuc hien|trach nhiem|phan cong thuc hien/;
// sections that describe a meeting or a course of study rather than tasks: 'NỘI DUNG, HÌNH THỨC'
const STUDY_SECTION = /hinh thuc|thanh phan(?:,| tham du| du hoc)|dia diem/;
const APPENDIX_POINTER = /(?:tại|theo|ở)\s+(?:các\s+)?phụ lục\b/iu;

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

	const { root, tableAnchor } = buildOutline(blocks, headerEnd);

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
