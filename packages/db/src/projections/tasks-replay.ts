import type { StoredEvent } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { insertRows } from './bulk-insert.ts';
import { stampPlan, type PlansState } from './plans-replay.ts';
import type { FoldedReplay } from './projection.ts';
import { foldTaskEvent } from './tasks-replay-fold.ts';
import { emptyTasksState, type TasksState } from './tasks-state.ts';

/** The folded replay of the task projection; it stamps the plans' versions in the plans projection's state. */
export function tasksReplay(handles: ReadonlySet<string>): FoldedReplay<TasksState> {
	return {
		start: emptyTasksState,
		fold(state, event, _context, earlier) {
			if (!handles.has(event.type) || !foldTaskEvent(state, event as StoredEvent)) return;
			stampPlan(earlier.get('plans') as PlansState, event);
		},
		write: writeTasks
	};
}

async function writeTasks(trx: Kysely<Schema>, state: TasksState): Promise<void> {
	const groups = [...state.groupLists.values()].flatMap((ids) =>
		ids.map((id, position) => ({ ...state.groups.get(id)!, position }))
	);
	await insertRows(trx, 'task_groups', groups);
	const tasks = [...state.lists.values()].flatMap((ids) =>
		ids.map((id, position) => {
			const task = state.tasks.get(id)!;
			// a deadline changed by a field event is held as its JSON text (deadlineColumns)
			const deadline: unknown = typeof task.deadline === 'string' ? JSON.parse(task.deadline) : task.deadline;
			return { ...task, deadline, position };
		})
	);
	await insertRows(trx, 'tasks', tasks);
	const coordinators = [...state.coordinators].flatMap(([taskId, units]) =>
		units.map((unitId, position) => ({ task_id: taskId, unit_id: unitId, position }))
	);
	await insertRows(trx, 'task_coordinators', coordinators);
	const contributions = [...state.contributions].flatMap(([taskId, notes]) =>
		[...notes].map(([unitId, note]) => ({ task_id: taskId, unit_id: unitId, note }))
	);
	await insertRows(trx, 'task_contributions', contributions);
}
