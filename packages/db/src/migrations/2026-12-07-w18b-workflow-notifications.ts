import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// Notifications are no longer deadline reminders only: every workflow event owes some (the rule table in
	// the domain, packages/domain/src/workflow/notification-rules.ts). `kind` is a reminder stage or an event's
	// message key, checked by shape so a new rule needs no migration; an event's notification names the
	// event's position (one row per event, key and recipient) and, when it is for one person, that person.
	await sql`alter table notifications drop constraint notifications_kind_check`.execute(db);
	await sql`alter table notifications add constraint notifications_kind_check check (kind ~ '^[a-z][a-z0-9_]{0,40}$')`.execute(
		db
	);
	await sql`
		alter table notifications
			alter column task_id drop not null,
			alter column due_on drop not null,
			add column user_id text references users (id) on delete cascade,
			add column event_position int8,
			add column event_type text,
			add column actor_user_id text,
			add column actor_unit_id text`.execute(db);
	await sql`
		create unique index notifications_event_idx
			on notifications (event_position, kind, unit_id, coalesce(user_id, ''))
			where event_position is not null`.execute(db);
	// How far the notifier has followed the log (a subscription checkpoint, see events/subscribe.ts).
	await sql`
		create table notifier_checkpoints (
			name text primary key,
			tx_id text not null,
			position int8 not null
		)`.execute(db);
	// E-mail addresses of staff, for notifications by mail when an SMTP server is configured.
	await sql`alter table users add column email text`.execute(db);
	// Mails owed for notifications, sent by the mail job with retries; one per notification and person.
	await sql`
		create table mail_outbox (
			id int8 generated always as identity primary key,
			notification_id int8 not null references notifications (id) on delete cascade,
			user_id text not null references users (id) on delete cascade,
			to_address text not null,
			subject text not null,
			body text not null,
			created_at timestamptz not null default now(),
			attempts int4 not null default 0,
			next_attempt_at timestamptz not null default now(),
			sent_at timestamptz,
			last_error text,
			unique (notification_id, user_id)
		)`.execute(db);
	await sql`create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null`.execute(
		db
	);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('mail_outbox').execute();
	await sql`alter table users drop column email`.execute(db);
	await db.schema.dropTable('notifier_checkpoints').execute();
	await sql`drop index notifications_event_idx`.execute(db);
	await sql`delete from notifications where event_position is not null`.execute(db);
	await sql`
		alter table notifications
			drop column user_id, drop column event_position, drop column event_type,
			drop column actor_user_id, drop column actor_unit_id,
			alter column task_id set not null, alter column due_on set not null`.execute(db);
	await sql`alter table notifications drop constraint notifications_kind_check`.execute(db);
	await sql`alter table notifications add constraint notifications_kind_check check (kind in ('due7', 'due3', 'due1', 'overdue'))`.execute(
		db
	);
}
