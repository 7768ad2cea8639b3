import { sql, type RawBuilder } from 'kysely';

/*
 * Places in ordered lists (tasks in a group, groups in a plan), computed in SQL so that a creation, a move
 * or a deletion is one statement: an index that is not an integer means the end, any other is clamped to
 * the list.
 */

/** The index as SQL: an integer, or null for "the end". */
export function indexParam(index: number): RawBuilder<unknown> {
	return sql`${Number.isInteger(index) ? index : null}::int4`;
}

/** The place `index` gives in a list of `length` (both SQL expressions). */
export function clampSql(index: RawBuilder<unknown>, length: RawBuilder<unknown>): RawBuilder<unknown> {
	return sql`greatest(0, least(coalesce(${index}, ${length}), ${length}))`;
}

/** The place `index` gives in a list of `length`, as clampSql computes it in SQL. */
export function clampIndex(index: number, length: number): number {
	return Math.max(0, Math.min(Number.isInteger(index) ? index : length, length));
}

/** Whether tasks can go in a group of the plan: no group (null), or one of the plan's groups. */
export function groupOk(planId: string, groupId: string | null): RawBuilder<boolean> {
	return sql<boolean>`(${groupId}::text is null or exists (
		select 1 from task_groups where id = ${groupId} and plan_id = ${planId}))`;
}

/**
 * Rows of a group of the plan (`group_id is not distinct from` the group, written so the index on (plan_id,
 * group_id, position) serves it: IS NOT DISTINCT FROM is no index condition).
 */
export function inGroup(column: RawBuilder<unknown>, groupId: string | null): RawBuilder<boolean> {
	return groupId === null ? sql<boolean>`${column} is null` : sql<boolean>`${column} = ${groupId}`;
}

/** How many tasks of the plan a group holds (without `except`). */
export function taskCount(planId: string, groupId: string | null, except = ''): RawBuilder<number> {
	return sql<number>`(select count(*)::int4 from tasks
		where plan_id = ${planId} and ${inGroup(sql`group_id`, groupId)} and id <> ${except})`;
}

/** Whether a statement's single-row answer says it changed something. */
export function didChange(result: { rows: Array<{ changed: number | boolean }> }): boolean {
	return Number(result.rows[0]?.changed ?? 0) > 0;
}
