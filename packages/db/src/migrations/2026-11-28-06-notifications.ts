import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// Deadline reminders for a task's lead unit. No foreign key to tasks or plans: those are read models a
	// replay rebuilds, and a reminder already sent stays in the unit's list. One row per (task, stage, due
	// date): the reminder job may run any number of times, and a moved deadline is a new due date, so it
	// reminds again.
	await sql`
		create table notifications (
			id int8 generated always as identity primary key,
			unit_id text not null references units (id),
			plan_id text not null,
			task_id text not null,
			kind text not null check (kind in ('due7', 'due3', 'due1', 'overdue')),
			due_on date not null,
			created_at timestamptz not null default now(),
			unique (task_id, kind, due_on)
		)`.execute(db);
	await sql`create index notifications_unit_idx on notifications (unit_id, id desc)`.execute(db);
	// Read marks are per person: two people of one unit each clear their own list.
	await sql`
		create table notification_reads (
			notification_id int8 not null references notifications (id) on delete cascade,
			user_id text not null references users (id) on delete cascade,
			read_at timestamptz not null default now(),
			primary key (notification_id, user_id)
		)`.execute(db);
	// The audit pages page through one plan's log by global position.
	await sql`create index events_plan_position_idx on events (plan_id, position)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop index events_plan_position_idx`.execute(db);
	await db.schema.dropTable('notification_reads').execute();
	await db.schema.dropTable('notifications').execute();
}
