import type { AppendBatch, BatchOutcome } from './batch.ts';
import { chain, range, refuse, type Accepted } from './chain.ts';
import { AppendRejectedError } from './errors.ts';
import { fingerprint } from './fingerprint.ts';
import { headOf, type GroupState } from './group-read.ts';

/** What the group will write, and each batch's outcome (duplicates answered once positions are known). */
export interface Admission {
	outcomes: BatchOutcome[];
	accepted: Accepted[];
	/** Batches that repeat a key accepted earlier in the group, by the batch they repeat. */
	duplicatesOf: Map<Accepted, number[]>;
}

/**
 * Decides each batch of a group in order against the log as read (and as the batches before it advance
 * it): a retry of a stored key is answered with what it got; a key reused for another plan or another
 * batch is refused, and so is a batch whose precondition does not hold, whose expected seq is stale or
 * whose stream order is wrong; the rest are numbered and chained on their plan's head.
 */
export function admitBatches(
	batches: readonly AppendBatch[],
	state: GroupState,
	/** Batches refused by their precondition (see precondition.ts), by index. */
	unmet: ReadonlyMap<number, Error>
): Admission {
	const outcomes: BatchOutcome[] = [];
	const accepted: Accepted[] = [];
	/** Keys accepted earlier in this group: a second batch with one is a duplicate of the first. */
	const acceptedKeys = new Map<string, Accepted>();
	const duplicatesOf = new Map<Accepted, number[]>();
	for (const [index, batch] of batches.entries()) {
		const { planId } = batch;
		const head = headOf(state, planId);
		const key = batch.idempotencyKey;
		const stored = key !== undefined ? state.seen.get(key) : undefined;
		const earlier = key !== undefined ? acceptedKeys.get(key) : undefined;
		if ((stored && stored.plan_id !== planId) || (earlier && earlier.batch.planId !== planId)) {
			outcomes.push({ ok: false, error: new AppendRejectedError('idempotency key used for another plan') });
			continue;
		}
		const print = key !== undefined ? fingerprint(batch) : null;
		if ((stored?.fingerprint && stored.fingerprint !== print) || (earlier && earlier.fingerprint !== print)) {
			outcomes.push({
				ok: false,
				error: new AppendRejectedError('idempotency key reused for a different batch')
			});
			continue;
		}
		if (stored) {
			outcomes.push({
				ok: true,
				result: {
					planId,
					duplicate: true,
					updateSeqs: range(stored.first_update_seq, stored.last_update_seq),
					eventSeqs: range(stored.first_event_seq, stored.last_event_seq),
					positions: range(stored.first_position, stored.last_position),
					eventSeq: head.eventSeq,
					updateSeq: head.updateSeq,
					headHash: head.hash
				}
			});
			continue;
		}
		if (earlier) {
			// answered once the first one's positions are known
			outcomes.push({ ok: true, result: earlier.result });
			duplicatesOf.set(earlier, [...(duplicatesOf.get(earlier) ?? []), index]);
			continue;
		}
		const refusal = unmet.get(index) ?? refuse(batch, head);
		if (refusal) {
			outcomes.push({ ok: false, error: refusal });
			continue;
		}
		const entry = chain(index, batch, head, print);
		accepted.push(entry);
		outcomes.push({ ok: true, result: entry.result });
		if (key !== undefined) acceptedKeys.set(key, entry);
	}
	return { outcomes, accepted, duplicatesOf };
}
