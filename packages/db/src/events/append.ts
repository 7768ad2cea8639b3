import type { Kysely } from 'kysely';
import {
	inlineStatements,
	projectInline,
	refreshUnitStats,
	type ProjectionContext
} from '../projections/inline.ts';
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

/**
 * Appends batches (of one plan or many; validated by validateBatch) in one transaction: the group commit
 * behind EventStore.append. Takes the plans' locks first (lockPlans), so call it before any other write of
 * the transaction. See appendLocked.
 */
export async function appendBatchesInTransaction(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[],
	context: ProjectionContext,
	channel: string
): Promise<BatchOutcome[]> {
	await lockPlans(
		trx,
		batches.map((b) => b.planId)
	);
	return appendLocked(trx, batches, context, channel);
}

/** Appends one batch whose plan the transaction has locked (see appendLocked); a refusal throws. */
export async function appendOneLocked(
	trx: Kysely<Schema>,
	batch: AppendBatch,
	context: ProjectionContext,
	channel: string
): Promise<AppendResult> {
	validateBatch(batch);
	const [outcome] = await appendLocked(trx, [batch], context, channel);
	if (!outcome!.ok) throw outcome!.error;
	return outcome!.result;
}

/**
 * Appends batches whose plans the transaction holds the locks of. Every statement is set-based over the
 * whole group, so N batches cost about the round trips of one: one read (readGroupState), the read
 * models' statement-by-statement work (structural events), one write statement (writeGroup), and the
 * per-unit counts when they went stale.
 *
 * A batch the log refuses on its own (stale expected seq, stream order, a key reused for another plan)
 * gets its error in its outcome and the others go on; an error of the database throws and fails them all.
 */
export async function appendLocked(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[],
	context: ProjectionContext,
	channel: string
): Promise<BatchOutcome[]> {
	const state = await readGroupState(trx, batches);
	const unmet = await checkPreconditions(trx, batches);
	const { outcomes, accepted, duplicatesOf } = admitBatches(batches, state, unmet);
	if (accepted.length === 0) return outcomes;
	const moved = [...state.heads].filter(([, head]) => head.moved);
	if (moved.length === 0) return outcomes;

	// the read models first (structural events run their statements here), then the log and what the read
	// models folded in one statement
	const chained = accepted.flatMap((a) => a.events);
	const created = new Map([...state.heads].map(([planId, head]) => [planId, head.created]));
	const writes = await projectInline(trx, chained, context, created, state.known);
	await writeGroup(trx, accepted, moved, inlineStatements(writes), channel);

	for (const [first, indexes] of duplicatesOf) {
		for (const i of indexes) outcomes[i] = { ok: true, result: { ...first.result, duplicate: true } };
	}
	if (writes.statsStale.size > 0) await refreshUnitStats(trx, [...writes.statsStale]);
	return outcomes;
}
