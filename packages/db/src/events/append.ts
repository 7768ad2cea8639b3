import type { Kysely } from 'kysely';
import { runProjections, type Projection, type ProjectionContext } from '../projections/projection.ts';
import type { Schema } from '../schema.ts';
import { admitBatches } from './admit.ts';
import { validateBatch, type AppendBatch, type AppendResult, type BatchOutcome } from './batch.ts';
import { readGroupState } from './group-read.ts';
import { writeGroup } from './group-write.ts';
import { lockPlans } from './lock.ts';
import { checkPreconditions } from './precondition.ts';

export type {
	AppendBatch,
	AppendEvent,
	AppendResult,
	BatchOutcome,
	ChangeNotice,
	UpdateInput
} from './batch.ts';
export { validateBatch } from './batch.ts';

/** The read models an append runs in its transaction (see projection.ts), and what they need. */
export interface ReadModels {
	projections: readonly Projection[];
	context: ProjectionContext;
}

/**
 * Appends batches (of one plan or many; validated by validateBatch) in one transaction: the group commit
 * behind EventStore.append. Takes the plans' locks first (lockPlans), so call it before any other write of
 * the transaction. See appendLocked.
 */
export async function appendBatchesInTransaction(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[],
	readModels: ReadModels,
	channel: string
): Promise<BatchOutcome[]> {
	await lockPlans(
		trx,
		batches.map((b) => b.planId)
	);
	return appendLocked(trx, batches, readModels, channel);
}

/** Appends one batch whose plan the transaction has locked (see appendLocked); a refusal throws. */
export async function appendOneLocked(
	trx: Kysely<Schema>,
	batch: AppendBatch,
	readModels: ReadModels,
	channel: string
): Promise<AppendResult> {
	validateBatch(batch);
	const [outcome] = await appendLocked(trx, [batch], readModels, channel);
	if (!outcome!.ok) throw outcome!.error;
	return outcome!.result;
}

/**
 * Appends batches whose plans the transaction holds the locks of. The log's statements are set-based over
 * the whole group, so N batches cost about the round trips of one: one read (readGroupState), one write
 * statement (writeGroup); then the registered projections run over the group's events, which now have
 * their positions, in the same transaction.
 *
 * A batch the log refuses on its own (stale expected seq, stream order, a key reused for another plan)
 * gets its error in its outcome and the others go on; an error of the database throws and fails them all.
 */
export async function appendLocked(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[],
	readModels: ReadModels,
	channel: string
): Promise<BatchOutcome[]> {
	const state = await readGroupState(trx, batches);
	const unmet = await checkPreconditions(trx, batches);
	const { outcomes, accepted, duplicatesOf } = admitBatches(batches, state, unmet);
	if (accepted.length === 0) return outcomes;
	const moved = [...state.heads].filter(([, head]) => head.moved);
	if (moved.length === 0) return outcomes;

	const positions = await writeGroup(trx, accepted, moved, channel);
	const events = accepted
		.flatMap((a) => a.events)
		.map((event) => ({
			...event,
			position: positions.get(`${event.planId}#${event.seq}`)!
		}));
	await runProjections(trx, readModels.projections, events, readModels.context);

	for (const [first, indexes] of duplicatesOf) {
		for (const i of indexes) outcomes[i] = { ok: true, result: { ...first.result, duplicate: true } };
	}
	return outcomes;
}
