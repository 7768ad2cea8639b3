import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { FoldedReplay, Projection, ProjectionContext, ProjectedEvent } from './projection.ts';
import { readEventsAfter } from './replay-read.ts';

/** Events read at a time by the folded replay (and between two progress reports). */
const PAGE = 20_000;

/** The projections' folded replays, or null when one of them has none (replay then runs `apply`). */
export function foldedReplays(projections: readonly Projection[]): FoldedReplay[] | null {
	const replays = projections.map((projection) => projection.replay);
	return replays.every((replay) => replay !== undefined) ? replays : null;
}

/**
 * Folds the whole log in memory (each projection's replay, in registry order per event) and writes every
 * table at the end; the caller's transaction has emptied them. Returns the number of events folded.
 */
export async function replayFolded(
	trx: Kysely<Schema>,
	projections: readonly Projection[],
	context: ProjectionContext,
	onProgress: (done: number) => void
): Promise<number> {
	const replays = projections.map((projection) => projection.replay!);
	const states = new Map<string, unknown>();
	projections.forEach((projection, i) => states.set(projection.name, replays[i]!.start()));
	const fold = (event: ProjectedEvent) => {
		for (let i = 0; i < replays.length; i++) {
			replays[i]!.fold(states.get(projections[i]!.name), event, context, states);
		}
	};
	let done = 0;
	for (let after = 0; ;) {
		const events = await readEventsAfter(trx, after, PAGE);
		if (events.length === 0) break;
		for (const event of events) fold(event);
		done += events.length;
		after = events[events.length - 1]!.position;
		onProgress(done);
	}
	for (let i = 0; i < replays.length; i++) await replays[i]!.write(trx, states.get(projections[i]!.name));
	return done;
}
