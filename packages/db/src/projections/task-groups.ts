import type { StoredEvent } from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { PREPARED } from '../connect.ts';
import type { Schema } from '../schema.ts';
import { clampSql, didChange, indexParam } from './task-places.ts';

export type GroupEvent = Extract<StoredEvent, { type: `TaskGroup${string}` }>;

const groupCount = (planId: string, minus = 0): RawBuilder<number> =>
	sql<number>`(select count(*)::int4 - ${minus} from task_groups where plan_id = ${planId})`;

/** Applies one task-group event, each in one statement; whether it changed the plan's groups. */
export async function applyGroupEvent(db: Kysely<Schema>, event: GroupEvent): Promise<boolean> {
	switch (event.type) {
		case 'TaskGroupCreated':
			return createGroup(db, event);
		case 'TaskGroupChanged': {
			const { groupId, field, to } = event.data;
			const result = await db
				.updateTable('task_groups')
				.set(field === 'code' ? { code: to } : { title: to })
				.where('id', '=', groupId)
				.where('plan_id', '=', event.planId)
				.executeTakeFirst();
			return (result.numUpdatedRows ?? 0n) > 0n;
		}
		case 'TaskGroupMoved':
			return moveGroup(db, event);
		case 'TaskGroupDeleted':
			return deleteGroup(db, event);
		default:
			return false;
	}
}

type Event<T extends GroupEvent['type']> = Extract<GroupEvent, { type: T }>;

async function createGroup(db: Kysely<Schema>, event: Event<'TaskGroupCreated'>): Promise<boolean> {
	const { planId } = event;
	const { groupId, code, title, index } = event.data;
	const result = await sql<{ changed: number }>`${sql.raw(PREPARED)}
		with target as (
			select ${clampSql(indexParam(index), groupCount(planId))} as position
			where not exists (select 1 from task_groups where id = ${groupId})
		),
		shifted as (
			update task_groups set position = task_groups.position + 1 from target
			where plan_id = ${planId} and task_groups.position >= target.position
		),
		inserted as (
			insert into task_groups (id, plan_id, code, title, position)
			select ${groupId}, ${planId}, ${code}, ${title}, target.position from target
			returning id
		)
		select count(*)::int4 as changed from inserted`.execute(db);
	return didChange(result);
}

/** Moves a group of the plan to an index: the groups after its old place move up, those from its new place down. */
async function moveGroup(db: Kysely<Schema>, event: Event<'TaskGroupMoved'>): Promise<boolean> {
	const { planId } = event;
	const { groupId, to } = event.data;
	const after = sql`(task_groups.position - (case when task_groups.position > target.p then 1 else 0 end))`;
	const result = await sql<{ changed: number }>`
		with target as (
			select position as p, ${clampSql(indexParam(to), groupCount(planId, 1))} as np
			from task_groups where id = ${groupId} and plan_id = ${planId}
		),
		moved as (
			update task_groups set position = case when id = ${groupId} then target.np
				else ${after} + (case when ${after} >= target.np then 1 else 0 end) end
			from target where plan_id = ${planId}
			returning id
		)
		select count(*)::int4 as changed from moved where id = ${groupId}`.execute(db);
	return didChange(result);
}

/** Deletes a group of the plan that holds no task, and closes the gap. */
async function deleteGroup(db: Kysely<Schema>, event: Event<'TaskGroupDeleted'>): Promise<boolean> {
	const { planId } = event;
	const { groupId } = event.data;
	const result = await sql<{ changed: number }>`${sql.raw(PREPARED)}
		with deleted as (
			delete from task_groups where id = ${groupId} and plan_id = ${planId}
				and not exists (select 1 from tasks where plan_id = ${planId} and group_id = ${groupId})
			returning position
		),
		shifted as (
			update task_groups set position = task_groups.position - 1 from deleted
			where plan_id = ${planId} and task_groups.position > deleted.position
		)
		select count(*)::int4 as changed from deleted`.execute(db);
	return didChange(result);
}
