import * as Y from 'yjs';
import type { PlanSection, TaskFieldValues } from '../plan/content.events.ts';
import {
	UNGROUPED_KEY,
	groupToYMap,
	planDocumentRoots,
	taskOrderKey,
	taskToYMap,
	type PlanDocumentGroup,
	type PlanDocumentRoots,
	type PlanDocumentTask
} from './plan-document.ts';

/*
 * Small editing operations on a plan document, each one transaction, as a client makes them. They return
 * false when what they name is not there (deleted by someone else meanwhile), never throw for it.
 */

/** What a new task needs; every field but id, groupId and code defaults to empty. */
export type NewTask = Pick<PlanDocumentTask, 'id' | 'groupId' | 'code'> &
	Partial<Omit<PlanDocumentTask, 'id' | 'groupId' | 'code' | 'index'>>;

function clampIndex(index: number | undefined, length: number): number {
	if (index === undefined || !Number.isInteger(index)) return length;
	return Math.max(0, Math.min(index, length));
}

function map(value: unknown): Y.Map<unknown> | null {
	return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/** The order array of a group, created when missing (a document written by an older or hostile client). */
function orderArray(roots: PlanDocumentRoots, groupId: string | null): Y.Array<unknown> {
	const key = taskOrderKey(groupId);
	const existing = roots.taskOrder.get(key);
	if (existing instanceof Y.Array) return existing as Y.Array<unknown>;
	const array = new Y.Array<unknown>();
	roots.taskOrder.set(key, array);
	return array;
}

function removeAll(array: Y.Array<unknown>, id: string): void {
	for (let i = array.length - 1; i >= 0; i--) if (array.get(i) === id) array.delete(i, 1);
}

/**
 * Makes a Y.Text read `next` by deleting and inserting only the changed middle, so that concurrent
 * typing elsewhere in the text survives.
 */
export function replaceText(text: Y.Text, next: string): void {
	const prev = text.toJSON();
	if (prev === next) return;
	let start = 0;
	while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
	let end = 0;
	while (
		end < prev.length - start &&
		end < next.length - start &&
		prev[prev.length - 1 - end] === next[next.length - 1 - end]
	) {
		end++;
	}
	// never cut a surrogate pair (an emoji) in two
	if (start > 0 && isHighSurrogate(prev.charCodeAt(start - 1))) start--;
	if (end > 0 && isLowSurrogate(prev.charCodeAt(prev.length - end))) end--;
	const edit = (): void => {
		if (prev.length - start - end > 0) text.delete(start, prev.length - start - end);
		if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
	};
	if (text.doc === null) edit();
	else text.doc.transact(edit);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The Y.Text of a plan-level section, for binding an editor; created when missing. */
export function planSectionText(doc: Y.Doc, section: PlanSection): Y.Text {
	const { plan } = planDocumentRoots(doc);
	const existing = plan.get(section);
	if (existing instanceof Y.Text) return existing;
	const text = new Y.Text(typeof existing === 'string' ? existing : '');
	plan.set(section, text);
	return text;
}

/** Sets a plan-level section's text. */
export function setPlanSection(doc: Y.Doc, section: PlanSection, value: string): void {
	doc.transact(() => replaceText(planSectionText(doc, section), value));
}

/** Adds a group at `atIndex` among the groups (default: last), with its empty task order. */
export function addGroup(doc: Y.Doc, group: PlanDocumentGroup, atIndex?: number): boolean {
	const roots = planDocumentRoots(doc);
	if (roots.groups.has(group.id) || group.id === UNGROUPED_KEY) return false;
	doc.transact(() => {
		roots.groups.set(group.id, groupToYMap(group));
		roots.groupOrder.insert(clampIndex(atIndex, roots.groupOrder.length), [group.id]);
		roots.taskOrder.set(group.id, new Y.Array());
	});
	return true;
}

/** Changes a group's code or title. */
export function setGroupField(doc: Y.Doc, groupId: string, field: 'code' | 'title', value: string): boolean {
	const group = map(planDocumentRoots(doc).groups.get(groupId));
	if (group === null) return false;
	doc.transact(() => {
		const title = group.get('title');
		if (field === 'code') group.set('code', value);
		else if (title instanceof Y.Text) replaceText(title, value);
		else group.set('title', new Y.Text(value));
	});
	return true;
}

/** Moves a group to `toIndex` among the groups. */
export function moveGroup(doc: Y.Doc, groupId: string, toIndex: number): boolean {
	const { groupOrder } = planDocumentRoots(doc);
	if (!groupOrder.toArray().includes(groupId)) return false;
	doc.transact(() => {
		removeAll(groupOrder, groupId);
		groupOrder.insert(clampIndex(toIndex, groupOrder.length), [groupId]);
	});
	return true;
}

/** Deletes a group together with the tasks in it. */
export function deleteGroup(doc: Y.Doc, groupId: string): boolean {
	const roots = planDocumentRoots(doc);
	if (!roots.groups.has(groupId)) return false;
	doc.transact(() => {
		for (const [id, value] of [...roots.tasks.entries()]) {
			if (map(value)?.get('groupId') === groupId) roots.tasks.delete(id);
		}
		roots.groups.delete(groupId);
		roots.taskOrder.delete(groupId);
		removeAll(roots.groupOrder, groupId);
	});
	return true;
}

/** Adds a task at `atIndex` within its group (default: last). */
export function addTask(doc: Y.Doc, task: NewTask, atIndex?: number): boolean {
	const roots = planDocumentRoots(doc);
	if (roots.tasks.has(task.id)) return false;
	if (task.groupId !== null && !roots.groups.has(task.groupId)) return false;
	doc.transact(() => {
		roots.tasks.set(
			task.id,
			taskToYMap({
				groupId: task.groupId,
				code: task.code,
				content: task.content ?? '',
				leadUnitId: task.leadUnitId ?? null,
				coordinatorUnitIds: task.coordinatorUnitIds ?? [],
				deadline: task.deadline ?? null,
				output: task.output ?? null,
				difficulties: task.difficulties ?? null,
				extensionRequest: task.extensionRequest ?? null
			})
		);
		const order = orderArray(roots, task.groupId);
		order.insert(clampIndex(atIndex, order.length), [task.id]);
	});
	return true;
}

/** Deletes a task. */
export function deleteTask(doc: Y.Doc, taskId: string): boolean {
	const roots = planDocumentRoots(doc);
	const task = map(roots.tasks.get(taskId));
	if (task === null) return false;
	doc.transact(() => {
		roots.tasks.delete(taskId);
		for (const order of roots.taskOrder.values()) if (order instanceof Y.Array) removeAll(order, taskId);
	});
	return true;
}

/** Moves a task to `toIndex` within a group (null: ungrouped), its own or another. */
export function moveTask(doc: Y.Doc, taskId: string, toGroupId: string | null, toIndex: number): boolean {
	const roots = planDocumentRoots(doc);
	const task = map(roots.tasks.get(taskId));
	if (task === null || (toGroupId !== null && !roots.groups.has(toGroupId))) return false;
	doc.transact(() => {
		for (const order of roots.taskOrder.values()) if (order instanceof Y.Array) removeAll(order, taskId);
		task.set('groupId', toGroupId);
		const order = orderArray(roots, toGroupId);
		order.insert(clampIndex(toIndex, order.length), [taskId]);
	});
	return true;
}

/** Sets one plain field of a task (lead, coordinators, deadline, output, …). */
export function setTaskField<F extends keyof TaskFieldValues>(
	doc: Y.Doc,
	taskId: string,
	field: F,
	value: TaskFieldValues[F]
): boolean {
	const task = map(planDocumentRoots(doc).tasks.get(taskId));
	if (task === null) return false;
	const plain: unknown = value === null ? null : structuredClone(value);
	doc.transact(() => task.set(field, plain));
	return true;
}

/** The Y.Text of a task's content, for binding an editor; null when the task is gone. */
export function taskContentText(doc: Y.Doc, taskId: string): Y.Text | null {
	const task = map(planDocumentRoots(doc).tasks.get(taskId));
	if (task === null) return null;
	const existing = task.get('content');
	if (existing instanceof Y.Text) return existing;
	const text = new Y.Text(typeof existing === 'string' ? existing : '');
	task.set('content', text);
	return text;
}

/** Sets a task's content text (a minimal edit, so concurrent typing merges). */
export function setTaskContent(doc: Y.Doc, taskId: string, value: string): boolean {
	const text = taskContentText(doc, taskId);
	if (text === null) return false;
	replaceText(text, value);
	return true;
}
