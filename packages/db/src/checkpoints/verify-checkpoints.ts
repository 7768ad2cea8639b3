import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { keyIdOf } from './keys.ts';
import { signatureHolds, type SignedCheckpoint } from './signed-head.ts';

/** Why a signed head is not extended by the log as it is now. */
export type CheckpointFailure =
	/** The file's signature does not hold under the trusted key: the file itself was altered or forged. */
	| 'bad_signature'
	/** Signed by another key than the trusted one. */
	| 'unknown_key'
	/** The log no longer has the signed event: it was cut short or the plan removed. */
	| 'missing'
	/** The event at the signed seq has another hash: history up to it was rewritten. */
	| 'rewritten';

export interface CheckpointBreak {
	planId: string;
	seq: number;
	/** The signed global position of the head. */
	position: number;
	/** The log's hash at that seq now (null when missing). */
	foundHash: string | null;
	signedHash: string;
	signedAt: string;
	/** The newest earlier checkpoint of the plan that still holds: the rewrite starts after its seq. */
	lastGoodSeq: number | null;
	reason: CheckpointFailure;
}

export type CheckpointVerdict =
	| { ok: true; checked: number; plans: number }
	| { ok: false; checked: number; plans: number; broken: CheckpointBreak };

/**
 * Checks that the log still extends every signed head: each checkpoint's signature holds under the trusted
 * public key, and the log's event at the signed seq still has the signed hash. Together with the chain walk
 * of `verify` (every event's hash covers its predecessor's), a matching head proves every event up to it is
 * the one that was signed. Reports the first failing checkpoint in (plan, seq) order.
 */
export async function verifyCheckpoints(
	db: Kysely<Schema>,
	checkpoints: SignedCheckpoint[],
	trusted: KeyObject
): Promise<CheckpointVerdict> {
	const trustedId = keyIdOf(trusted);
	const sorted = [...checkpoints].sort((a, b) =>
		a.planId === b.planId ? a.seq - b.seq : a.planId < b.planId ? -1 : 1
	);
	const byPlan = Map.groupBy(sorted, (c) => c.planId);
	let checked = 0;
	for (const [planId, list] of byPlan) {
		const hashes = await eventHashes(
			db,
			planId,
			list.map((c) => c.seq)
		);
		let lastGoodSeq: number | null = null;
		for (const c of list) {
			const found = hashes.get(c.seq) ?? null;
			const reason: CheckpointFailure | null =
				c.keyId !== trustedId
					? 'unknown_key'
					: !signatureHolds(c, trusted)
						? 'bad_signature'
						: found === null
							? 'missing'
							: found !== c.headHash
								? 'rewritten'
								: null;
			if (reason !== null) {
				const broken: CheckpointBreak = {
					planId,
					seq: c.seq,
					position: c.position,
					foundHash: found,
					signedHash: c.headHash,
					signedAt: c.signedAt,
					lastGoodSeq,
					reason
				};
				return { ok: false, checked, plans: byPlan.size, broken };
			}
			lastGoodSeq = c.seq;
			checked++;
		}
	}
	return { ok: true, checked, plans: byPlan.size };
}

async function eventHashes(db: Kysely<Schema>, planId: string, seqs: number[]): Promise<Map<number, string>> {
	const map = new Map<number, string>();
	const PAGE = 1000;
	for (let i = 0; i < seqs.length; i += PAGE) {
		const rows = await db
			.selectFrom('events')
			.select(['seq', 'hash'])
			.where('plan_id', '=', planId)
			.where('seq', 'in', seqs.slice(i, i + PAGE))
			.execute();
		for (const r of rows) map.set(r.seq, r.hash);
	}
	return map;
}
