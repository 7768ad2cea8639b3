import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../../schema.ts';

// A directive's roll-up (migration 2026-12-08-a-directive-rollups): per lead unit ('' for none), kind and day,
// the count of its tasks and their progress summed, kept by triggers as tasks, plans and relations change.
// Writers only add delta rows; a reader sums the compacted rows and the deltas, and folds the deltas in
// once they are many (compactRollupsIfMany), so a read stays a few thousand rows at any scale.

/** Delta rows a read may meet before the deltas are folded in. */
const COMPACT_AFTER = 2000;

/**
 * `(unit_id, kind, day, n, progress_sum)` of a directive's roll-up, compacted rows and deltas together (sum
 * by key). Kinds: 0 completions (day = completed on), 1 done on time, 2 done late, 3 done without a
 * completion date, 4 not started, 5 started (day = due date, 'infinity' for none).
 */
export function rollupRows(directiveId: string): RawBuilder<unknown> {
	return sql`(
		select unit_id, kind, day, n, progress_sum from directive_rollups where directive_id = ${directiveId}
		union all
		select unit_id, kind, day, n, progress_sum from directive_rollup_deltas where directive_id = ${directiveId}
	)`;
}

/** Folds every delta into the compacted roll-ups (one compaction at a time); the rows folded. */
export async function compactRollups(db: Kysely<Schema>): Promise<number> {
	const { rows } = await sql<{ moved: number }>`select directive_rollups_compact()::int8 as moved`.execute(
		db
	);
	return Number(rows[0]?.moved ?? 0);
}

/** Folds the deltas in when a directive has many of them; returns whether it did. */
export async function compactRollupsIfMany(db: Kysely<Schema>, directiveId: string): Promise<boolean> {
	const { rows } = await sql<{ many: boolean }>`
		select count(*) >= ${COMPACT_AFTER} as many from (
			select 1 from directive_rollup_deltas where directive_id = ${directiveId} limit ${COMPACT_AFTER}
		) as d`.execute(db);
	if (!rows[0]?.many) return false;
	await compactRollups(db);
	return true;
}
