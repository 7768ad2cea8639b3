import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// Dashboards ask three questions of a plan's unfinished tasks (overdue, due soon) and one of its finished
	// ones (completions per week); partial indexes keep each an index range scan on 100,000 tasks.
	await sql`
		create index tasks_open_due_idx on tasks (plan_id, deadline_due)
		where status <> 'done' and deadline_due is not null`.execute(db);
	await sql`
		create index tasks_completed_idx on tasks (plan_id, completed_on)
		where status = 'done'`.execute(db);
	// (directive_relations (to_id) and plan_implements (directive_id) are indexed since the foundation.)
	await sql`create index plans_directive_idx on plans (directive_id) where directive_id is not null`.execute(
		db
	);

	// A meeting (hội nghị) in follow-the-presenter mode: a short code attendees type, what is on screen
	// (scope) and what the presenter focuses on now. Focus changes go out with pg_notify.
	await sql`
		create table meetings (
			code text primary key,
			scope_kind text not null check (scope_kind in ('plan', 'directive')),
			scope_id text not null,
			presenter_user_id text not null references users (id),
			focus jsonb not null default '{}'::jsonb,
			focus_seq int8 not null default 0,
			created_at timestamptz not null default now(),
			updated_at timestamptz not null default now(),
			ended_at timestamptz
		)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('meetings').execute();
	for (const index of ['plans_directive_idx', 'tasks_completed_idx', 'tasks_open_due_idx']) {
		await sql`drop index ${sql.raw(index)}`.execute(db);
	}
}
