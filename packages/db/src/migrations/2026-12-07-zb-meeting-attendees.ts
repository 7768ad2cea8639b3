import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// Who follows a meeting on their own screen: one row per (meeting, user), seen again while their page
	// keeps the meeting's live stream open, so the presenter can list who is attending (on any instance).
	await sql`
		create table meeting_attendees (
			code text not null references meetings (code) on delete cascade,
			user_id text not null references users (id),
			joined_at timestamptz not null default now(),
			seen_at timestamptz not null default now(),
			primary key (code, user_id)
		)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop table meeting_attendees`.execute(db);
}
