import type { EventStore } from '@trienkhai/db';
import type { Logger } from 'pino';
import * as Y from 'yjs';

/**
 * Stores a room's document as a snapshot every `every` committed updates, when the document is exactly the
 * log up to a seq. A snapshot only shortens the next load (the log holds everything): a failed one is
 * logged and the next is tried `every` updates later.
 */
export class Snapshots {
	private since = 0;
	private readonly deps: { planId: string; store: EventStore; every: number; log: Logger };

	constructor(deps: { planId: string; store: EventStore; every: number; log: Logger }) {
		this.deps = deps;
	}

	/** `count` updates were committed; `seq`: the update seq the document is exactly at, null when unknown. */
	committed(count: number, doc: Y.Doc, seq: number | null): void {
		this.since += count;
		if (seq === null || this.since < this.deps.every) return;
		this.since = 0;
		const { planId, store, log } = this.deps;
		store
			.saveSnapshot(planId, seq, Y.encodeStateAsUpdate(doc))
			.catch((error: unknown) => log.warn({ planId, err: error }, 'snapshot failed'));
	}
}
