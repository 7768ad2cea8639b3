import { foldVietnamese, type StoredEvent } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import { PREPARED } from '../connect.ts';
import type { Schema } from '../schema.ts';
import { applyGroupEvent, type GroupEvent } from './task-groups.ts';
import { clampSql, didChange, groupOk, inGroup, indexParam, taskCount } from './task-places.ts';

type Event<T extends StoredEvent['type']> = Extract<StoredEvent, { type: T }>;

/**
 * Applies one structural event of the task projection (groups, creation, deletion, moves, coordinators,
 * contributions); whether it changed the plan's tasks. Places are computed in SQL (task-places.ts).
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
			await db.deleteFrom('task_coordinators').where('task_id', '=', event.taskId).execute();
			await insertCoordinators(db, event.taskId, event.data.to);
			return true;
		case 'TaskContributionNoted':
			if (!(await touchTask(db, event))) return false;
			await noteContribution(db, event.taskId, event.data.unitId, event.data.to);
			return true;
		default:
			return false;
	}
}

/** Sets a task's version and time; whether the plan has the task. */
async function touchTask(db: Kysely<Schema>, event: StoredEvent): Promise<boolean> {
	const result = await db
		.updateTable('tasks')
		.set({ version: event.seq, updated_at: event.occurredAt })
		.where('id', '=', event.taskId!)
		.where('plan_id', '=', event.planId)
		.executeTakeFirst();
	return (result.numUpdatedRows ?? 0n) > 0n;
}

/** The new task's row, its position left to the statement (or to the folded replay). */
export function newTaskRow(event: Event<'TaskCreated'>) {
	const d = event.data;
	return {
		id: event.taskId,
		plan_id: event.planId,
		group_id: d.groupId,
		code: d.code,
		content: d.content,
		lead_unit_id: d.leadUnitId,
		output: d.output,
		deadline: d.deadline,
		deadline_text: d.deadline?.text ?? null,
		deadline_due: d.deadline?.due ?? null,
		status: 'assigned',
		progress: 0,
		completed_on: null,
		version: event.seq,
		search_text: foldVietnamese(`${d.code} ${d.content}`),
		updated_at: event.occurredAt
	};
}

/** Inserts a task at its place (when its id is free and its group is the plan's), with its coordinators. */
async function createTask(db: Kysely<Schema>, event: Event<'TaskCreated'>): Promise<boolean> {
	const { planId, data: d } = event;
	const coordinators = [...new Set(d.coordinatorUnitIds)];
	const result = await sql<{ changed: number }>`${sql.raw(PREPARED)}
		with target as (
			select ${clampSql(indexParam(d.index), taskCount(planId, d.groupId))} as position
			where ${groupOk(planId, d.groupId)} and not exists (select 1 from tasks where id = ${event.taskId})
		),
		shifted as (
			update tasks set position = tasks.position + 1 from target
			where plan_id = ${planId} and ${inGroup(sql`group_id`, d.groupId)} and tasks.position >= target.position
		),
		inserted as (
			insert into tasks select r.* from target,
				jsonb_populate_record(null::tasks, ${JSON.stringify(newTaskRow(event))}::jsonb
					|| jsonb_build_object('position', target.position)) as r
			returning id
		),
		coordinators as (
			insert into task_coordinators (task_id, unit_id, position)
			select inserted.id, c.unit_id, c.ord - 1
			from inserted, jsonb_array_elements_text(${JSON.stringify(coordinators)}::jsonb) with ordinality as c (unit_id, ord)
		)
		select count(*)::int4 as changed from inserted`.execute(db);
	return didChange(result);
}

/** Deletes a task of the plan and closes the gap it leaves in its group. */
async function deleteTask(db: Kysely<Schema>, event: Event<'TaskDeleted'>): Promise<boolean> {
	const result = await sql<{ changed: number }>`${sql.raw(PREPARED)}
		with deleted as (
			delete from tasks where id = ${event.taskId} and plan_id = ${event.planId} returning group_id, position
		),
		shifted as (
			update tasks set position = tasks.position - 1 from deleted
			where tasks.plan_id = ${event.planId} and tasks.group_id is not distinct from deleted.group_id
				and tasks.position > deleted.position
		)
		select count(*)::int4 as changed from deleted`.execute(db);
	return didChange(result);
}

/**
 * Moves a task of the plan to a group of the plan (or none) at an index: the rows after its old place move
 * up, those from its new place on move down, in one UPDATE.
 */
async function moveTask(db: Kysely<Schema>, event: Event<'TaskMoved'>): Promise<boolean> {
	const { planId, taskId } = event;
	const to = event.data.toGroupId;
	const result = await sql<{ changed: number }>`
		with target as (
			select group_id as g, position as p,
				${clampSql(indexParam(event.data.toIndex), taskCount(planId, to, taskId!))} as np
			from tasks where id = ${taskId} and plan_id = ${planId} and ${groupOk(planId, to)}
		),
		left_place as (
			select t.id, t.position - (case when t.group_id is not distinct from target.g and t.position > target.p
				then 1 else 0 end) as p1
			from tasks t, target
			where t.plan_id = ${planId} and t.id <> ${taskId}
				and (t.group_id is not distinct from target.g or t.group_id is not distinct from ${to})
		),
		moved as (
			update tasks set
				position = case when tasks.id = ${taskId} then target.np
					else l.p1 + (case when tasks.group_id is not distinct from ${to} and l.p1 >= target.np then 1 else 0 end) end,
				group_id = case when tasks.id = ${taskId} then ${to} else tasks.group_id end,
				version = case when tasks.id = ${taskId} then ${event.seq}::int8 else tasks.version end,
				updated_at = case when tasks.id = ${taskId} then ${event.occurredAt}::timestamptz else tasks.updated_at end
			from target, (select id, p1 from left_place union all select ${taskId}, 0) as l
			where tasks.id = l.id
			returning tasks.id
		)
		select count(*)::int4 as changed from moved where id = ${taskId}`.execute(db);
	return didChange(result);
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
