import type { EventInput } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { AppendBatch, AppendEvent, AppendResult, UpdateInput } from './batch.ts';
import { lockPlan } from './lock.ts';
import { readPlanRights, type PlanRights } from './plan-rights.ts';

/** A plan as a command sees it: locked for the rest of the transaction, with its rights as stored. */
export interface LockedPlan {
	planId: string;
	/** The transaction holding the lock: read the rest of the state the decision needs with it. */
	trx: Kysely<Schema>;
	/** null: there is no such plan (yet). */
	rights: PlanRights | null;
}

/**
 * A command's decision: the events to append (none: nothing to write) and what to answer the caller. A
 * command that changes the co-edited document also gives the document update, and its derived events name it
 * by `updateIndex` (open sync rooms pick the update up from the log like any other writer's).
 */
export interface Decision<T> {
	events: readonly (EventInput | AppendEvent)[];
	updates?: readonly UpdateInput[];
	value: T;
}

/** What a command did: its answer, and what the append wrote (null when it decided no events). */
export interface Executed<T> {
	value: T;
	result: AppendResult | null;
}

/**
 * The write path of commands (issue, amend, invite, task workflow, notes, imports, demo data): takes the
 * plan's lock once, reads its rights once, lets `decide` check the command against the stream as stored
 * (the read models are projected in the appending transaction, so under the lock they are the stream) and
 * appends its events in the same transaction. A decision that throws writes nothing.
 */
export async function executeLocked<T>(
	trx: Kysely<Schema>,
	planId: string,
	decide: (plan: LockedPlan) => Decision<T> | Promise<Decision<T>>,
	append: (trx: Kysely<Schema>, batch: AppendBatch) => Promise<AppendResult>
): Promise<Executed<T>> {
	await lockPlan(trx, planId);
	const rights = await readPlanRights(trx, planId);
	const { events, updates = [], value } = await decide({ planId, trx, rights });
	if (events.length === 0 && updates.length === 0) return { value, result: null };
	const batch: AppendBatch = { planId, events: [...events] };
	if (updates.length > 0) batch.updates = [...updates];
	return { value, result: await append(trx, batch) };
}
