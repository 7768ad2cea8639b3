import {
	PlanProjection,
	normaliseInstant,
	type EventRecord,
	type PlanProjectionState
} from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../connect.ts';
import type { Projection } from '../projections/projection.ts';
import { replayProjections, type ReplayResult } from '../projections/replay.ts';
import type { PlanUpdateRow, Schema } from '../schema.ts';
import { appendGroup, appendOneLocked, type AppendTarget } from './append.ts';
import { validateBatch, type AppendBatch, type AppendResult, type ChangeNotice } from './batch.ts';
import { executeLocked, type Decision, type Executed, type LockedPlan } from './execute.ts';
import { createGroupCommit } from './group-commit.ts';
import { EVENT_COLUMNS, toEventRecord } from './rows.ts';
import { readChainedUpdates } from './update-chain.ts';
import { subscribe, type SubscribeOptions, type Subscription } from './subscribe.ts';
import { namedUnits, unitNames } from './unit-names.ts';
import { verifyChains, type VerifyResult } from './verify.ts';

/** Which part of a plan's past to read: up to a seq, or up to an instant (inclusive). */
export interface PointInTime {
	seq?: number;
	at?: string | Date;
}

/** A plan as it was at a point of its stream. */
export interface PlanAtPoint extends PlanProjectionState {
	/** seq of the last event included (0: before the first). */
	seq: number;
	events: EventRecord[];
}

/** The head of a plan's stream. */
export interface StreamHead {
	planId: string;
	updateSeq: number;
	eventSeq: number;
	headHash: string;
}

/** The append-only log of plans with its projections, verification and change feed. */
export interface EventStore {
	/** The NOTIFY channel change notices go out on. */
	readonly channel: string;
	/**
	 * Appends a batch in its own transaction; appends that arrive while one is being written share the next
	 * transaction (group commit), each with its own outcome.
	 */
	append(batch: AppendBatch): Promise<AppendResult>;
	/**
	 * Runs a command on a plan (see executeLocked): under the plan's lock, `decide` checks it against the
	 * stream as stored and its events are appended in the same transaction. In its own transaction, or in
	 * the caller's `trx` (then it must come before the transaction's first write).
	 */
	execute<T>(
		planId: string,
		decide: (plan: LockedPlan) => Decision<T> | Promise<Decision<T>>,
		options?: { trx?: Kysely<Schema> }
	): Promise<Executed<T>>;
	head(planId: string): Promise<StreamHead>;
	/** A plan's events in seq order, optionally from a seq and up to a point. */
	readPlanEvents(planId: string, options?: { fromSeq?: number } & PointInTime): Promise<EventRecord[]>;
	/** A plan's stored document updates in seq order from `fromSeq` (inclusive). */
	readPlanUpdates(planId: string, fromSeq?: number, toSeq?: number): Promise<PlanUpdateRow[]>;
	/** Stores a document snapshot as of an update seq (and keeps only the three newest). */
	saveSnapshot(planId: string, updateSeq: number, state: Uint8Array): Promise<void>;
	/** The newest snapshot, or null. */
	latestSnapshot(planId: string): Promise<{ updateSeq: number; state: Uint8Array } | null>;
	/** The plan's read state as it was at a seq or an instant, rebuilt from the log. */
	planAt(planId: string, point: PointInTime): Promise<PlanAtPoint>;
	verify(planId?: string, onProgress?: (checked: number) => void): Promise<VerifyResult>;
	replay(onProgress?: (done: number, total: number) => void): Promise<ReplayResult>;
	subscribe(options: SubscribeOptions): Promise<Subscription>;
	/** Calls back with each change notice after commit; resolves to an unlisten function. */
	onChange(listener: (notice: ChangeNotice | null) => void): Promise<() => Promise<void>>;
}

/**
 * Opens the event store on a database. It appends and notifies; the read models are the `projections`
 * it is given (see projection.ts), run in each append's transaction and by replay.
 */
