import type { newTaskRow } from './task-structure.ts';

/* What the folded replay of the task projection holds: the rows of its tables, places as ordered lists. */

/** A task's row as the folded replay holds it (its position is its place in its list). */
export type TaskRow = Omit<ReturnType<typeof newTaskRow>, 'id'> & { id: string } & Record<string, unknown>;

/** A task group's row, its position left to its plan's list. */
export interface GroupRow {
	id: string;
	plan_id: string;
	code: string;
	title: string;
}

export interface TasksState {
	tasks: Map<string, TaskRow>;
	/** Task ids in place order, by plan and group (listKey). */
	lists: Map<string, string[]>;
	groups: Map<string, GroupRow>;
	/** Group ids in place order, by plan. */
	groupLists: Map<string, string[]>;
	/** Coordinating units in order, by task id. */
	coordinators: Map<string, string[]>;
	/** Contribution notes by unit, by task id. */
	contributions: Map<string, Map<string, string>>;
}

export function emptyTasksState(): TasksState {
	return {
		tasks: new Map(),
		lists: new Map(),
		groups: new Map(),
		groupLists: new Map(),
		coordinators: new Map(),
		contributions: new Map()
	};
}

const listKey = (planId: string, groupId: string | null) => `${planId}\u0000${groupId ?? ''}`;

/** The ordered ids of a list (created empty when it is not there yet). */
export function listOf(lists: Map<string, string[]>, key: string): string[] {
	let ids = lists.get(key);
	if (!ids) lists.set(key, (ids = []));
	return ids;
}

/** A plan's tasks in a group (or in none), in place order. */
export function taskList(state: TasksState, planId: string, groupId: string | null): string[] {
	return listOf(state.lists, listKey(planId, groupId));
}

/** Takes an id out of an ordered list. */
export function removeFrom(ids: string[], id: string): void {
	const at = ids.indexOf(id);
	if (at >= 0) ids.splice(at, 1);
}

/** Whether tasks of the plan can go in the group: none (null), or one of the plan's groups. */
export function groupOk(state: TasksState, planId: string, groupId: string | null): boolean {
	return groupId === null || state.groups.get(groupId)?.plan_id === planId;
}

/** A task of the plan (a task id names one task across plans). */
export function planTask(state: TasksState, planId: string, taskId: string | null): TaskRow | undefined {
	const task = taskId === null ? undefined : state.tasks.get(taskId);
	return task?.plan_id === planId ? task : undefined;
}
