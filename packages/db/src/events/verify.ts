import { GENESIS_HASH } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { hashEvent } from './hash.ts';
import { EVENT_COLUMNS, toEventRecord } from './rows.ts';
import { UPDATE_CHAIN_START, updateHead, walkUpdateChain } from './update-chain.ts';

/** A plan whose chain holds. */
export interface VerifiedPlan {
	planId: string;
	count: number;
	headHash: string;
}

/** Where and why a chain breaks. */
export interface ChainBreak {
	planId: string;
	/** Which of the plan's two chains: its events, or its document's updates (plan_updates). */
	stream: 'events' | 'updates';
	/** Global position of the first event that does not match (null: a break of the updates, or at the end). */
	position: number | null;
	/** The event seq, or the update seq for the updates' chain. */
	seq: number;
	reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' | 'head_mismatch';
}

export type VerifyResult =
	| { ok: true; plans: VerifiedPlan[]; count: number }
	| { ok: false; plans: VerifiedPlan[]; count: number; broken: ChainBreak };

const PAGE = 2000;

/**
 * Re-walks the hash chains of one plan (or of every plan): each event's hash must be the SHA-256 of its
 * canonical content chained to the previous one, seqs must run 1, 2, 3 … without gaps, and the stream head
 * must name the last event; then the same for the document's updates (see update-chain.ts), so an update
 * inserted, changed or removed is found at its seq. Stops at the first break.
 */
export async function verifyChains(
	db: Kysely<Schema>,
	planId?: string,
	onProgress?: (checked: number) => void
): Promise<VerifyResult> {
	const planIds =
		planId !== undefined
			? [planId]
			: (
					await db
						.selectFrom('plan_streams')
						.select('plan_id')
						.union(db.selectFrom('events').select('plan_id').distinct())
						.union(db.selectFrom('plan_updates').select('plan_id').distinct())
						.orderBy('plan_id')
						.execute()
				).map((r) => r.plan_id);
	const plans: VerifiedPlan[] = [];
	let count = 0;
	for (const id of planIds) {
		const outcome = await verifyPlan(db, id, (n) => onProgress?.(count + n));
		if ('broken' in outcome)
			return { ok: false, plans, count: count + outcome.checked, broken: outcome.broken };
		const updates = await verifyUpdates(db, id);
		if (updates) return { ok: false, plans, count: count + outcome.count, broken: updates };
		plans.push(outcome);
		count += outcome.count;
	}
	return { ok: true, plans, count };
}

async function verifyPlan(
	db: Kysely<Schema>,
	planId: string,
	onProgress: (checked: number) => void
): Promise<VerifiedPlan | { broken: ChainBreak; checked: number }> {
	let prevHash = GENESIS_HASH;
	let expectedSeq = 1;
	for (;;) {
		const rows = await db
			.selectFrom('events')
			.select(EVENT_COLUMNS)
			.where('plan_id', '=', planId)
			.where('seq', '>=', expectedSeq)
			.orderBy('seq')
			.limit(PAGE)
			.execute();
		for (const row of rows) {
			const event = toEventRecord(row);
			const broken = (reason: ChainBreak['reason']) => ({
				broken: { planId, stream: 'events' as const, position: event.position, seq: event.seq, reason },
				checked: expectedSeq - 1
			});
			if (event.seq !== expectedSeq) return broken('seq_gap');
			if (event.prevHash !== prevHash) return broken('prev_hash_mismatch');
			if (hashEvent(event, prevHash) !== event.hash) return broken('hash_mismatch');
			prevHash = event.hash;
			expectedSeq++;
		}
		onProgress(expectedSeq - 1);
		if (rows.length < PAGE) break;
	}
	const count = expectedSeq - 1;
	const head = await db
		.selectFrom('plan_streams')
		.select(['event_seq', 'head_hash'])
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	const headSeq = head?.event_seq ?? 0;
	const headHash = count === 0 && !head ? GENESIS_HASH : (head?.head_hash ?? '');
	if (headSeq !== count || headHash !== prevHash) {
		return {
			broken: {
				planId,
				stream: 'events',
				position: null,
				seq: Math.max(headSeq, count),
				reason: 'head_mismatch'
			},
			checked: count
		};
	}
	return { planId, count, headHash: prevHash };
}

/** Re-walks a plan's update chain up to its stream head; the first break, or null when it holds. */
async function verifyUpdates(db: Kysely<Schema>, planId: string): Promise<ChainBreak | null> {
	const cursor = { ...UPDATE_CHAIN_START };
	const at = (seq: number, reason: ChainBreak['reason']): ChainBreak => ({
		planId,
		stream: 'updates',
		position: null,
		seq,
		reason
	});
	for (;;) {
		const rows = await db
			.selectFrom('plan_updates')
			.selectAll()
			.where('plan_id', '=', planId)
			.where('seq', '>=', cursor.seq)
			.orderBy('seq')
			.limit(PAGE)
			.execute();
		const broken = walkUpdateChain(planId, rows, cursor);
		if (broken) return at(broken.seq, broken.reason);
		if (rows.length < PAGE) break;
	}
	const count = cursor.seq - 1;
	const head = await updateHead(db, planId);
	if (head.seq !== count || head.hash !== cursor.hash) return at(Math.max(head.seq, count), 'head_mismatch');
	return null;
}
