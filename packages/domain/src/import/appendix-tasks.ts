import { bodiesInList, readAssignment } from './assignment.ts';
import type { DeadlineContext } from './deadline-text.ts';
import { isGroupNumber, readTaskTable } from './table-tasks.ts';
import { contentAndDeadline, unique } from './task-text.ts';
import { cleanText, fold, isCapitals } from './text.ts';
import type { ImportBlock, ImportedPlan, ImportedTask } from './types.ts';

/** Where a table in the body sits: the heading its rows belong to and that heading's group. */
export interface TableAnchor {
	code: string;
	groupCode: string;
}

/** A task's wording for telling a row that repeats it: folded, its punctuation dropped. */
export function repeatKey(content: string): string {
	return fold(content)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * A row repeating a task of the body ('Danh mục các nhiệm vụ trọng tâm' listing the tasks of section III
 * again with their leads and times): the body's task takes what the row adds, a lead, coordinators, a deadline.
 */
function completeFromRow(task: ImportedTask, row: ImportedTask): void {
	if (task.lead === null && row.lead !== null) {
		task.lead = row.lead;
		if (task.coordinators.length === 0) task.coordinators = row.coordinators;
	}
	if (task.deadline === null) task.deadline = row.deadline;
}

/**
 * The tasks of the plan's task tables ('PHỤ LỤC … | TT | Nội dung | Cơ quan chủ trì | …'): group rows
 * (a spanning title, 'I.', 'A.', '1' above '1.1') become groups, rows naming no lead take their group's,
 * a cell's text wrapped onto the next row joins its task, and a row repeating a task of the body completes it.
 * Codes: 'PL.<group>.<TT>', 'PL2.' for a second table, '<heading>.<TT>' for a table under a body heading.
 */
export function appendixTasks(
	blocks: readonly ImportBlock[],
	bodyTasks: ReadonlyMap<string, ImportedTask>,
	context: DeadlineContext,
	anchorOf: (block: ImportBlock) => TableAnchor | undefined
): { tasks: ImportedTask[]; groups: ImportedPlan['groups'] } {
	const tasks: ImportedTask[] = [];
	const groups: ImportedPlan['groups'] = [];
	let tableNumber = 0;
	for (const block of blocks) {
		if (block.kind !== 'table') continue;
		const rows = readTaskTable(block.rows);
		if (rows === null || rows.length === 0) continue;
		const anchor = anchorOf(block);
		if (anchor === undefined) tableNumber += 1;
		const prefix = anchor?.code ?? (tableNumber === 1 ? 'PL' : `PL${tableNumber}`);
		// a group row is listed once a task under it is kept
		let group: {
			code: string;
			number: string;
			title: string;
			line: number;
			listed: boolean;
			/** A lead written on the group row: the rows under it that name none are its. */
			lead: string;
			coordinators: string;
		} | null = null;
		let ordinal = 0;
		let groupCount = 0;
		let previous: ImportedTask | null = null;
		for (const [r, row] of rows.entries()) {
			const v = row.values;
			const line = block.line + row.index;
			let number = v.number === v.content ? '' : v.number.replace(/[.)]$/, '').trim();
			let heading = v.content;
			// a spanning group row carries its own label: 'A. TUYÊN TRUYỀN', 'II. Phát triển hạ tầng số'
			const groupLabel = /^([IVXL]{1,5}|[A-ZĐ])[.)]\s+(.+)$/su.exec(v.content);
			if (
				number === '' &&
				groupLabel?.[1] !== undefined &&
				groupLabel[2] !== undefined &&
				isGroupNumber(groupLabel[1])
			) {
				number = groupLabel[1];
				heading = groupLabel[2];
			}
			// a cell's text wrapped onto the next row of a text export: '| | quỹ đất sạch trên Cổng … | | |'
			const wrapped =
				v.number === '' &&
				previous !== null &&
				v.lead === '' &&
				v.deadline === '' &&
				(/^\p{Ll}/u.test(v.content) || (!row.spansWidth && !isCapitals(v.content)));
			if (wrapped && previous !== null) {
				const join = (a: string, b: string): string => (b === '' ? a : a === '' ? b : `${a} ${b}`);
				previous.content = join(previous.content, cleanText(v.content));
				if (v.output !== '') previous.output = join(previous.output ?? '', cleanText(v.output));
				if (v.coordinators !== '')
					previous.coordinators = unique(
						[...previous.coordinators, ...bodiesInList(v.coordinators)],
						previous.lead
					);
				continue;
			}
			// '1 | Hoàn thiện thể chế' above '1.1 | …', '1.2 | …': a numbered group
			const nextNumber = rows[r + 1]?.values.number.trim() ?? '';
			const numberedGroup =
				/^\d{1,2}$/.test(number) &&
				nextNumber.startsWith(`${number}.`) &&
				/\d$/.test(nextNumber) &&
				v.deadline === '' &&
				v.output === '';
			const isGroup =
				numberedGroup ||
				(number !== '' && isGroupNumber(number)) ||
				(row.spansWidth && v.content !== '') ||
				(number === '' &&
					v.lead === '' &&
					v.deadline === '' &&
					v.output === '' &&
					v.coordinators === '' &&
					isCapitals(v.content));
			if (isGroup) {
				groupCount += 1;
				const code = `${prefix}.${number === '' ? String(groupCount) : number}`;
				group = {
					code,
					number,
					title: cleanText(heading.replace(/\n/g, ' ')),
					line,
					listed: false,
					lead: v.lead,
					coordinators: v.coordinators
				};
				ordinal = 0;
				continue;
			}
			if (
				number === '' &&
				previous !== null &&
				v.lead === '' &&
				v.deadline === '' &&
				v.output === '' &&
				v.coordinators === ''
			) {
				previous.content += `\n${cleanText(v.content)}`;
				continue;
			}
			if (v.content === '') continue;
			// an appendix that repeats a task already read from the body adds only its lead and time
			const repeated = bodyTasks.get(repeatKey(v.content));
			if (repeated === undefined) ordinal += 1;
			const label = number === '' ? String(ordinal) : number;
			const content = v.content
				.split('\n')
				.map(cleanText)
				.filter((t) => t !== '')
				.join('\n');
			const cellLeads = bodiesInList(v.lead);
			const own = cellLeads.length === 0 ? readAssignment(content) : null;
			// a row naming no lead under a group row that names one
			const fromGroup = cellLeads.length === 0 && own?.lead == null ? bodiesInList(group?.lead ?? '') : [];
			const leads = cellLeads.length > 0 ? cellLeads : fromGroup;
			const coordinatorCell =
				v.coordinators === '' && fromGroup.length > 0 ? (group?.coordinators ?? '') : v.coordinators;
			const lead = leads[0] ?? own?.lead ?? null;
			const cell = contentAndDeadline(
				content,
				v.deadline === '' ? undefined : v.deadline.replace(/\n/g, ' '),
				context
			);
			const task: ImportedTask = {
				// '1.1' under group '1' already carries its group's number
				code:
					group !== null && label.startsWith(`${group.number}.`)
						? `${prefix}.${label}`
						: `${group?.code ?? prefix}.${label}`,
				groupCode: group?.code ?? anchor?.groupCode ?? null,
				content: cell.content,
				lead,
				leadUnitId: null,
				coordinators: unique(
					[...leads.slice(1), ...bodiesInList(coordinatorCell), ...(own?.coordinators ?? [])],
					lead
				),
				coordinatorUnitIds: [],
				deadline: cell.deadline,
				output: v.output === '' ? null : cleanText(v.output.replace(/\n/g, '; ')),
				source: { line, endLine: line }
			};
			if (repeated !== undefined) {
				completeFromRow(repeated, task);
				continue;
			}
			tasks.push(task);
			previous = task;
			if (group !== null && !group.listed) {
				groups.push({ code: group.code, title: group.title, line: group.line });
				group.listed = true;
			}
		}
	}
	return { tasks, groups };
}
