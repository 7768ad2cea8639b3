import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// A digest of what an idempotency key first stood for: a later batch under the same key must be the same
	// batch (a retry), or it is refused rather than answered as a duplicate and dropped. Null for keys stored
	// before this migration, which keep the old rule (same plan).
	await sql`alter table append_batches add column fingerprint text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`alter table append_batches drop column fingerprint`.execute(db);
}
