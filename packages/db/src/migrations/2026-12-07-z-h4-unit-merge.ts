import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// A unit merged into another (sáp nhập, docs/office-workflow.md) stays in the directory, so the history and
	// completed tasks keep naming it: it is marked dissolved from a day, with the unit that succeeds it.
	await sql`
		alter table units
			add column dissolved_on date,
			add column successor_id text references units (id),
			add constraint units_dissolved_check check ((dissolved_on is null) = (successor_id is null)),
			add constraint units_successor_check check (successor_id is null or successor_id <> id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`
		alter table units
			drop constraint units_successor_check,
			drop constraint units_dissolved_check,
			drop column successor_id,
			drop column dissolved_on`.execute(db);
}
