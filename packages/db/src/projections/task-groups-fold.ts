import type { StoredEvent } from '@trienkhai/domain';
import { clampIndex } from './task-places.ts';
import { listOf, removeFrom, taskList, type TasksState } from './tasks-state.ts';

export type GroupEvent = Extract<StoredEvent, { type: `TaskGroup${string}` }>;

/** Folds one task-group event into memory, as task-groups.ts applies it in SQL; whether it changed the plan's groups. */
export function foldGroupEvent(state: TasksState, event: GroupEvent): boolean {
	const { planId } = event;
	const ids = listOf(state.groupLists, planId);
	switch (event.type) {
		case 'TaskGroupCreated': {
			const { groupId, code, title, index } = event.data;
			if (state.groups.has(groupId)) return false;
			state.groups.set(groupId, { id: groupId, plan_id: planId, code, title });
			ids.splice(clampIndex(index, ids.length), 0, groupId);
			return true;
		}
		case 'TaskGroupChanged': {
			const group = state.groups.get(event.data.groupId);
			if (group?.plan_id !== planId) return false;
			if (event.data.field === 'code') group.code = event.data.to;
			else group.title = event.data.to;
			return true;
		}
		case 'TaskGroupMoved': {
			const { groupId, to } = event.data;
			if (state.groups.get(groupId)?.plan_id !== planId) return false;
			removeFrom(ids, groupId);
			ids.splice(clampIndex(to, ids.length), 0, groupId);
			return true;
		}
		case 'TaskGroupDeleted': {
			const { groupId } = event.data;
			if (state.groups.get(groupId)?.plan_id !== planId || taskList(state, planId, groupId).length > 0) {
				return false;
			}
			state.groups.delete(groupId);
			removeFrom(ids, groupId);
			return true;
		}
		default:
			return false;
	}
}
