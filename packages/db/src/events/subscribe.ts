import type { EventRecord } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { toEventRecord } from './rows.ts';

/**
 * Where a subscriber is in the log. Delivery is ordered by (writing transaction id, position), not by
 * position alone: positions come from a sequence, so a transaction that took position 10 can commit after
 * one that took 11, and a reader that had moved past 11 would skip 10 for ever (the lost-event bug several
 * event stores shipped). A subscriber only reads events of transactions older than every transaction still
 * running (`pg_snapshot_xmin`); no such event can appear later, so nothing behind the checkpoint is ever
 * missed. The price: a long-running transaction anywhere in the database holds delivery back until it ends.
 */
export interface Checkpoint {
	/** xid8 of the last delivered event's transaction, as text ('0' before the first). */
	txId: string;
	position: number;
}

/** The checkpoint before the first event. */
export const START: Checkpoint = { txId: '0', position: 0 };

/** Reads the next committed events after a checkpoint, in delivery order. */
export async function readAfter(
	db: Kysely<Schema>,
	from: Checkpoint,
	limit: number
): Promise<{ events: EventRecord[]; checkpoint: Checkpoint }> {
	const result = await sql<{
		position: number;
		plan_id: string;
		seq: number;
		task_id: string | null;
		type: string;
		data: unknown;
		user_id: string | null;
		unit_id: string | null;
		occurred_at: Date;
		update_seq: number | null;
		prev_hash: string;
		hash: string;
		tx: string;
	}>`
		select position, plan_id, seq, task_id, type, data, user_id, unit_id, occurred_at, update_seq,
			prev_hash, hash, tx_id::text as tx
		from events
		where (tx_id, position) > (${from.txId}::xid8, ${from.position}::int8)
			and tx_id < pg_snapshot_xmin(pg_current_snapshot())
		order by tx_id, position
		limit ${limit}`.execute(db);
	const rows = result.rows;
	const last = rows[rows.length - 1];
	return {
		events: rows.map((r) => toEventRecord(r)),
		checkpoint: last ? { txId: last.tx, position: last.position } : from
	};
}

/** Options of a subscription. */
export interface SubscribeOptions {
	from?: Checkpoint;
	/** Called with each batch in order; the next batch waits for it. Throwing stops nothing: the batch is retried. */
	onEvents: (events: EventRecord[], checkpoint: Checkpoint) => void | Promise<void>;
	onError?: (error: unknown) => void;
	batchSize?: number;
	/** Poll this often even without notifications (a notification may be lost on reconnect). */
	pollMs?: number;
}

/** A running subscription: `stop()` ends it; `checkpoint` is how far it has delivered. */
export interface Subscription {
	readonly checkpoint: Checkpoint;
	/** Resolves once everything committed before the call has been delivered. */
	catchUp(): Promise<void>;
	stop(): Promise<void>;
}

/**
 * Follows the log from a checkpoint: woken by change notifications and by a slow poll, delivers every
 * committed event exactly once, in order.
 */
export async function subscribe(
	db: Kysely<Schema>,
	listen: (onNotify: () => void) => Promise<() => Promise<void>>,
	options: SubscribeOptions
): Promise<Subscription> {
	const batchSize = options.batchSize ?? 500;
	let checkpoint = options.from ?? START;
	let stopped = false;
	let running: Promise<void> | null = null;
	let again = false;

	const pump = async (): Promise<void> => {
		do {
			again = false;
			for (;;) {
				if (stopped) return;
				const next = await readAfter(db, checkpoint, batchSize);
				if (next.events.length === 0) break;
				await options.onEvents(next.events, next.checkpoint);
				checkpoint = next.checkpoint;
				if (next.events.length < batchSize) break;
			}
		} while (again && !stopped);
	};
	const wake = (): Promise<void> => {
		if (running) {
			again = true;
			return running;
		}
		running = pump()
			.catch((error: unknown) => options.onError?.(error))
			.finally(() => {
				running = null;
			});
		return running;
	};

	const unlisten = await listen(() => void wake());
	const timer = setInterval(() => void wake(), options.pollMs ?? 1000);
	timer.unref();
	void wake();
	return {
		get checkpoint() {
			return checkpoint;
		},
		async catchUp() {
			// a pump already running may have read before the caller's commit: run one more after it
			while (running) await running;
			await wake();
		},
		async stop() {
			stopped = true;
			clearInterval(timer);
			await unlisten();
			while (running) await running;
		}
	};
}