export function createEventLog(database: Database, projections: readonly Projection[]): EventStore {
	const { db } = database;
	const channel = database.schema ? `trienkhai_events_${database.schema}` : 'trienkhai_events';
	const context = unitNames(db);
	const target: AppendTarget = {
		readModels: { projections, context },
		channel,
		sending: database.dialect === 'pglite' ? 'one-by-one' : 'together'
	};

	const readPlanEvents: EventStore['readPlanEvents'] = async (planId, options = {}) => {
		let query = db.selectFrom('events').select(EVENT_COLUMNS).where('plan_id', '=', planId).orderBy('seq');
		if (options.fromSeq !== undefined) query = query.where('seq', '>=', options.fromSeq);
		if (options.seq !== undefined) query = query.where('seq', '<=', options.seq);
		if (options.at !== undefined)
			query = query.where('occurred_at', '<=', new Date(normaliseInstant(options.at)));
		const rows = await query.execute();
		return rows.map(toEventRecord);
	};

	const group = createGroupCommit({
		run: async (batches) => {
			await context.prepare(batches.flatMap(namedUnits));
			return appendGroup(db, batches, target);
		},
		// PGlite has one connection; on PostgreSQL a second group fills the commit wait of the first
		maxInFlight: database.dialect === 'pglite' ? 1 : 2,
		maxItems: 2000
	});

	return {
		channel,
		async append(batch) {
			validateBatch(batch);
			return group.append(batch);
		},
		async execute(planId, decide, options = {}) {
			const append = async (trx: Kysely<Schema>, batch: AppendBatch) => {
				await context.prepare(namedUnits(batch), trx);
				return appendOneLocked(trx, batch, target);
			};
			const run = (trx: Kysely<Schema>) => executeLocked(trx, planId, decide, append);
			return options.trx ? run(options.trx) : db.transaction().execute(run);
		},
		async head(planId) {
			const row = await db
				.selectFrom('plan_streams')
				.select(['update_seq', 'event_seq', 'head_hash'])
				.where('plan_id', '=', planId)
				.executeTakeFirst();
			return {
				planId,
				updateSeq: row?.update_seq ?? 0,
				eventSeq: row?.event_seq ?? 0,
				headHash: row?.head_hash ?? ''
			};
		},
		readPlanEvents,
		readPlanUpdates: (planId, fromSeq = 1, toSeq) => readChainedUpdates(db, planId, fromSeq, toSeq),
		async saveSnapshot(planId, updateSeq, state) {
			// the snapshot names the hash of the update it was taken at (see latestSnapshot)
			await db
				.insertInto('plan_snapshots')
				.columns(['plan_id', 'update_seq', 'state', 'update_hash'])
				.expression(
					db
						.selectFrom('plan_updates')
						.select((eb) => [
							eb.val(planId).as('plan_id'),
							eb.val(updateSeq).as('update_seq'),
							sql<Uint8Array>`${state}::bytea`.as('state'),
							'hash'
						])
						.where('plan_id', '=', planId)
						.where('seq', '=', updateSeq)
				)
				.onConflict((oc) => oc.columns(['plan_id', 'update_seq']).doNothing())
				.execute();
			const keep = await db
				.selectFrom('plan_snapshots')
				.select('update_seq')
				.where('plan_id', '=', planId)
				.orderBy('update_seq', 'desc')
				.limit(3)
				.execute();
			const oldest = keep[keep.length - 1]?.update_seq;
			if (keep.length === 3 && oldest !== undefined) {
				await db
					.deleteFrom('plan_snapshots')
					.where('plan_id', '=', planId)
					.where('update_seq', '<', oldest)
					.execute();
			}
		},
		async latestSnapshot(planId) {
			// only a snapshot of the history the update chain holds: taken at an update within the stream's
			// head whose hash is still the one it was taken at
			const row = await db
				.selectFrom('plan_snapshots as s')
				.innerJoin('plan_updates as u', (join) =>
					join
						.onRef('u.plan_id', '=', 's.plan_id')
						.onRef('u.seq', '=', 's.update_seq')
						.onRef('u.hash', '=', 's.update_hash')
				)
				.innerJoin('plan_streams as h', 'h.plan_id', 's.plan_id')
				.select(['s.update_seq', 's.state'])
				.where('s.plan_id', '=', planId)
				.whereRef('s.update_seq', '<=', 'h.update_seq')
				.orderBy('s.update_seq', 'desc')
				.limit(1)
				.executeTakeFirst();
			return row ? { updateSeq: row.update_seq, state: row.state } : null;
		},
		async planAt(planId, point) {
			const events = await readPlanEvents(planId, point);
			const projection = new PlanProjection();
			for (const event of events) projection.apply(event);
			return { ...projection.state(), seq: events[events.length - 1]?.seq ?? 0, events };
		},
		verify: (planId, onProgress) => verifyChains(db, planId, onProgress),
		async replay(onProgress) {
			await context.prepare(null);
			return replayProjections(db, projections, context, onProgress);
		},
		subscribe: (options) => subscribe(db, (wake) => database.listen(channel, wake), options),
		onChange: (listener) =>
			database.listen(channel, (payload) => {
				listener(payload ? (JSON.parse(payload) as ChangeNotice) : null);
			})
	};
}
