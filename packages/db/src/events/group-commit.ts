import type { AppendBatch, AppendResult, BatchOutcome } from './batch.ts';

/** How a group commit runs its transactions. */
export interface GroupCommitOptions {
	/** Runs batches in one transaction (appendGroup). */
	run(batches: readonly AppendBatch[]): Promise<BatchOutcome[]>;
	/** Transactions in flight at once (PGlite has one connection: 1). */
	maxInFlight: number;
	/** Events (and updates) one transaction takes at most; a bigger single batch still goes alone. */
	maxItems: number;
}

interface Waiting {
	batch: AppendBatch;
	resolve(result: AppendResult): void;
	reject(error: unknown): void;
}

/** The size of a batch for the group limit. */
function itemsOf(batch: AppendBatch): number {
	return Math.max(1, (batch.events?.length ?? 0) + (batch.updates?.length ?? 0));
}

/**
 * Group commit for appends that each run in their own transaction: appends that arrive while a
 * transaction is in flight wait and go together in the next one, so fifty writers pay for a handful of
 * commits instead of fifty. A lone writer waits for nothing: its append starts a transaction at once.
 *
 * Each batch keeps its own outcome: a batch the log refuses (stale seq, stream order) fails alone inside
 * the group. When the group's transaction fails as a whole (an error of the database: a constraint a
 * batch's events break, a deadlock, a lost connection), its two halves are tried again, in order, and so
 * on down to the batch at fault: one bad batch never fails the others, and costs about log2(group size)
 * extra transactions. (A batch without an idempotency key whose commit was lost
 * with the connection may so be written twice, as a caller's own retry would; the sync server keys
 * every batch.)
 */
export function createGroupCommit(options: GroupCommitOptions): {
	append(batch: AppendBatch): Promise<AppendResult>;
} {
	const queue: Waiting[] = [];
	let inFlight = 0;

	const take = (): Waiting[] => {
		const group: Waiting[] = [];
		let items = 0;
		while (queue.length > 0) {
			const size = itemsOf(queue[0]!.batch);
			if (group.length > 0 && items + size > options.maxItems) break;
			group.push(queue.shift()!);
			items += size;
		}
		return group;
	};

	const settle = (group: Waiting[], outcomes: BatchOutcome[]): void => {
		group.forEach((w, i) => {
			const outcome = outcomes[i]!;
			if (outcome.ok) w.resolve(outcome.result);
			else w.reject(outcome.error);
		});
	};

	/** Runs a group; when its transaction fails, each half again (in order), down to the batch at fault. */
	const runGroup = async (group: Waiting[]): Promise<void> => {
		let outcomes: BatchOutcome[];
		try {
			outcomes = await options.run(group.map((w) => w.batch));
		} catch (error) {
			if (group.length === 1) {
				group[0]!.reject(error);
				return;
			}
			const half = Math.ceil(group.length / 2);
			await runGroup(group.slice(0, half));
			await runGroup(group.slice(half));
			return;
		}
		settle(group, outcomes);
	};

	const pump = (): void => {
		while (inFlight < options.maxInFlight && queue.length > 0) {
			const group = take();
			inFlight++;
			void runGroup(group).finally(() => {
				inFlight--;
				schedule();
			});
		}
	};

	// Appends arrive in bursts: a committed group resolves its writers in one tick and each writes again at
	// once. Starting a transaction one macrotask later lets the whole burst in, instead of sending its first
	// append alone and the rest after it.
	let scheduled = false;
	const schedule = (): void => {
		if (scheduled) return;
		scheduled = true;
		setImmediate(() => {
			scheduled = false;
			pump();
		});
	};

	return {
		append(batch) {
			return new Promise<AppendResult>((resolve, reject) => {
				queue.push({ batch, resolve, reject });
				schedule();
			});
		}
	};
}
