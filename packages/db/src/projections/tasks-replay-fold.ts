import type { StoredEvent } from '@trienkhai/domain';
import { isColumnEvent, taskColumns } from './task-columns.ts';
import { clampIndex } from './task-places.ts';
import { newTaskRow } from './task-structure.ts';
import { foldGroupEvent, type GroupEvent } from './task-groups-fold.ts';
import { groupOk, planTask, removeFrom, taskList, type TasksState } from './tasks-state.ts';

type Event<T extends StoredEvent['type']> = Extract<StoredEvent, { type: T }>;

/**
 * Folds one event of the task projection into memory, as tasks.ts, task-structure.ts and task-groups.ts
 * apply it in SQL (the column changes through the same taskColumns); whether it changed the plan's tasks.
 */
export function foldTaskEvent(state: TasksState, event: StoredEvent): boolean {
	if (event.type.startsWith('TaskGroup')) return foldGroupEvent(state, event as GroupEvent);
	if (event.taskId === null) return false;
	if (isColumnEvent(event)) return foldColumns(state, event);
	switch (event.type) {
		case 'TaskCreated':
			return createTask(state, event);
		case 'TaskDeleted':
			return deleteTask(state, event);
		case 'TaskMoved':
			return moveTask(state, event);
		case 'TaskFieldChanged':
			// coordinators: the other fields are column events
			if (!touch(state, event)) return false;
			state.coordinators.set(event.taskId, [...new Set(event.data.to as string[])]);
			return true;
		case 'TaskContributionNoted':
			return noteContribution(state, event);
		default:
			return false;
	}
}

/** Sets a task's version and time; whether the plan has the task. */
function touch(state: TasksState, event: StoredEvent): boolean {
	const task = planTask(state, event.planId, event.taskId);
	if (!task) return false;
	task.version = event.seq;
	task.updated_at = event.occurredAt;
	return true;
}

function foldColumns(state: TasksState, event: StoredEvent): boolean {
	const task = planTask(state, event.planId, event.taskId);
	const set = task
		? taskColumns(event, { planId: task.plan_id, code: task.code, content: task.content })
		: null;
	if (!task || !set) return false;
	Object.assign(task, set, { version: event.seq, updated_at: event.occurredAt });
	return true;
}

function createTask(state: TasksState, event: Event<'TaskCreated'>): boolean {
	const groupId = event.data.groupId ?? null;
	if (state.tasks.has(event.taskId!) || !groupOk(state, event.planId, groupId)) return false;
	const row = newTaskRow(event);
	state.tasks.set(event.taskId!, {
		...row,
		id: event.taskId!,
		paused_from: null,
		result_report: null,
		difficulties: null,
		extension_request: null
	});
	const ids = taskList(state, event.planId, groupId);
	ids.splice(clampIndex(event.data.index, ids.length), 0, event.taskId!);
	const coordinators = [...new Set(event.data.coordinatorUnitIds)];
	if (coordinators.length > 0) state.coordinators.set(event.taskId!, coordinators);
	return true;
}

function deleteTask(state: TasksState, event: Event<'TaskDeleted'>): boolean {
	const task = planTask(state, event.planId, event.taskId);
	if (!task) return false;
	state.tasks.delete(task.id);
	removeFrom(taskList(state, task.plan_id, task.group_id), task.id);
	state.coordinators.delete(task.id);
	state.contributions.delete(task.id);
	return true;
}

function moveTask(state: TasksState, event: Event<'TaskMoved'>): boolean {
	const to = event.data.toGroupId ?? null;
	const task = planTask(state, event.planId, event.taskId);
	if (!task || !groupOk(state, event.planId, to)) return false;
	removeFrom(taskList(state, task.plan_id, task.group_id), task.id);
	const ids = taskList(state, task.plan_id, to);
	ids.splice(clampIndex(event.data.toIndex, ids.length), 0, task.id);
	Object.assign(task, { group_id: to, version: event.seq, updated_at: event.occurredAt });
	return true;
}

function noteContribution(state: TasksState, event: Event<'TaskContributionNoted'>): boolean {
	if (!touch(state, event)) return false;
	const { unitId, to } = event.data;
	const notes = state.contributions.get(event.taskId!) ?? new Map<string, string>();
	if (to === null || to === '') notes.delete(unitId);
	else notes.set(unitId, to);
	state.contributions.set(event.taskId!, notes);
	return true;
}
