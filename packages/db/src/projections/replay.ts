import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { projectionTables, runProjections, type Projection, type ProjectionContext } from './projection.ts';
import { foldedReplays, replayFolded } from './replay-folded.ts';
import { readEventsAfter } from './replay-read.ts';

/** What a replay did. */
export interface ReplayResult {
	events: number;
	plans: number;
	tasks: number;
	seconds: number;
}

/** Events read and applied at a time when replay runs `apply`: the projections see the log in runs of this many. */
const RUN = 5000;

async function count(db: Kysely<Schema>, table: 'events' | 'plans' | 'tasks'): Promise<number> {
	const row = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Runs the projections' `apply` over the whole log, in log order, RUN events at a time. */
async function replayRuns(
	trx: Kysely<Schema>,
	projections: readonly Projection[],
	context: ProjectionContext,
	onProgress: (done: number) => void
): Promise<number> {
	let done = 0;
	for (let after = 0; ;) {
		const events = await readEventsAfter(trx, after, RUN);
		if (events.length === 0) break;
		await runProjections(trx, projections, events, context);
		done += events.length;
		after = events[events.length - 1]!.position;
		onProgress(done);
	}
	return done;
}

/**
 * Rebuilds every projection from the log in one transaction: their tables are emptied, then, when every
 * projection has a folded replay, the log is folded in memory and each table written in bulk
 * (replay-folded.ts); otherwise the same definitions the append runs are run over the whole log. Appends
 * that run meanwhile wait on the projection tables' locks and then apply on top.
 */
export async function replayProjections(
	db: Kysely<Schema>,
	projections: readonly Projection[],
	context: ProjectionContext,
	onProgress?: (done: number, total: number) => void
): Promise<ReplayResult> {
	const started = performance.now();
	return db.transaction().execute(async (trx) => {
		const total = await count(trx, 'events');
		await sql`truncate ${sql.join(projectionTables(projections).map((t) => sql.table(t)))}`.execute(trx);
		onProgress?.(0, total);
		const progress = (done: number) => onProgress?.(done, total);
		const done = foldedReplays(projections)
			? await replayFolded(trx, projections, context, progress)
			: await replayRuns(trx, projections, context, progress);
		const [plans, tasks] = [await count(trx, 'plans'), await count(trx, 'tasks')];
		return { events: done, plans, tasks, seconds: (performance.now() - started) / 1000 };
	});
}
