import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// Who may sign a unit's documents, and how (a role of the unit in the directory).
	await sql`
		create table unit_signers (
			user_id text primary key references users (id),
			unit_id text not null references units (id),
			authority text not null check (authority in ('head', 'KT.', 'Q.', 'TL.', 'TUQ.')),
			collective text,
			head_title text not null,
			position text not null,
			active boolean not null default true
		)`.execute(db);
	await sql`create index unit_signers_unit_idx on unit_signers (unit_id)`.execute(db);
	// The register of outgoing documents: the last number given per unit, document type and year. Its row is
	// locked by the transaction that issues, so numbers come without gaps or duplicates.
	await sql`
		create table document_registers (
			unit_id text not null references units (id),
			type_code text not null,
			year int4 not null,
			last_number int4 not null default 0,
			primary key (unit_id, type_code, year)
		)`.execute(db);
	// Read models of the office events (projections, rebuilt by replay).
	await sql`
		create table plan_signoffs (
			plan_id text primary key,
			status text not null check (status in ('none', 'submitted', 'returned', 'approved')),
			signer_user_id text,
			signer_name text,
			submitted_by text,
			reason text,
			approved_seq int4,
			updated_at timestamptz not null
		)`.execute(db);
	await sql`
		create table plan_issues (
			plan_id text not null,
			revision int4 not null,
			document_id text not null,
			number int4 not null,
			year int4 not null,
			symbol text not null,
			issued_on date not null,
			issue jsonb not null,
			primary key (plan_id, revision)
		)`.execute(db);
	await sql`
		create table inbox_items (
			plan_id text not null,
			revision int4 not null,
			unit_id text not null,
			document_id text not null,
			delivered_at timestamptz not null,
			received_at timestamptz,
			received_by text,
			assigned_user_id text,
			assigned_user_name text,
			assigned_at timestamptz,
			primary key (plan_id, revision, unit_id)
		)`.execute(db);
	await sql`create index inbox_items_unit_idx on inbox_items (unit_id, delivered_at desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['inbox_items', 'plan_issues', 'plan_signoffs', 'document_registers', 'unit_signers']) {
		await db.schema.dropTable(table).execute();
	}
}
