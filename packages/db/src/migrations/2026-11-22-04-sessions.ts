import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// A deactivated account keeps its row (the log names it as author) but can no longer sign in.
	await db.schema
		.alterTable('users')
		.addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
		.execute();

	// The cookie holds a random token; the table holds only its SHA-256, so a read of this table
	// (a backup, a log of queries) gives nobody a usable session.
	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('user_agent', 'text')
		.execute();
	await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
	await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

	// Sign-in attempts per key ("user:<name>", "address:<ip>"): in the database rather than in memory, so
	// the limit holds across restarts and across the web instances of the scaled mode.
	await db.schema
		.createTable('login_attempts')
		.addColumn('id', 'int8', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('attempted_at', 'timestamptz', (c) => c.notNull())
		.addColumn('ok', 'boolean', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('login_attempts_key_idx')
		.on('login_attempts')
		.columns(['key', 'attempted_at'])
		.execute();
	await db.schema
		.createIndex('login_attempts_time_idx')
		.on('login_attempts')
		.column('attempted_at')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('login_attempts').execute();
	await db.schema.dropTable('sessions').execute();
	await db.schema.alterTable('users').dropColumn('active').execute();
}
