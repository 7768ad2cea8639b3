import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** Rows per INSERT: one json parameter each, so a few megabytes at most. */
const CHUNK = 5000;

/**
 * Inserts rows (objects keyed by column name, jsonb columns as plain values) into a table, CHUNK rows to a
 * statement through json_populate_recordset: a missing key is NULL, as in the inline projections' rows.
 */
export async function insertRows(db: Kysely<Schema>, table: string, rows: readonly object[]): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) {
		const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
		await sql`insert into ${sql.table(table)}
			select * from json_populate_recordset(null::${sql.table(table)}, ${chunk}::json)`.execute(db);
	}
}

/**
 * Inserts rows as the inline projections do (Kysely's multi-row VALUES, 500 rows to a statement): for the
 * few rows of tables whose columns have defaults or take jsonb as text; `ignore` skips rows whose key is taken.
 */
export async function insertValues(
	db: Kysely<Schema>,
	table: keyof Schema,
	rows: readonly Record<string, unknown>[],
	ignore?: readonly string[]
): Promise<void> {
	const untyped = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
	for (let i = 0; i < rows.length; i += 500) {
		const insert = untyped.insertInto(table).values(rows.slice(i, i + 500));
		await (ignore ? insert.onConflict((oc) => oc.columns(ignore).doNothing()) : insert).execute();
	}
}
