import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

/** Tables that only ever grow: the database itself refuses to rewrite them. */
export const APPEND_ONLY_TABLES = ['plan_updates', 'events', 'append_batches'] as const;

export async function up(db: Kysely<any>): Promise<void> {
	// The log. No foreign keys: the log is the source of truth, the read models hang off it.
	await sql`
		create table plan_streams (
			plan_id text primary key,
			update_seq int8 not null default 0,
			event_seq int8 not null default 0,
			head_hash text not null,
			updated_at timestamptz not null default now()
		)`.execute(db);
	await sql`
		create table plan_updates (
			plan_id text not null,
			seq int8 not null,
			update bytea not null,
			user_id text,
			unit_id text,
			received_at timestamptz not null default now(),
			origin text not null,
			primary key (plan_id, seq)
		)`.execute(db);
	// tx_id orders delivery to subscribers: see events/subscribe.ts.
	await sql`
		create table events (
			position int8 generated always as identity primary key,
			plan_id text not null,
			seq int8 not null,
			task_id text,
			type text not null,
			data jsonb not null,
			user_id text,
			unit_id text,
			occurred_at timestamptz not null,
			update_seq int8,
			prev_hash text not null,
			hash text not null,
			tx_id xid8 not null default pg_current_xact_id(),
			unique (plan_id, seq)
		)`.execute(db);
	await sql`create index events_tx_idx on events (tx_id, position)`.execute(db);
	await sql`create index events_task_idx on events (task_id, position) where task_id is not null`.execute(db);
	await sql`create index events_plan_time_idx on events (plan_id, occurred_at)`.execute(db);
	await sql`
		create table append_batches (
			id text primary key,
			plan_id text not null,
			first_update_seq int8,
			last_update_seq int8,
			first_event_seq int8,
			last_event_seq int8,
			first_position int8,
			last_position int8,
			created_at timestamptz not null default now()
		)`.execute(db);

	await sql`
		create function refuse_log_rewrite() returns trigger language plpgsql as $$
		begin
			raise exception 'table % is append-only: % refused', tg_table_name, tg_op
				using errcode = 'insufficient_privilege',
					hint = 'The event log is never rewritten; append a correcting event instead.';
		end
		$$`.execute(db);
	for (const table of APPEND_ONLY_TABLES) {
		await sql`
			create trigger ${sql.raw(`${table}_no_rewrite`)} before update or delete on ${sql.table(table)}
			for each row execute function refuse_log_rewrite()`.execute(db);
		await sql`
			create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
			for each statement execute function refuse_log_rewrite()`.execute(db);
	}

	// Read models (projections of the log), rebuilt by replay.
	await sql`
		alter table plans
			add column co_drafter_unit_ids jsonb not null default '[]'::jsonb,
			add column version int8 not null default 0`.execute(db);
	await sql`
		alter table tasks
			add column paused_from text,
			add column result_report text,
			add column difficulties text,
			add column extension_request text`.execute(db);
	await sql`create index tasks_group_idx on tasks (plan_id, group_id, position)`.execute(db);
	await sql`
		create table task_contributions (
			task_id text not null references tasks (id) on delete cascade,
			unit_id text not null references units (id),
			note text not null,
			primary key (task_id, unit_id)
		)`.execute(db);
	// Counts that do not depend on "now"; overdue and due-soon are computed at query time from tasks.
	await sql`
		create table unit_task_stats (
			plan_id text not null references plans (id) on delete cascade,
			unit_id text not null,
			total int4 not null,
			done int4 not null,
			done_on_time int4 not null,
			done_late int4 not null,
			primary key (plan_id, unit_id)
		)`.execute(db);
	await sql`
		create table activity_feed (
			position int8 primary key,
			plan_id text not null,
			task_id text,
			task_code text,
			type text not null,
			summary text not null,
			user_id text,
			unit_id text,
			occurred_at timestamptz not null
		)`.execute(db);
	await sql`create index activity_feed_plan_idx on activity_feed (plan_id, position desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['activity_feed', 'unit_task_stats', 'task_contributions']) {
		await db.schema.dropTable(table).execute();
	}
	await sql`drop index tasks_group_idx`.execute(db);
	await sql`
		alter table tasks drop column paused_from, drop column result_report, drop column difficulties,
			drop column extension_request`.execute(db);
	await sql`alter table plans drop column co_drafter_unit_ids, drop column version`.execute(db);
	for (const table of ['append_batches', 'events', 'plan_updates', 'plan_streams']) {
		await db.schema.dropTable(table).execute();
	}
	await sql`drop function refuse_log_rewrite()`.execute(db);
}
