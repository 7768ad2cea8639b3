import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** An index into a list of `length` places (anything not an integer: the end). */
export function clamp(index: number, length: number): number {
	return Math.max(0, Math.min(Number.isInteger(index) ? index : length, length));
}

/** Where a task could go in a group, and where it is now, read in one statement. */
export interface Target {
	/** Whether tasks can go in the group: no group (null), or a group of the plan. */
	groupOk: boolean;
	/** How many tasks of the plan the group holds, the task itself not counted. */
	count: number;
	/** The task's place in the plan now (null: the plan has no such task). */
	place: { groupId: string | null; position: number } | null;
	/** Whether a task with this id exists in any plan. */
	taken: boolean;
}

export async function readTarget(
	db: Kysely<Schema>,
	planId: string,
	groupId: string | null,
	taskId: string
): Promise<Target> {
	const result = await sql<{ group_ok: boolean; n: number; place: Target['place']; taken: boolean }>`
		select
			(${groupId}::text is null or exists (
				select 1 from task_groups where id = ${groupId} and plan_id = ${planId})) as group_ok,
			(select count(*)::int4 from tasks
				where plan_id = ${planId} and group_id is not distinct from ${groupId} and id <> ${taskId}) as n,
			(select jsonb_build_object('groupId', group_id, 'position', position) from tasks
				where id = ${taskId} and plan_id = ${planId}) as place,
			exists (select 1 from tasks where id = ${taskId}) as taken`.execute(db);
	const row = result.rows[0]!;
	return { groupOk: row.group_ok, count: row.n, place: row.place, taken: row.taken };
}

/** Moves the tasks of a group from a position on by one place. */
export async function shiftTasks(
	db: Kysely<Schema>,
	planId: string,
	groupId: string | null,
	from: number,
	by: 1 | -1,
	except?: string
): Promise<void> {
	await sql`
		update tasks set position = position + ${by}
		where plan_id = ${planId} and group_id is not distinct from ${groupId} and position >= ${from}
		${except ? sql`and id <> ${except}` : sql``}`.execute(db);
}

/** How many tasks a group of the plan holds. */
export async function countTasks(
	db: Kysely<Schema>,
	planId: string,
	groupId: string | null
): Promise<number> {
	const row = await sql<{ n: number }>`
		select count(*)::int4 as n from tasks
		where plan_id = ${planId} and group_id is not distinct from ${groupId}`.execute(db);
	return row.rows[0]?.n ?? 0;
}
