import { GENESIS_HASH } from '@trienkhai/domain';
import { sql } from 'kysely';
import type { Database } from '../connect.ts';
import { hashEvent } from '../events/hash.ts';
import { EVENT_COLUMNS, toEventRecord } from '../events/rows.ts';

/**
 * What a database administrator able to bypass the append-only triggers can do: change one event's content and
 * recompute every hash from there to the head, so the chain walk of `verify` still holds.
 */
export async function rewriteChainFrom(database: Database, planId: string, seq: number): Promise<number> {
	return database.db.connection().execute(async (conn) => {
		await sql`set session_replication_role = replica`.execute(conn);
		try {
			await sql`update events set data = jsonb_set(data, '{forged}', 'true') where plan_id = ${planId} and seq = ${seq}`.execute(
				conn
			);
			const rows = await conn
				.selectFrom('events')
				.select(EVENT_COLUMNS)
				.where('plan_id', '=', planId)
				.where('seq', '>=', seq)
				.orderBy('seq')
				.execute();
			const before = await conn
				.selectFrom('events')
				.select('hash')
				.where('plan_id', '=', planId)
				.where('seq', '=', seq - 1)
				.executeTakeFirst();
			let prev = before?.hash ?? GENESIS_HASH;
			for (const row of rows) {
				const hash = hashEvent(toEventRecord(row), prev);
				await sql`update events set prev_hash = ${prev}, hash = ${hash} where position = ${row.position}`.execute(
					conn
				);
				prev = hash;
			}
			await sql`update plan_streams set head_hash = ${prev} where plan_id = ${planId}`.execute(conn);
			return rows[0]!.position;
		} finally {
			await sql`set session_replication_role = origin`.execute(conn);
		}
	});
}
