import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// The organisation identifier code of the national list (mã định danh, edXML's OrganId), unique when
	// set, and the body in charge (OrganizationInCharge) edXML names with it.
	await sql`alter table units add column organ_id text`.execute(db);
	await sql`alter table units add column organ_in_charge text not null default ''`.execute(db);
	await sql`create unique index units_organ_id_idx on units (organ_id) where organ_id is not null`.execute(
		db
	);
	// What an imported edXML package said about its document: the header and the trace list, kept with the
	// registry entry it became.
	await sql`
		create table edxml_documents (
			directive_id text primary key references directives (id),
			document_id text not null,
			header jsonb not null,
			traces jsonb not null,
			created_at timestamptz not null default now()
		)`.execute(db);
	// Packages of issued plans waiting to go out or gone: the retry queue. Outcomes are events of the plan.
	await sql`
		create table edxml_outbox (
			id text primary key,
			plan_id text not null,
			document_id text not null,
			file_name text not null,
			xml text not null,
			recipients jsonb not null,
			state text not null check (state in ('pending', 'sent', 'failed')),
			attempts int4 not null default 0,
			next_attempt_at timestamptz not null default now(),
			last_error text,
			created_at timestamptz not null default now(),
			sent_at timestamptz
		)`.execute(db);
	await sql`create index edxml_outbox_due_idx on edxml_outbox (next_attempt_at) where state = 'pending'`.execute(
		db
	);
	await sql`create index edxml_outbox_document_idx on edxml_outbox (document_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('edxml_outbox').execute();
	await db.schema.dropTable('edxml_documents').execute();
	await sql`drop index units_organ_id_idx`.execute(db);
	await sql`alter table units drop column organ_in_charge`.execute(db);
	await sql`alter table units drop column organ_id`.execute(db);
}
