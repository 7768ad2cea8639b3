import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** Rows per INSERT: one array parameter per column, so a few megabytes at most. */
const CHUNK = 5000;

/** A table's columns and their types, in table order. */
async function columnsOf(db: Kysely<Schema>, table: string): Promise<Array<{ name: string; type: string }>> {
	const result = await sql<{ name: string; type: string }>`
		select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
		where attrelid = ${table}::regclass and attnum > 0 and not attisdropped order by attnum`.execute(db);
	return result.rows;
}

/** A value as an element of a PostgreSQL array literal (jsonb values as their JSON text). */
function element(value: unknown): string {
	if (value === null || value === undefined) return 'NULL';
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * Inserts rows (objects keyed by column name, jsonb columns as plain values; a missing key is NULL, as in
 * the inline projections' rows) into a table, CHUNK rows to a statement: each column travels as one array
 * literal and the rows come back out of unnest, which the server reads far faster than as many VALUES.
 */
export async function insertRows(db: Kysely<Schema>, table: string, rows: readonly object[]): Promise<void> {
	if (rows.length === 0) return;
	const columns = await columnsOf(db, table);
	for (let i = 0; i < rows.length; i += CHUNK) {
		const chunk = rows.slice(i, i + CHUNK) as ReadonlyArray<Record<string, unknown>>;
		const arrays = columns.map(
			({ name, type }) => sql`${`{${chunk.map((row) => element(row[name])).join(',')}}`}::${sql.raw(type)}[]`
		);
		await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c.name)))})
			select * from unnest(${sql.join(arrays)})`.execute(db);
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
