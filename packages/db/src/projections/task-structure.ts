import { foldVietnamese, type StoredEvent } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { deadlineColumns } from './task-columns.ts';
import { applyGroupEvent, type GroupEvent } from './task-groups.ts';
import { clamp, readTarget, shiftTasks } from './task-places.ts';

type Event<T extends StoredEvent['type']> = Extract<StoredEvent, { type: T }>;

/**
 * Applies one structural event of the task projection (groups, creation, deletion, moves, coordinators,
 * contributions) statement by statement; whether it changed the plan's tasks.
 */
export async function applyStructural(db: Kysely<Schema>, event: StoredEvent): Promise<boolean> {
	if (event.type.startsWith('TaskGroup')) return applyGroupEvent(db, event as GroupEvent);
	if (event.taskId === null) return false;
	switch (event.type) {
		case 'TaskCreated':
			return createTask(db, event);
		case 'TaskDeleted':
			return deleteTask(db, event);
		case 'TaskMoved':
			return moveTask(db, event);
		case 'TaskFieldChanged':
			// the other fields are column events (see task-columns.ts)
			if (event.data.field !== 'coordinatorUnitIds' || !(await touchTask(db, event))) return false;
			await setCoordinators(db, event.taskId, event.data.to);
			return true;
		case 'TaskContributionNoted':
			if (!(await touchTask(db, event))) return false;
			await noteContribution(db, event.taskId, event.data.unitId, event.data.to);
			return true;
		default:
			return false;
	}
}

/** Sets a task's version and time (and more columns); whether the plan has the task. */
async function touchTask(db: Kysely<Schema>, event: StoredEvent, set: Record<string, unknown> = {}) {
	const result = await db
		.updateTable('tasks')
		.set({ ...set, version: event.seq, updated_at: event.occurredAt })
		.where('id', '=', event.taskId!)
		.where('plan_id', '=', event.planId)
		.executeTakeFirst();
	return (result.numUpdatedRows ?? 0n) > 0n;
}

async function createTask(db: Kysely<Schema>, event: Event<'TaskCreated'>): Promise<boolean> {
	const { planId, data: d } = event;
	const taskId = event.taskId!;
	const target = await readTarget(db, planId, d.groupId, taskId);
	if (target.taken || !target.groupOk) return false;
	const position = clamp(d.index, target.count);
	if (position < target.count) await shiftTasks(db, planId, d.groupId, position, 1);
	await db
		.insertInto('tasks')
		.values({
			id: taskId,
			plan_id: planId,
			group_id: d.groupId,
			code: d.code,
			position,
			content: d.content,
			lead_unit_id: d.leadUnitId,
			output: d.output,
			...deadlineColumns(d.deadline),
			status: 'assigned',
			progress: 0,
			completed_on: null,
			version: event.seq,
			search_text: foldVietnamese(`${d.code} ${d.content}`),
			updated_at: event.occurredAt
		})
		.execute();
	await insertCoordinators(db, taskId, d.coordinatorUnitIds);
	return true;
}

async function deleteTask(db: Kysely<Schema>, event: Event<'TaskDeleted'>): Promise<boolean> {
	const place = await db
		.deleteFrom('tasks')
		.where('id', '=', event.taskId!)
		.where('plan_id', '=', event.planId)
		.returning(['group_id', 'position'])
		.executeTakeFirst();
	if (!place) return false;
	await shiftTasks(db, event.planId, place.group_id, place.position + 1, -1);
	return true;
}

async function moveTask(db: Kysely<Schema>, event: Event<'TaskMoved'>): Promise<boolean> {
	const { planId } = event;
	const taskId = event.taskId!;
	const to = event.data.toGroupId;
	const { place, groupOk, count } = await readTarget(db, planId, to, taskId);
	if (!place || !groupOk) return false;
	await shiftTasks(db, planId, place.groupId, place.position + 1, -1, taskId);
	const position = clamp(event.data.toIndex, count);
	await shiftTasks(db, planId, to, position, 1, taskId);
	return touchTask(db, event, { group_id: to, position });
}

async function setCoordinators(db: Kysely<Schema>, taskId: string, unitIds: readonly string[]) {
	await db.deleteFrom('task_coordinators').where('task_id', '=', taskId).execute();
	await insertCoordinators(db, taskId, unitIds);
}

async function insertCoordinators(db: Kysely<Schema>, taskId: string, unitIds: readonly string[]) {
	if (unitIds.length === 0) return;
	await db
		.insertInto('task_coordinators')
		.values([...new Set(unitIds)].map((unitId, position) => ({ task_id: taskId, unit_id: unitId, position })))
		.execute();
}

async function noteContribution(db: Kysely<Schema>, taskId: string, unitId: string, note: string | null) {
	if (note === null || note === '') {
		await db
			.deleteFrom('task_contributions')
			.where('task_id', '=', taskId)
			.where('unit_id', '=', unitId)
			.execute();
		return;
	}
	await db
		.insertInto('task_contributions')
		.values({ task_id: taskId, unit_id: unitId, note })
		.onConflict((oc) => oc.columns(['task_id', 'unit_id']).doUpdateSet({ note }))
		.execute();
}
