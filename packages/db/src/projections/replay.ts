import { sql, type Kysely } from 'kysely';
import { EVENT_COLUMNS, toEventRecord } from '../events/rows.ts';
import type { Schema } from '../schema.ts';
import { projectionTables, runProjections, type Projection, type ProjectionContext } from './projection.ts';

/** What a replay did. */
export interface ReplayResult {
	events: number;
	plans: number;
	tasks: number;
	seconds: number;
}

/** Events read and applied at a time: the projections see the log in runs of this many. */
const RUN = 5000;

async function count(db: Kysely<Schema>, table: 'events' | 'plans' | 'tasks'): Promise<number> {
	const row = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** The events after a position, in log order, RUN at a time. */
async function readRun(db: Kysely<Schema>, after: number) {
	const rows = await db
		.selectFrom('events')
		.select(EVENT_COLUMNS)
		.where('position', '>', after)
		.orderBy('position')
		.limit(RUN)
		.execute();
	return rows.map(toEventRecord);
}

/**
 * Rebuilds every projection from the log in one transaction: their tables are emptied and the same
 * definitions the append runs are run over the whole log, in log order, RUN events at a time. Appends
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
		let done = 0;
		for (let after = 0; ;) {
			const events = await readRun(trx, after);
			if (events.length === 0) break;
			await runProjections(trx, projections, events, context);
			done += events.length;
			after = events[events.length - 1]!.position;
			onProgress?.(done, total);
		}
		const [plans, tasks] = [await count(trx, 'plans'), await count(trx, 'tasks')];
		return { events: done, plans, tasks, seconds: (performance.now() - started) / 1000 };
	});
}
