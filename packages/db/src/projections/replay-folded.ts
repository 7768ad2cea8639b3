import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { FoldedReplay, Projection, ProjectionContext, ProjectedEvent } from './projection.ts';
import { readEventsAfter } from './replay-read.ts';

/** Events read at a time by the folded replay (and between two progress reports). */
const PAGE = 10_000;

/** The projections' folded replays, or null when one of them has none (replay then runs `apply`). */
export function foldedReplays(projections: readonly Projection[]): FoldedReplay[] | null {
	const replays = projections.map((projection) => projection.replay);
	return replays.every((replay) => replay !== undefined) ? replays : null;
}

/** A promise awaited later: its failure is not reported as unhandled meanwhile. */
function later<T>(promise: Promise<T>): Promise<T> {
	promise.catch(() => {});
	return promise;
}

/**
 * Folds the whole log in memory (each projection's replay, in registry order per event) and writes every
 * table; the caller's transaction has emptied them. The connection is kept busy while the log is folded:
 * the next page is read, and the rows of the pages before flushed, while a page is folded. Returns the
 * number of events folded.
 */
export async function replayFolded(
	trx: Kysely<Schema>,
	projections: readonly Projection[],
	context: ProjectionContext,
	onProgress: (done: number) => void
): Promise<number> {
	const replays = projections.map((projection) => ({ ...projection.replay!, name: projection.name }));
	const states = new Map<string, unknown>(replays.map((r) => [r.name, r.start()]));
	const fold = (event: ProjectedEvent) => {
		for (const replay of replays) replay.fold(states.get(replay.name), event, context, states);
	};
	const flushes: Promise<void>[] = [];
	let done = 0;
	let next = later(readEventsAfter(trx, 0, PAGE));
	for (;;) {
		const events = await next;
		if (events.length === 0) break;
		next = later(readEventsAfter(trx, events[events.length - 1]!.position, PAGE));
		for (const event of events) fold(event);
		done += events.length;
		onProgress(done);
		for (const r of replays) if (r.flush) flushes.push(later(r.flush(trx, states.get(r.name))));
	}
	await Promise.all(flushes);
	for (const replay of replays) await replay.write(trx, states.get(replay.name));
	return done;
}
