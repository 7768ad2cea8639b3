import { createHash } from 'node:crypto';
import {
	canonicalEventJson,
	GENESIS_HASH,
	isPlanStreamEventType,
	normaliseEventData,
	normaliseInstant,
	type ChainedEventContent,
	type EventInput
} from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import {
	projectInline,
	refreshUnitStats,
	taskColumnUpdates,
	type KnownTask,
	type ProjectionContext
} from '../projections/inline.ts';
import type { AppendBatchRow, Schema } from '../schema.ts';
import { AppendRejectedError, ConcurrencyError } from './errors.ts';
import { hashEvent, hashUpdate } from './hash.ts';
import { checkPreconditions, type AppendPrecondition } from './precondition.ts';

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

/**
 * Appends one batch inside the given transaction (see appendBatchesInTransaction); a refusal throws, and
 * the caller's transaction should then roll back.
 */
export async function appendInTransaction(
	trx: Kysely<Schema>,
	batch: AppendBatch,
	context: ProjectionContext,
	channel: string
): Promise<AppendResult> {
	validateBatch(batch);
	const [outcome] = await appendBatchesInTransaction(trx, [batch], context, channel);
	if (!outcome!.ok) throw outcome!.error;
	return outcome!.result;
}

/** A plan's stream head as the group advances it in memory. */
interface Head {
	updateSeq: number;
	eventSeq: number;
	hash: string;
	/** Hash of the last update (the update chain's head). */
	updateHash: string;
	/** Whether the stream held events when the transaction began (its PlanCreated is projected). */
	created: boolean;
	/** Whether this transaction moved it (its plan_streams row must be written). */
	moved: boolean;
}

type ChainedRow = ChainedEventContent & { prevHash: string; hash: string };

/** Rows of the group's read, as jsonb gives them back (int8 as JSON numbers). */
interface HeadRow {
	plan_id: string;
	update_seq: number;
	event_seq: number;
	head_hash: string;
	update_head_hash: string;
}
type SeenRow = Omit<AppendBatchRow, 'created_at'>;
interface TaskRowRead {
	id: string;
	plan_id: string;
	code: string;
	content: string;
}

/** What the group writes for one accepted batch. */
interface Accepted {
	index: number;
	batch: AppendBatch;
	/** Digest of the batch when it has an idempotency key (see fingerprint). */
	fingerprint: string | null;
	result: AppendResult;
	events: ChainedRow[];
	/** The batch's updates' links in the plan's update chain, in order. */
	updateLinks: Array<{ prevHash: string; hash: string }>;
}

function range(a: number | null, b: number | null): [number, number] | null {
	return a === null || b === null ? null : [a, b];
}

/**
 * Appends batches (of one plan or many; validated by validateBatch) in one transaction: the group commit
 * behind EventStore.append, and the single append behind appendIn. Every statement is set-based over the
 * whole group, so N batches cost about the round trips of one.
 *
 * The first statement takes the plans' advisory locks (in one global order, so two groups never deadlock)
 * and takes no transaction id: the id is assigned by the first write, after the locks, so one plan's
 * transactions get increasing ids in seq order (what subscribe.ts relies on). Call it before any other
 * write of the transaction.
 *
 * A batch the log refuses on its own (stale expected seq, stream order, a key reused for another plan)
 * gets its error in its outcome and the others go on; an error of the database throws and fails them all.
 */
