import { isPlanStreamEventType, type EventInput } from '@trienkhai/domain';
import { AppendRejectedError } from './errors.ts';
import type { AppendPrecondition } from './precondition.ts';

/** One accepted Yjs update of a plan's document. */
export interface UpdateInput {
	update: Uint8Array;
	userId: string | null;
	unitId: string | null;
	/** Where it came from: 'sync', 'import', 'seed', 'snapshot' … */
	origin: string;
}

/**
 * An event to append. `updateIndex` names the update of the same batch it was derived from; `updateSeq`
 * names an update appended earlier (typing coalesced over several batches). At most one of them.
 */
export interface AppendEvent extends EventInput {
	updateIndex?: number;
	updateSeq?: number;
}

/** A batch for one plan: updates and/or events, written together or not at all. */
export interface AppendBatch {
	planId: string;
	updates?: UpdateInput[];
	events?: AppendEvent[];
	/** Optimistic concurrency: the event seq (and/or update seq) the caller saw last. */
	expected?: { eventSeq?: number; updateSeq?: number };
	/** Makes a retried append a no-op that returns the first attempt's result. */
	idempotencyKey?: string;
	/** What must hold, as stored under the plan's lock, for the batch to be written (see precondition.ts). */
	precondition?: AppendPrecondition;
}

/** What an append wrote (or, for a duplicate, what the first attempt wrote). */
export interface AppendResult {
	planId: string;
	duplicate: boolean;
	/** Seq ranges as [first, last]; null when the batch had none. */
	updateSeqs: [number, number] | null;
	eventSeqs: [number, number] | null;
	positions: [number, number] | null;
	/** The stream head after the batch. */
	eventSeq: number;
	updateSeq: number;
	headHash: string;
}

/** The payload of a change notification: positions and seqs only, never event data. */
export interface ChangeNotice {
	planId: string;
	updateSeqs: [number, number] | null;
	eventSeqs: [number, number] | null;
	positions: [number, number] | null;
}

/** A batch's outcome inside a group: its result, or the error that refused it alone. */
export type BatchOutcome = { ok: true; result: AppendResult } | { ok: false; error: Error };

const MAX_KEY_LENGTH = 200;

/** Refuses a malformed batch before anything is written; called before a batch joins a group. */
export function validateBatch(batch: AppendBatch): void {
	if (!batch.planId || batch.planId.length > 200) throw new AppendRejectedError('invalid plan id');
	const updates = batch.updates ?? [];
	for (const [i, event] of (batch.events ?? []).entries()) {
		const type: string = event.type;
		if (!isPlanStreamEventType(type)) throw new AppendRejectedError(`event ${i}: unknown type ${type}`);
		if (event.updateSeq !== undefined && !(Number.isSafeInteger(event.updateSeq) && event.updateSeq > 0)) {
			throw new AppendRejectedError(`event ${i}: invalid updateSeq ${event.updateSeq}`);
		}
		if (event.updateIndex !== undefined && !(event.updateIndex >= 0 && event.updateIndex < updates.length)) {
			throw new AppendRejectedError(`event ${i}: updateIndex ${event.updateIndex} is not in the batch`);
		}
	}
	for (const [i, u] of updates.entries()) {
		if (!(u.update instanceof Uint8Array) || u.update.length === 0) {
			throw new AppendRejectedError(`update ${i}: empty`);
		}
	}
	const key = batch.idempotencyKey;
	if (key !== undefined && (key.length === 0 || key.length > MAX_KEY_LENGTH)) {
		throw new AppendRejectedError('invalid idempotency key');
	}
}
