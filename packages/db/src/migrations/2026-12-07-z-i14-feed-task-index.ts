import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// The activity feed names a task by the code its latest row gave it: one index seek per task.
	await sql`create index activity_feed_task_idx on activity_feed (task_id, position desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop index activity_feed_task_idx`.execute(db);
}
