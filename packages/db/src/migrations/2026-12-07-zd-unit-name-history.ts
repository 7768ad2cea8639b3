import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// The names a unit had before it was renamed, each until the instant of the rename: the history names a
	// unit as it was called when the event happened (a 2025 reorganisation renamed many departments).
	await sql`
		create table unit_name_history (
			unit_id text not null references units (id),
			name text not null,
			short_name text not null,
			until timestamptz not null,
			primary key (unit_id, until)
		)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop table unit_name_history`.execute(db);
}
