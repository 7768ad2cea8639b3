import { randomUUID } from 'node:crypto';
import type { ContentEvent } from '@trienkhai/domain';
import {
	PreconditionFailedError,
	type AppendResult,
	type EventStore,
	type PlanRightsState,
	type UpdateInput
} from '@trienkhai/db';
import type { Logger } from 'pino';
import { batchEvents } from './batch-events.ts';
import { isTransient } from './transient.ts';

/** A batch of at least this many items is written without lingering. */
const LINGER_BELOW = 16;

/** Something a room writes to the log: an update with the events derived from it, or events alone. */
export interface WriteItem {
	update: UpdateInput | null;
	events: readonly ContentEvent[];
	/** The rights the update was decided with, the batch's precondition; null for none (refusals). */
	rights: PlanRightsState | null;
}

export interface LogWriterDeps<T extends WriteItem> {
	planId: string;
	store: EventStore;
	log: Logger;
	/** Typing of one user in one text within this window, in one batch, is one event. */
	textWindowMs: number;
	/** How long an append of a busy room waits for more items (0: none; see LogWriter.linger). */
	lingerMs?: number;
	/** A batch is durable: apply, broadcast and acknowledge it. */
	committed(items: T[], result: AppendResult): void;
	/**
	 * The plan's rights changed before a batch was written: nothing of it was. `items` are that batch and
	 * everything queued after it (decided with the same stale rights or after them), all taken off the queue.
	 */
	refused(items: T[], error: PreconditionFailedError): void;
	/** A write failed for a reason retrying cannot fix; everything queued is dropped, unwritten. */
	failed(error: unknown, items: T[]): void;
}

/**
 * A room's writer to the log: group commit (what is queued while a write runs goes in the next one), one
 * batch per run of items decided with the same rights (the batch's precondition), an idempotency key per
 * batch kept over its retries (a retry after a commit whose answer was lost is answered as a duplicate),
 * retries of transient errors only. Updates and the events derived from them go in the same batch: once a
 * batch is acknowledged, its events are durable too.
 */
export class LogWriter<T extends WriteItem> {
	private queue: T[] = [];
	private inFlight: T[] = [];
	private running: Promise<void> | null = null;
	/**
	 * Names this room's batches in the log's idempotency keys. Random: a key another writer could make too
	 * (another instance writing its first batch of the plan in the same millisecond) would get that writer's
	 * append answered as a duplicate of ours, and its acknowledged update never written.
	 */
	private readonly writerId = randomUUID();
	private batchCounter = 0;
	private failures = 0;
	private closing = false;
	private readonly deps: LogWriterDeps<T>;

	constructor(deps: LogWriterDeps<T>) {
		this.deps = deps;
	}

	/** Queues an item; it is written with the next batch. */
	enqueue(item: T): void {
		this.queue.push(item);
		this.running ??= this.run().finally(() => (this.running = null));
	}

	/** Items accepted and not yet written, in order (being written first). */
	uncommitted(): T[] {
		return [...this.inFlight, ...this.queue];
	}

	/** Resolves once everything queued is written (or dropped by a failure). */
	async flush(): Promise<void> {
		while (this.running) await this.running;
	}

	/** Flushes with a bounded number of retries: a room that is closing does not wait for ever. */
	async close(): Promise<void> {
		this.closing = true;
		await this.flush();
	}

	/**
	 * Waits lingerMs before an append when the room is busy (more than one item came during the last
	 * append) but its batch still small: more items go in it, and an append costs about the same for one
	 * update as for fifty. A lone update, or a batch already large, is written at once.
	 */
	private async linger(): Promise<void> {
		const ms = this.deps.lingerMs ?? 0;
		const queued = this.queue.length;
		if (ms > 0 && queued > 1 && queued < LINGER_BELOW) await new Promise((r) => setTimeout(r, ms));
	}

	private async run(): Promise<void> {
		while (this.queue.length > 0) {
			await this.linger();
			const first = this.queue[0]!;
			const end = this.queue.findIndex((item) => item.rights !== first.rights);
			this.inFlight = this.queue.splice(0, end < 0 ? this.queue.length : end);
			const items = this.inFlight;
			try {
				const result = await this.write(items);
				this.inFlight = [];
				this.deps.committed(items, result);
			} catch (error) {
				const dropped = [...items, ...this.queue.splice(0)];
				this.inFlight = [];
				if (error instanceof PreconditionFailedError) this.deps.refused(dropped, error);
				else this.deps.failed(error, dropped);
			}
		}
	}

	/** Appends one batch, retrying transient errors under the same idempotency key. */
	private async write(items: T[]): Promise<AppendResult> {
		const key = `${this.writerId}:${++this.batchCounter}`;
		const updates: UpdateInput[] = [];
		const indexes = items.map((item) => (item.update ? updates.push(item.update) - 1 : null));
		const events = batchEvents(
			items.map((item) => item.events),
			indexes,
			this.deps.textWindowMs
		);
		const rights = items[0]!.rights;
		for (;;) {
			try {
				const result = await this.deps.store.append({
					planId: this.deps.planId,
					idempotencyKey: key,
					updates,
					events,
					...(rights ? { precondition: { planRights: rights } } : {})
				});
				this.failures = 0;
				return result;
			} catch (error) {
				if (!isTransient(error) || (this.closing && this.failures >= 3)) throw error;
				this.failures++;
				this.deps.log.warn(
					{ planId: this.deps.planId, err: error, attempt: this.failures },
					'append failed; retrying'
				);
				await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 100 * 2 ** this.failures)));
			}
		}
	}
}
