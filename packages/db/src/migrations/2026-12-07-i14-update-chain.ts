import { sql, type Kysely } from 'kysely';
import { hashUpdate } from '../events/hash.ts';

// Frozen: a shipped migration never changes; a later one alters what it made.

const GENESIS = '0'.repeat(64);

export async function up(db: Kysely<any>): Promise<void> {
	// The document's updates get a hash chain of their own, per plan, as the events have: an update inserted,
	// changed or removed behind the log's back is found by verify at its seq, and loading serves only what
	// the chain covers. The stream head names the last update's hash; a snapshot names the hash of the update
	// it was taken at, so loading never starts from a snapshot of another history.
	await sql`alter table plan_updates add column prev_hash text, add column hash text`.execute(db);
	await sql`alter table plan_streams add column update_head_hash text not null default ${sql.lit(GENESIS)}`.execute(
		db
	);
	await sql`alter table plan_snapshots add column update_hash text`.execute(db);

	// updates stored before this migration are chained now, in seq order (the log's guard is off meanwhile)
	await sql`alter table plan_updates disable trigger plan_updates_no_rewrite`.execute(db);
	const plans = await sql<{ plan_id: string }>`select distinct plan_id from plan_updates`.execute(db);
	for (const { plan_id: planId } of plans.rows) {
		const rows = await sql<{
			seq: number | string;
			update: Uint8Array;
			user_id: string | null;
			unit_id: string | null;
			origin: string;
		}>`select seq, update, user_id, unit_id, origin from plan_updates where plan_id = ${planId} order by seq`.execute(
			db
		);
		let prevHash = GENESIS;
		const links = rows.rows.map((row) => {
			const seq = Number(row.seq);
			const hash = hashUpdate(
				{ planId, seq, update: row.update, userId: row.user_id, unitId: row.unit_id, origin: row.origin },
				prevHash
			);
			const link = { seq, prev_hash: prevHash, hash };
			prevHash = hash;
			return link;
		});
		await sql`
			update plan_updates set prev_hash = r.prev_hash, hash = r.hash
			from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as r (seq int8, prev_hash text, hash text)
			where plan_updates.plan_id = ${planId} and plan_updates.seq = r.seq`.execute(db);
		await sql`update plan_streams set update_head_hash = ${prevHash} where plan_id = ${planId}`.execute(db);
	}
	await sql`alter table plan_updates enable trigger plan_updates_no_rewrite`.execute(db);
	await sql`alter table plan_updates alter column prev_hash set not null, alter column hash set not null`.execute(
		db
	);
	await sql`
		update plan_snapshots set update_hash = u.hash
		from plan_updates u where u.plan_id = plan_snapshots.plan_id and u.seq = plan_snapshots.update_seq`.execute(
		db
	);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`alter table plan_snapshots drop column update_hash`.execute(db);
	await sql`alter table plan_streams drop column update_head_hash`.execute(db);
	await sql`alter table plan_updates drop column prev_hash, drop column hash`.execute(db);
}
