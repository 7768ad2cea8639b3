import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	// Signed heads of each plan's chain (Ed25519; the private key lives outside the database). A copy kept
	// elsewhere (`trienkhai checkpoint export`) is what proves a later log still extends them; this table only
	// collects them so any instance or the CLI can export the lot.
	await sql`
		create table chain_checkpoints (
			plan_id text not null,
			seq int8 not null,
			position int8 not null,
			head_hash text not null,
			signed_at timestamptz not null,
			key_id text not null,
			signature text not null,
			primary key (plan_id, seq, key_id)
		)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop table chain_checkpoints`.execute(db);
}