export async function appendBatchesInTransaction(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[],
	context: ProjectionContext,
	channel: string
): Promise<BatchOutcome[]> {
	const planIds = [...new Set(batches.map((b) => b.planId))];
	if (planIds.length === 1) {
		await sql`select pg_advisory_xact_lock(hashtextextended(${planIds[0]}, 0))`.execute(trx);
	} else {
		await sql`
			select pg_advisory_xact_lock(k) from (
				select distinct hashtextextended(id, 0) as k from (values ${sql.join(planIds.map((id) => sql`(${id})`))}) as p (id)
				order by k
			) as locks`.execute(trx);
	}

	// one round trip reads what the group needs: stream heads, idempotency keys seen, the named tasks
	const keys = batches.flatMap((b) => (b.idempotencyKey !== undefined ? [b.idempotencyKey] : []));
	const taskIds = [
		...new Set(batches.flatMap((b) => (b.events ?? []).flatMap((e) => (e.taskId !== null ? [e.taskId] : []))))
	];
	const state = await sql<{ heads: HeadRow[]; seen: SeenRow[]; tasks: TaskRowRead[] }>`
		select
			(select coalesce(jsonb_agg(s), '[]') from (
				select plan_id, update_seq, event_seq, head_hash, update_head_hash from plan_streams
				where plan_id in (select jsonb_array_elements_text(${JSON.stringify(planIds)}::jsonb))
			) as s) as heads,
			(select coalesce(jsonb_agg(b), '[]') from (
				select * from append_batches
				where id in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))
			) as b) as seen,
			(select coalesce(jsonb_agg(t), '[]') from (
				select id, plan_id, code, content from tasks
				where id in (select jsonb_array_elements_text(${JSON.stringify(taskIds)}::jsonb))
			) as t) as tasks`.execute(trx);
	const read = state.rows[0]!;
	const unmet = await checkPreconditions(trx, batches);
	const seen = new Map(read.seen.map((row) => [row.id, row]));
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
	const known = new Map<string, KnownTask>(
		read.tasks.map((t) => [t.id, { planId: t.plan_id, code: t.code, content: t.content }])
	);
	const headOf = (planId: string): Head => {
		let head = heads.get(planId);
		if (!head) {
			head = {
				updateSeq: 0,
				eventSeq: 0,
				hash: GENESIS_HASH,
				updateHash: GENESIS_HASH,
				created: false,
				moved: false
			};
			heads.set(planId, head);
		}
		return head;
	};

	const outcomes: BatchOutcome[] = [];
	const accepted: Accepted[] = [];
	/** Keys accepted earlier in this group: a second batch with one is a duplicate of the first. */
	const acceptedKeys = new Map<string, Accepted>();
	const duplicatesOf = new Map<Accepted, number[]>();
	for (const [index, batch] of batches.entries()) {
		const { planId } = batch;
		const head = headOf(planId);
		const key = batch.idempotencyKey;
		const stored = key !== undefined ? seen.get(key) : undefined;
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
	if (accepted.length === 0) return outcomes;

	// the read models first (structural events run their statements here), then everything else in one
	// statement: the log rows, the folded task columns, plan versions, the activity feed joined to the new
	// positions, stream heads, idempotency keys and the change notices
	const chained = accepted.flatMap((a) => a.events);
	const created = new Map([...heads].map(([planId, head]) => [planId, head.created]));
	const writes = await projectInline(trx, chained, context, created, known);
	const moved = [...heads].filter(([, head]) => head.moved);
	if (moved.length === 0) return outcomes;

	const updates = accepted.flatMap(({ batch, result, updateLinks }) =>
		(batch.updates ?? []).map((u, i) => ({
			plan_id: batch.planId,
			seq: result.updateSeqs![0] + i,
			update: Buffer.from(u.update).toString('base64'),
			user_id: u.userId,
			unit_id: u.unitId,
			origin: u.origin,
			prev_hash: updateLinks[i]!.prevHash,
			hash: updateLinks[i]!.hash
		}))
	);
	const events = chained.map((e, ord) => ({
		ord,
		plan_id: e.planId,
		seq: e.seq,
		task_id: e.taskId,
		type: e.type,
		data: e.data,
		user_id: e.userId,
		unit_id: e.unitId,
		occurred_at: e.occurredAt,
		update_seq: e.updateSeq,
		prev_hash: e.prevHash,
		hash: e.hash
	}));
	const streams = moved.map(([planId, head]) => ({
		plan_id: planId,
		update_seq: head.updateSeq,
		event_seq: head.eventSeq,
		head_hash: head.hash,
		update_head_hash: head.updateHash
	}));
	const keyed = accepted.flatMap(({ batch, result, fingerprint }) =>
		batch.idempotencyKey === undefined
			? []
			: [
					{
						id: batch.idempotencyKey,
						plan_id: batch.planId,
						fingerprint,
						first_update_seq: result.updateSeqs?.[0] ?? null,
						last_update_seq: result.updateSeqs?.[1] ?? null,
						first_event_seq: result.eventSeqs?.[0] ?? null,
						last_event_seq: result.eventSeqs?.[1] ?? null
					}
				]
	);
	const notices = accepted.flatMap(({ result }) =>
		result.updateSeqs === null && result.eventSeqs === null
			? []
			: [
					{
						plan_id: result.planId,
						update_seqs: result.updateSeqs,
						event_seqs: result.eventSeqs,
						first_event_seq: result.eventSeqs?.[0] ?? null,
						last_event_seq: result.eventSeqs?.[1] ?? null
					}
				]
	);
	const plans = [...writes.plans].map(([id, t]) => ({ id, version: t.seq, at: t.at }));
	const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;
	const positionOf = (plan: RawBuilder<unknown>, seq: RawBuilder<unknown>) =>
		sql`(select position from ev where ev.plan_id = ${plan} and ev.seq = ${seq})`;
	const taskUpdates = taskColumnUpdates(writes.tasks);
	const written = await sql<{ positions: Array<[string, number, number]>; notified: number }>`
		with ev as (
			insert into events (plan_id, seq, task_id, type, data, user_id, unit_id, occurred_at, update_seq, prev_hash, hash)
			select plan_id, seq, task_id, type, data, user_id, unit_id, occurred_at, update_seq, prev_hash, hash
			from jsonb_to_recordset(${json(events)}) as r (
				plan_id text, seq int8, task_id text, type text, data jsonb, user_id text, unit_id text,
				occurred_at timestamptz, update_seq int8, prev_hash text, hash text, ord int8
			)
			order by ord
			returning plan_id, seq, position
		),
		up as (
			insert into plan_updates (plan_id, seq, update, user_id, unit_id, origin, prev_hash, hash)
			select plan_id, seq, decode(update, 'base64'), user_id, unit_id, origin, prev_hash, hash
			from jsonb_to_recordset(${json(updates)}) as r (
				plan_id text, seq int8, update text, user_id text, unit_id text, origin text, prev_hash text, hash text
			)
		),
		${sql.join(
			taskUpdates.map((update, i) => sql`${sql.raw(`tk${i}`)} as (${update}),`),
			sql` `
		)}
		pl as (
			update plans set version = r.version, updated_at = r.at
			from jsonb_to_recordset(${json(plans)}) as r (id text, version int8, at timestamptz)
			where plans.id = r.id
		),
		feed as (
			insert into activity_feed (position, plan_id, task_id, task_code, type, summary, user_id, unit_id, occurred_at)
			select ev.position, r.plan_id, r.task_id, r.task_code, r.type, r.summary, r.user_id, r.unit_id, r.occurred_at
			from jsonb_to_recordset(${json(writes.feed)}) as r (
				seq int8, plan_id text, task_id text, task_code text, type text, summary text, user_id text,
				unit_id text, occurred_at timestamptz
			)
			join ev on ev.plan_id = r.plan_id and ev.seq = r.seq
		),
		st as (
			insert into plan_streams (plan_id, update_seq, event_seq, head_hash, update_head_hash, updated_at)
			select plan_id, update_seq, event_seq, head_hash, update_head_hash, now()
			from jsonb_to_recordset(${json(streams)}) as r (
				plan_id text, update_seq int8, event_seq int8, head_hash text, update_head_hash text
			)
			on conflict (plan_id) do update set update_seq = excluded.update_seq, event_seq = excluded.event_seq,
				head_hash = excluded.head_hash, update_head_hash = excluded.update_head_hash,
				updated_at = excluded.updated_at
		),
		ab as (
			insert into append_batches (id, plan_id, fingerprint, first_update_seq, last_update_seq, first_event_seq,
				last_event_seq, first_position, last_position)
			select id, plan_id, fingerprint, first_update_seq, last_update_seq, first_event_seq, last_event_seq,
				${positionOf(sql`r.plan_id`, sql`r.first_event_seq`)}, ${positionOf(sql`r.plan_id`, sql`r.last_event_seq`)}
			from jsonb_to_recordset(${json(keyed)}) as r (
				id text, plan_id text, fingerprint text, first_update_seq int8, last_update_seq int8, first_event_seq int8,
				last_event_seq int8
			)
		),
		-- NOTIFY is transactional: listeners hear of a batch only once it has committed
		nt as (
			select pg_notify(${channel}, jsonb_build_object(
				'planId', r.plan_id, 'updateSeqs', r.update_seqs, 'eventSeqs', r.event_seqs,
				'positions', case when r.first_event_seq is null then null else jsonb_build_array(
					${positionOf(sql`r.plan_id`, sql`r.first_event_seq`)}, ${positionOf(sql`r.plan_id`, sql`r.last_event_seq`)}
				) end
			)::text)
			from jsonb_to_recordset(${json(notices)}) as r (
				plan_id text, update_seqs jsonb, event_seqs jsonb, first_event_seq int8, last_event_seq int8
			)
		)
		select
			(select coalesce(jsonb_agg(jsonb_build_array(plan_id, seq, position)), '[]') from ev) as positions,
			(select count(*)::int4 from nt) as notified`.execute(trx);

	const positions = new Map(
		written.rows[0]!.positions.map(([planId, seq, position]) => [`${planId}#${seq}`, position])
	);
	for (const entry of accepted) {
		const seqs = entry.result.eventSeqs;
		if (seqs) {
			entry.result.positions = [
				positions.get(`${entry.batch.planId}#${seqs[0]}`)!,
				positions.get(`${entry.batch.planId}#${seqs[1]}`)!
			];
		}
	}
	for (const [first, indexes] of duplicatesOf) {
		for (const i of indexes) outcomes[i] = { ok: true, result: { ...first.result, duplicate: true } };
	}
	if (writes.statsStale.size > 0) await refreshUnitStats(trx, [...writes.statsStale]);
	return outcomes;
}

/** An event as it is hashed: normalised data and time, its seq, and the update it came from. */
function eventContent(
	planId: string,
	seq: number,
	e: AppendEvent,
	/** The update seq an `updateIndex` stands for (null: the event's own `updateSeq`, if any). */
	fromIndex: number | null
): ChainedEventContent {
	return {
		planId,
		seq,
		taskId: e.taskId,
		type: e.type,
		data: normaliseEventData(e.data),
		userId: e.userId,
		unitId: e.unitId,
		occurredAt: normaliseInstant(e.occurredAt),
		updateSeq: fromIndex ?? e.updateSeq ?? null
	};
}

/**
 * SHA-256 of what a batch says, independent of where it lands (no seqs, no hashes): a retry of the same
 * batch has the same one, a different batch under a reused key does not.
 */
function fingerprint(batch: AppendBatch): string {
	const digest = createHash('sha256');
	digest.update(JSON.stringify([batch.planId, batch.expected ?? null]));
	for (const u of batch.updates ?? []) {
		digest.update(JSON.stringify([u.userId, u.unitId, u.origin, u.update.length]));
		digest.update(u.update);
	}
	(batch.events ?? []).forEach((e, i) => {
		// an index into the batch as a negative number, so it never equals a seq
		const content = eventContent(
			batch.planId,
			i,
			e,
			e.updateIndex !== undefined ? -(e.updateIndex + 1) : null
		);
		digest.update(canonicalEventJson(content, ''));
	});
	return digest.digest('hex');
}

/** Why the log refuses a batch at this head, or null. */
function refuse(batch: AppendBatch, head: Head): Error | null {
	const { planId, expected } = batch;
	if (expected?.eventSeq !== undefined && expected.eventSeq !== head.eventSeq) {
		return new ConcurrencyError(planId, 'events', expected.eventSeq, head.eventSeq);
	}
	if (expected?.updateSeq !== undefined && expected.updateSeq !== head.updateSeq) {
		return new ConcurrencyError(planId, 'updates', expected.updateSeq, head.updateSeq);
	}
	const inputs = batch.events ?? [];
	const created = inputs.findIndex((e) => e.type === 'PlanCreated');
	if (inputs.length > 0 && head.eventSeq === 0 && created !== 0) {
		return new AppendRejectedError(`plan ${planId} has no stream yet: its first event must be PlanCreated`);
	}
	if (
		created > 0 ||
		(created === 0 && head.eventSeq > 0) ||
		inputs.slice(created + 1).some((e) => e.type === 'PlanCreated')
	) {
		return new AppendRejectedError(`plan ${planId} is already created`);
	}
	return null;
}

/** Numbers and hash-chains an accepted batch on its plan's head, and moves the head past it. */
function chain(index: number, batch: AppendBatch, head: Head, fingerprint: string | null): Accepted {
	const { planId } = batch;
	const updates = batch.updates ?? [];
	const updateSeq0 = head.updateSeq;
	const eventSeq0 = head.eventSeq;
	let prevHash = head.hash;
	const events = (batch.events ?? []).map((e, i): ChainedRow => {
		const content = eventContent(
			planId,
			eventSeq0 + i + 1,
			e,
			e.updateIndex !== undefined ? updateSeq0 + e.updateIndex + 1 : null
		);
		const hash = hashEvent(content, prevHash);
		const link = { ...content, prevHash, hash };
		prevHash = hash;
		return link;
	});
	let prevUpdateHash = head.updateHash;
	const updateLinks = updates.map((u, i) => {
		const hash = hashUpdate({ planId, seq: updateSeq0 + i + 1, ...u }, prevUpdateHash);
		const link = { prevHash: prevUpdateHash, hash };
		prevUpdateHash = hash;
		return link;
	});
	head.updateHash = prevUpdateHash;
	head.updateSeq += updates.length;
	head.eventSeq += events.length;
	head.hash = prevHash;
	if (updates.length > 0 || events.length > 0) head.moved = true;
	return {
		index,
		batch,
		fingerprint,
		events,
		updateLinks,
		result: {
			planId,
			duplicate: false,
			updateSeqs: updates.length > 0 ? [updateSeq0 + 1, updateSeq0 + updates.length] : null,
			eventSeqs: events.length > 0 ? [eventSeq0 + 1, eventSeq0 + events.length] : null,
			positions: null,
			eventSeq: head.eventSeq,
			updateSeq: head.updateSeq,
			headHash: head.hash
		}
	};
}
