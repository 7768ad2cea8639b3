import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** An index into a list of `length` places (anything not an integer: the end). */
export function clamp(index: number, length: number): number {
	return Math.max(0, Math.min(Number.isInteger(index) ? index : length, length));
}

/** A task's group and position, or undefined when the plan has no such task. */
export async function taskPlace(db: Kysely<Schema>, taskId: string, planId: string) {
	return db
		.selectFrom('tasks')
		.select(['group_id', 'position'])
		.where('id', '=', taskId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
}

/** Whether tasks can go in this group: no group (null), or a group of the plan. */
export async function isGroup(db: Kysely<Schema>, planId: string, groupId: string | null): Promise<boolean> {
	if (groupId === null) return true;
	const row = await db
		.selectFrom('task_groups')
		.select('id')
		.where('id', '=', groupId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	return row !== undefined;
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

/** How many tasks a group of the plan holds (without `except`). */
export async function countTasks(
	db: Kysely<Schema>,
	planId: string,
	groupId: string | null,
	except?: string
): Promise<number> {
	const row = await sql<{ n: number }>`
		select count(*)::int4 as n from tasks
		where plan_id = ${planId} and group_id is not distinct from ${groupId}
		${except ? sql`and id <> ${except}` : sql``}`.execute(db);
	return row.rows[0]?.n ?? 0;
}
