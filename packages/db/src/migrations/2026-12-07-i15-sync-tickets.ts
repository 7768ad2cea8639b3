import { type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// A websocket ticket opens one socket once: its id is recorded here by whichever sync instance takes it
	// first (insert, conflict = already used). Rows past their ticket's expiry are swept.
	await db.schema
		.createTable('sync_ticket_uses')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('sync_ticket_uses_expires_idx')
		.on('sync_ticket_uses')
		.column('expires_at')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('sync_ticket_uses').execute();
}
