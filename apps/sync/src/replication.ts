import type { EventStore } from '@trienkhai/db';

export interface ReplicationDeps {
	planId: string;
	store: EventStore;
	/** How long a change notice may run ahead of the fan-out before the log is read (see `announced`). */
	catchUpDelayMs: number;
	/** Applies a committed update to the room's documents. */
	apply(update: Uint8Array): void;
	closed(): boolean;
	/** Reading the log failed: the room cannot know what it lacks. */
	failed(error: unknown): void;
}

/**
 * Keeps a room's document equal to the log when others write too (other instances, the web app): applies
 * committed updates the fan-out brings in seq order, and reads from the log what it lacks (a gap in the
 * fan-out, a lost last message, an update our own append was numbered after).
 */
export class Replication {
	/** Highest update seq such that every update up to it is in the document. */
	appliedSeq: number;
	/** Highest update seq the log's change notices announced for this plan. */
	private announcedSeq = 0;
	private announceTimer: NodeJS.Timeout | null = null;
	private readonly deps: ReplicationDeps;

	constructor(appliedSeq: number, deps: ReplicationDeps) {
		this.appliedSeq = appliedSeq;
		this.deps = deps;
	}

	/** Updates committed by another instance, numbered from `from`. */
	remoteUpdates(from: number, updates: Uint8Array[]): void {
		const to = from + updates.length - 1;
		if (to <= this.appliedSeq) return;
		if (from > this.appliedSeq + 1) return this.startCatchUp(to);
		for (const [i, update] of updates.entries()) {
			if (from + i <= this.appliedSeq) continue;
			this.deps.apply(update);
		}
		this.appliedSeq = to;
	}

	/**
	 * The room's own batch got update seqs `[from, to]` (already applied). Returns whether the document is now
	 * exactly the log up to `to`; when others wrote between, what they wrote is read from the log.
	 */
	ownCommit(from: number, to: number): boolean {
		if (from <= this.appliedSeq + 1) {
			this.appliedSeq = Math.max(this.appliedSeq, to);
			return true;
		}
		this.startCatchUp();
		return false;
	}

	/**
	 * The log announced updates of this plan up to `seq` (a change notice after commit). The fan-out normally
	 * brings them first, and a gap in it is noticed when the next message arrives; but a lost *last* message
	 * has no next one. So when the room still lacks announced updates `catchUpDelayMs` after a notice, it reads
	 * them from the log. The wait lets the fan-out message (and, for the room's own appends, the append's
	 * answer) arrive first: in the usual case nothing is read.
	 */
	announced(seq: number): void {
		if (seq > this.announcedSeq) this.announcedSeq = seq;
		if (this.deps.closed() || this.announceTimer || this.announcedSeq <= this.appliedSeq) return;
		this.announceTimer = setTimeout(() => {
			this.announceTimer = null;
			if (this.deps.closed() || this.announcedSeq <= this.appliedSeq) return;
			this.startCatchUp(this.announcedSeq);
		}, this.deps.catchUpDelayMs);
		this.announceTimer.unref();
	}

	/** Reads committed updates the document lacks, in the background; a failure ends the room. */
	startCatchUp(toSeq?: number): void {
		this.catchUp(toSeq).catch((error: unknown) => this.deps.failed(error));
	}

	/** Reads committed updates the document lacks. */
	async catchUp(toSeq?: number): Promise<void> {
		const missing = await this.deps.store.readPlanUpdates(this.deps.planId, this.appliedSeq + 1, toSeq);
		// unloaded while reading: the documents are gone
		if (this.deps.closed()) return;
		for (const u of missing) {
			// a fan-out message may have applied some of them while the log was being read
			if (u.seq <= this.appliedSeq) continue;
			if (u.seq !== this.appliedSeq + 1) break;
			this.deps.apply(u.update);
			this.appliedSeq = u.seq;
		}
	}

	destroy(): void {
		if (this.announceTimer) clearTimeout(this.announceTimer);
	}
}
