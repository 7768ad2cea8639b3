import { GENESIS_HASH } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { PlanUpdateRow, Schema } from '../schema.ts';
import { ChainBrokenError } from './errors.ts';
import { hashUpdate } from './hash.ts';

/** Why a stored update does not belong to its plan's update chain. */
export type UpdateLinkBreak = 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch';

/** Where a walk of the update chain stands: the next seq expected and the hash it must link to. */
export interface UpdateChainCursor {
	seq: number;
	hash: string;
}

/** The cursor before a plan's first update. */
export const UPDATE_CHAIN_START: UpdateChainCursor = { seq: 1, hash: GENESIS_HASH };

/**
 * Checks stored updates (in seq order) against the chain from `cursor` on and advances it; returns the
 * first seq where the chain breaks (for a gap: the missing seq), with why. A row's hash covers its plan,
 * seq, bytes, author and origin, and the hash of the update before it.
 */
export function walkUpdateChain(
	planId: string,
	rows: readonly PlanUpdateRow[],
	cursor: UpdateChainCursor
): { seq: number; reason: UpdateLinkBreak } | null {
	for (const row of rows) {
		if (row.seq !== cursor.seq) return { seq: cursor.seq, reason: 'seq_gap' };
		if (row.prev_hash !== cursor.hash) return { seq: row.seq, reason: 'prev_hash_mismatch' };
		const hash = hashUpdate(
			{
				planId,
				seq: row.seq,
				update: row.update,
				userId: row.user_id,
				unitId: row.unit_id,
				origin: row.origin
			},
			cursor.hash
		);
		if (hash !== row.hash) return { seq: row.seq, reason: 'hash_mismatch' };
		cursor.seq++;
		cursor.hash = hash;
	}
	return null;
}

/** The head of a plan's update chain as its stream row names it (seq 0 and GENESIS_HASH without one). */
export async function updateHead(db: Kysely<Schema>, planId: string): Promise<UpdateChainCursor> {
	const row = await db
		.selectFrom('plan_streams')
		.select(['update_seq', 'update_head_hash'])
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	return { seq: row?.update_seq ?? 0, hash: row?.update_head_hash ?? GENESIS_HASH };
}

/**
 * A plan's stored updates from `fromSeq` to `toSeq` (both inclusive; default: to the stream head), only as
 * the update chain covers them: a row past the stream's head is never returned, and a row whose hash or
 * link does not hold (changed, inserted or removed behind the log's back) throws ChainBrokenError instead
 * of being served. The update before `fromSeq` is read too, to check the first one's link.
 */
export async function readChainedUpdates(
	db: Kysely<Schema>,
	planId: string,
	fromSeq: number,
	toSeq?: number
): Promise<PlanUpdateRow[]> {
	const head = await updateHead(db, planId);
	const last = Math.min(toSeq ?? head.seq, head.seq);
	const first = Math.max(1, fromSeq);
	if (last < first) return [];
	const rows = await db
		.selectFrom('plan_updates')
		.selectAll()
		.where('plan_id', '=', planId)
		.where('seq', '>=', first - 1)
		.where('seq', '<=', last)
		.orderBy('seq')
		.execute();
	const anchor = first > 1 ? rows.shift() : undefined;
	if (first > 1 && anchor?.seq !== first - 1) throw new ChainBrokenError(planId, first - 1, 'seq_gap');
	const cursor = anchor ? { seq: first - 1, hash: anchor.prev_hash } : { ...UPDATE_CHAIN_START };
	const broken = walkUpdateChain(planId, anchor ? [anchor, ...rows] : rows, cursor);
	if (broken) throw new ChainBrokenError(planId, broken.seq, broken.reason);
	if (cursor.seq !== last + 1) throw new ChainBrokenError(planId, cursor.seq, 'seq_gap');
	if (last === head.seq && cursor.hash !== head.hash)
		throw new ChainBrokenError(planId, last, 'head_mismatch');
	return rows;
}
