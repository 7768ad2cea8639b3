import * as Y from 'yjs';
import type { Deadline } from '../plan/deadline.ts';
import type { PlanSection } from '../plan/content.events.ts';

/*
 * The layout of a plan's Y.Doc (README, Architecture). Five root types, so that no client ever replaces another's
 * container by creating it concurrently:
 *
 *   plan       Y.Map    title, purpose, organisation: Y.Text
 *   groups     Y.Map    groupId → Y.Map { code: string, title: Y.Text }
 *   groupOrder Y.Array  groupIds in plan order
 *   tasks      Y.Map    taskId → Y.Map { groupId, code, content: Y.Text, leadUnitId, coordinatorUnitIds,
 *                       deadline, output, difficulties, extensionRequest } (all but content plain values)
 *   taskOrder  Y.Map    groupId (or UNGROUPED_KEY) → Y.Array of taskIds in group order
 *
 * Tasks are keyed by stable id; order lives only in the order arrays. A task's `groupId` says which group
 * it is in; the arrays only say where. Plan status is not in the document: lifecycle is events.
 */

/** Root Y.Map of the plan-level texts. */
export const PLAN_MAP = 'plan';
/** Root Y.Map of task groups by id. */
export const GROUPS_MAP = 'groups';
/** Root Y.Array of group ids in order. */
export const GROUP_ORDER_ARRAY = 'groupOrder';
/** Root Y.Map of tasks by id. */
export const TASKS_MAP = 'tasks';
/** Root Y.Map of per-group task order arrays. */
export const TASK_ORDER_MAP = 'taskOrder';
/** The taskOrder key of the tasks outside any group; never a valid group id. */
export const UNGROUPED_KEY = '(ungrouped)';

/** The plan-level texts, each a Y.Text under the same key of the plan map. */
export const PLAN_SECTIONS = ['title', 'purpose', 'organisation'] as const satisfies readonly PlanSection[];

/** A task group (heading of section II) as plain data. */
export interface PlanDocumentGroup {
	id: string;
	code: string;
	title: string;
}

/** A task as plain data; `index` is its place within its group (or among the ungrouped tasks). */
export interface PlanDocumentTask {
	id: string;
	groupId: string | null;
	index: number;
	code: string;
	content: string;
	leadUnitId: string | null;
	coordinatorUnitIds: string[];
	deadline: Deadline | null;
	output: string | null;
	difficulties: string | null;
	extensionRequest: string | null;
}

/** A plan document as plain JSON: groups in order, tasks by group (groups in order, then ungrouped). */
export interface PlanDocumentSnapshot {
	title: string;
	purpose: string;
	organisation: string;
	groups: PlanDocumentGroup[];
	tasks: PlanDocumentTask[];
}

/** The root types of a plan document. */
export interface PlanDocumentRoots {
	plan: Y.Map<unknown>;
	groups: Y.Map<unknown>;
	groupOrder: Y.Array<unknown>;
	tasks: Y.Map<unknown>;
	taskOrder: Y.Map<unknown>;
}

/** The root types of a plan document, typed loosely because any client may have written anything. */
export function planDocumentRoots(doc: Y.Doc): PlanDocumentRoots {
	return {
		plan: doc.getMap<unknown>(PLAN_MAP),
		groups: doc.getMap<unknown>(GROUPS_MAP),
		groupOrder: doc.getArray<unknown>(GROUP_ORDER_ARRAY),
		tasks: doc.getMap<unknown>(TASKS_MAP),
		taskOrder: doc.getMap<unknown>(TASK_ORDER_MAP)
	};
}

/** The taskOrder key of a group id (null: ungrouped). */
export function taskOrderKey(groupId: string | null): string {
	return groupId ?? UNGROUPED_KEY;
}

/** A snapshot of a plan with nothing written yet. */
export function emptyPlanSnapshot(title = ''): PlanDocumentSnapshot {
	return { title, purpose: '', organisation: '', groups: [], tasks: [] };
}

/** A new task's Y.Map, ready to be put in the tasks map. */
export function taskToYMap(task: Omit<PlanDocumentTask, 'id' | 'index'>): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	map.set('groupId', task.groupId);
	map.set('code', task.code);
	map.set('content', new Y.Text(task.content));
	map.set('leadUnitId', task.leadUnitId);
	map.set('coordinatorUnitIds', [...task.coordinatorUnitIds]);
	map.set('deadline', task.deadline === null ? null : structuredClone(task.deadline));
	map.set('output', task.output);
	map.set('difficulties', task.difficulties);
	map.set('extensionRequest', task.extensionRequest);
	return map;
}

/** A new group's Y.Map, ready to be put in the groups map. */
export function groupToYMap(group: Omit<PlanDocumentGroup, 'id'>): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	map.set('code', group.code);
	map.set('title', new Y.Text(group.title));
	return map;
}

/** Tasks grouped by taskOrder key, each list sorted by `index` (ties keep array order). */
export function tasksByGroup(snapshot: Pick<PlanDocumentSnapshot, 'tasks'>): Map<string, PlanDocumentTask[]> {
	const byGroup = new Map<string, PlanDocumentTask[]>();
	for (const task of snapshot.tasks) {
		const key = taskOrderKey(task.groupId);
		const list = byGroup.get(key) ?? [];
		list.push(task);
		byGroup.set(key, list);
	}
	for (const list of byGroup.values()) list.sort((a, b) => a.index - b.index);
	return byGroup;
}

/**
 * Replaces everything in the document with the snapshot, in one transaction. Tasks naming a group the
 * snapshot does not have are written ungrouped; the snapshot's `index` orders tasks within a group.
 */
export function writeSnapshot(doc: Y.Doc, snapshot: PlanDocumentSnapshot, origin?: unknown): void {
	doc.transact(() => {
		// inside: creating a root array on a fresh doc opens a transaction of its own
		const roots = planDocumentRoots(doc);
		for (const map of [roots.plan, roots.groups, roots.tasks, roots.taskOrder]) {
			for (const key of [...map.keys()]) map.delete(key);
		}
		roots.groupOrder.delete(0, roots.groupOrder.length);

		for (const section of PLAN_SECTIONS) roots.plan.set(section, new Y.Text(snapshot[section]));
		const groupIds = new Set<string>();
		for (const group of snapshot.groups) {
			if (groupIds.has(group.id) || group.id === UNGROUPED_KEY) continue;
			groupIds.add(group.id);
			roots.groups.set(group.id, groupToYMap(group));
		}
		roots.groupOrder.push([...groupIds]);

		const tasks = snapshot.tasks.map((task) =>
			task.groupId === null || groupIds.has(task.groupId) ? task : { ...task, groupId: null }
		);
		const byGroup = tasksByGroup({ tasks });
		for (const key of [...groupIds, UNGROUPED_KEY]) {
			const ids: string[] = [];
			for (const task of byGroup.get(key) ?? []) {
				if (roots.tasks.has(task.id)) continue;
				roots.tasks.set(task.id, taskToYMap(task));
				ids.push(task.id);
			}
			roots.taskOrder.set(key, Y.Array.from(ids));
		}
	}, origin);
}

/** A new Y.Doc holding the snapshot: how the server starts a plan's document. */
export function createPlanDocument(snapshot: PlanDocumentSnapshot, origin?: unknown): Y.Doc {
	const doc = new Y.Doc();
	writeSnapshot(doc, snapshot, origin);
	return doc;
}
