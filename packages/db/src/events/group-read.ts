import { GENESIS_HASH } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { AppendBatchRow, Schema } from '../schema.ts';
import type { AppendBatch } from './batch.ts';
import type { Head } from './chain.ts';

/** Rows of the group's read, as jsonb gives them back (int8 as JSON numbers). */
interface HeadRow {
	plan_id: string;
	update_seq: number;
	event_seq: number;
	head_hash: string;
	update_head_hash: string;
}
/** An idempotency key already stored, with what its batch got. */
export type SeenRow = Omit<AppendBatchRow, 'created_at'>;

/** What a group's transaction knows of the log before it appends. */
export interface GroupState {
	/** Stream heads by plan, advanced in memory as batches are chained (see headOf). */
	heads: Map<string, Head>;
	/** Stored idempotency keys the group's batches carry. */
	seen: Map<string, SeenRow>;
}

/** The head of a plan's stream in the group (a fresh one for a plan without a stream yet). */
export function headOf(state: GroupState, planId: string): Head {
	let head = state.heads.get(planId);
	if (!head) {
		head = {
			updateSeq: 0,
			eventSeq: 0,
			hash: GENESIS_HASH,
			updateHash: GENESIS_HASH,
			created: false,
			moved: false
		};
		state.heads.set(planId, head);
	}
	return head;
}

/**
 * One round trip reads what the group needs, under the plans' locks: the stream heads and the idempotency
 * keys seen.
 */
export async function readGroupState(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[]
): Promise<GroupState> {
	const planIds = [...new Set(batches.map((b) => b.planId))];
	const keys = batches.flatMap((b) => (b.idempotencyKey !== undefined ? [b.idempotencyKey] : []));
	const state = await sql<{ heads: HeadRow[]; seen: SeenRow[] }>`
		select
			(select coalesce(jsonb_agg(s), '[]') from (
				select plan_id, update_seq, event_seq, head_hash, update_head_hash from plan_streams
				where plan_id in (select jsonb_array_elements_text(${JSON.stringify(planIds)}::jsonb))
			) as s) as heads,
			(select coalesce(jsonb_agg(b), '[]') from (
				select * from append_batches
				where id in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))
			) as b) as seen`.execute(trx);
	const read = state.rows[0]!;
	const heads = new Map<string, Head>();
	for (const row of read.heads) {
		heads.set(row.plan_id, {
			updateSeq: Number(row.update_seq),
			eventSeq: Number(row.event_seq),
			hash: row.head_hash,
			updateHash: row.update_head_hash,
			created: Number(row.event_seq) > 0,
			moved: false
		});
	}
	return {
		heads,
		seen: new Map(read.seen.map((row) => [row.id, row]))
	};
}
