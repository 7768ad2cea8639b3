import {
	GENESIS_HASH,
	isPlanStreamEventType,
	normaliseEventData,
	normaliseInstant,
	type ChainedEventContent,
	type EventInput
} from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import { applyInline, type ProjectionContext } from '../projections/inline.ts';
import type { Schema } from '../schema.ts';
import { AppendRejectedError, ConcurrencyError } from './errors.ts';
import { hashEvent } from './hash.ts';

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

const MAX_KEY_LENGTH = 200;

function validateBatch(batch: AppendBatch): void {
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

/**
 * Appends a batch inside the given transaction. The first statement takes a per-plan advisory lock, and
 * it takes no transaction id: the id is assigned by the first write, after the lock, so one plan's
 * transactions get increasing ids in seq order (what subscribe.ts relies on). Call it before any other
 * write of the transaction.
 */
export async function appendInTransaction(
	trx: Kysely<Schema>,
	batch: AppendBatch,
	context: ProjectionContext,
	channel: string
): Promise<AppendResult> {
	validateBatch(batch);
	const { planId } = batch;
	await sql`select pg_advisory_xact_lock(hashtextextended(${planId}, 0))`.execute(trx);

	if (batch.idempotencyKey !== undefined) {
		const seen = await trx
			.selectFrom('append_batches')
			.selectAll()
			.where('id', '=', batch.idempotencyKey)
			.executeTakeFirst();
		if (seen) {
			if (seen.plan_id !== planId) throw new AppendRejectedError('idempotency key used for another plan');
			const head = await trx
				.selectFrom('plan_streams')
				.selectAll()
				.where('plan_id', '=', planId)
				.executeTakeFirstOrThrow();
			const range = (a: number | null, b: number | null): [number, number] | null =>
				a === null || b === null ? null : [a, b];
			return {
				planId,
				duplicate: true,
				updateSeqs: range(seen.first_update_seq, seen.last_update_seq),
				eventSeqs: range(seen.first_event_seq, seen.last_event_seq),
				positions: range(seen.first_position, seen.last_position),
				eventSeq: head.event_seq,
				updateSeq: head.update_seq,
				headHash: head.head_hash
			};
		}
	}

	const stream = await trx
		.selectFrom('plan_streams')
		.select(['update_seq', 'event_seq', 'head_hash'])
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	const updateSeq0 = stream?.update_seq ?? 0;
	const eventSeq0 = stream?.event_seq ?? 0;
	const expected = batch.expected;
	if (expected?.eventSeq !== undefined && expected.eventSeq !== eventSeq0) {
		throw new ConcurrencyError(planId, 'events', expected.eventSeq, eventSeq0);
	}
	if (expected?.updateSeq !== undefined && expected.updateSeq !== updateSeq0) {
		throw new ConcurrencyError(planId, 'updates', expected.updateSeq, updateSeq0);
	}

	const inputs = batch.events ?? [];
	const created = inputs.findIndex((e) => e.type === 'PlanCreated');
	if (inputs.length > 0 && eventSeq0 === 0 && created !== 0) {
		throw new AppendRejectedError(`plan ${planId} has no stream yet: its first event must be PlanCreated`);
	}
	if (
		created > 0 ||
		(created === 0 && eventSeq0 > 0) ||
		inputs.slice(created + 1).some((e) => e.type === 'PlanCreated')
	) {
		throw new AppendRejectedError(`plan ${planId} is already created`);
	}

	const updates = batch.updates ?? [];
	if (updates.length > 0) {
		await trx
			.insertInto('plan_updates')
			.values(
				updates.map((u, i) => ({
					plan_id: planId,
					seq: updateSeq0 + i + 1,
					update: u.update,
					user_id: u.userId,
					unit_id: u.unitId,
					origin: u.origin
				}))
			)
			.execute();
	}

	let prevHash = stream?.head_hash ?? GENESIS_HASH;
	const chained: Array<ChainedEventContent & { prevHash: string; hash: string }> = inputs.map((e, i) => {
		const content: ChainedEventContent = {
			planId,
			seq: eventSeq0 + i + 1,
			taskId: e.taskId,
			type: e.type,
			data: normaliseEventData(e.data),
			userId: e.userId,
			unitId: e.unitId,
			occurredAt: normaliseInstant(e.occurredAt),
			updateSeq: e.updateIndex !== undefined ? updateSeq0 + e.updateIndex + 1 : (e.updateSeq ?? null)
		};
		const hash = hashEvent(content, prevHash);
		const link = { ...content, prevHash, hash };
		prevHash = hash;
		return link;
	});

	let positions: [number, number] | null = null;
	if (chained.length > 0) {
		const rows = await trx
			.insertInto('events')
			.values(
				chained.map((e) => ({
					plan_id: e.planId,
					seq: e.seq,
					task_id: e.taskId,
					type: e.type,
					data: JSON.stringify(e.data),
					user_id: e.userId,
					unit_id: e.unitId,
					occurred_at: e.occurredAt,
					update_seq: e.updateSeq,
					prev_hash: e.prevHash,
					hash: e.hash
				}))
			)
			.returning('position')
			.execute();
		const numbered = chained.map((e, i) => ({ ...e, position: rows[i]!.position }));
		positions = [numbered[0]!.position, numbered[numbered.length - 1]!.position];
		// a stream with events began with PlanCreated (checked above), so its plan row exists
		await applyInline(trx, numbered, context, eventSeq0 > 0);
	}

	const result: AppendResult = {
		planId,
		duplicate: false,
		updateSeqs: updates.length > 0 ? [updateSeq0 + 1, updateSeq0 + updates.length] : null,
		eventSeqs: chained.length > 0 ? [eventSeq0 + 1, eventSeq0 + chained.length] : null,
		positions,
		eventSeq: eventSeq0 + chained.length,
		updateSeq: updateSeq0 + updates.length,
		headHash: prevHash
	};

	if (updates.length === 0 && chained.length === 0) return result;
	await trx
		.insertInto('plan_streams')
		.values({
			plan_id: planId,
			update_seq: result.updateSeq,
			event_seq: result.eventSeq,
			head_hash: result.headHash,
			updated_at: sql`now()`
		})
		.onConflict((oc) =>
			oc.column('plan_id').doUpdateSet({
				update_seq: result.updateSeq,
				event_seq: result.eventSeq,
				head_hash: result.headHash,
				updated_at: sql`now()`
			})
		)
		.execute();
	if (batch.idempotencyKey !== undefined) {
		await trx
			.insertInto('append_batches')
			.values({
				id: batch.idempotencyKey,
				plan_id: planId,
				first_update_seq: result.updateSeqs?.[0] ?? null,
				last_update_seq: result.updateSeqs?.[1] ?? null,
				first_event_seq: result.eventSeqs?.[0] ?? null,
				last_event_seq: result.eventSeqs?.[1] ?? null,
				first_position: positions?.[0] ?? null,
				last_position: positions?.[1] ?? null
			})
			.execute();
	}
	const notice: ChangeNotice = {
		planId,
		updateSeqs: result.updateSeqs,
		eventSeqs: result.eventSeqs,
		positions
	};
	// NOTIFY is transactional: listeners hear of the batch only once it has committed.
	await sql`select pg_notify(${channel}, ${JSON.stringify(notice)})`.execute(trx);
	return result;
}
