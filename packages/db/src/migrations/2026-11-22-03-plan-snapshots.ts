import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// A plan document's full Yjs state as of an update seq: loading starts from the newest snapshot and
	// applies only the updates after it. Derived from plan_updates, so not part of the audit chain.
	await sql`
		create table plan_snapshots (
			plan_id text not null,
			update_seq int8 not null,
			state bytea not null,
			created_at timestamptz not null default now(),
			primary key (plan_id, update_seq)
		)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('plan_snapshots').execute();
}
