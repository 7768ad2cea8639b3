// The replay runner: a generated history loaded through appends, then the time store.replay() takes.
import { generateHistory, type HistoryBatch } from '../../src/testing/history.ts';
import { withDatabase, type BenchDatabase } from './databases.ts';
import { progress, type BenchOptions, type Dialect } from './options.ts';

/** What a replay measurement did. */
export interface ReplayMeasure {
	events: number;
	loadSeconds: number;
	replaySeconds: number;
}

/** The history's batches in `lanes` queues, each plan's batches in order in one queue. */
function historyLanes(bench: BenchDatabase, count: number, lanes: number): HistoryBatch[][] {
	const options = { seed: 1, plans: 50, events: count, maxBatch: 50 };
	const batches = generateHistory({ ...options, unitIds: bench.unitIds, directiveIds: bench.directiveIds });
	const queues: HistoryBatch[][] = Array.from({ length: lanes }, () => []);
	const laneOf = new Map<string, number>();
	for (const b of batches) {
		if (!laneOf.has(b.planId)) laneOf.set(b.planId, laneOf.size % lanes);
		queues[laneOf.get(b.planId)!]!.push(b);
	}
	return queues;
}

/** Appends the queues' batches (the queues at once), reporting every 10,000 events; the seconds it took. */
async function load(bench: BenchDatabase, dialect: Dialect, queues: HistoryBatch[][]): Promise<number> {
	const total = queues.flat().reduce((n, b) => n + b.events.length, 0);
	let loaded = 0;
	let reported = 0;
	const started = performance.now();
	await Promise.all(
		queues.map(async (queue) => {
			for (const b of queue) {
				await bench.store.append(b);
				loaded += b.events.length;
				if (loaded - reported >= 10_000) {
					reported = loaded - (loaded % 10_000);
					progress(`  ${dialect}: loaded ${reported.toLocaleString('en')} / ${total.toLocaleString('en')}`);
				}
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	progress(
		`  ${dialect}: loaded ${total.toLocaleString('en')} events in ${seconds.toFixed(1)} s ` +
			`(${Math.round(total / seconds).toLocaleString('en')} events/s, ` +
			`${queues.length} writer${queues.length > 1 ? 's' : ''})`
	);
	return seconds;
}

/**
 * Loads a generated history of `count` events into a fresh database (several plans at once on
 * PostgreSQL, each plan's batches in order) and times `store.replay()` over the whole log.
 */
export async function measureReplay(dialect: Dialect, options: BenchOptions): Promise<ReplayMeasure> {
	const lanes = dialect === 'postgres' ? 4 : 1;
	return withDatabase(dialect, options.pgUrl, lanes + 2, async (bench) => {
		const loadSeconds = await load(bench, dialect, historyLanes(bench, options.replayEvents, lanes));
		const started = performance.now();
		const result = await bench.store.replay();
		const replaySeconds = (performance.now() - started) / 1000;
		progress(
			`  ${dialect}: replayed ${result.events.toLocaleString('en')} events (${result.plans} plans, ` +
				`${result.tasks.toLocaleString('en')} tasks) in ${replaySeconds.toFixed(2)} s`
		);
		return { events: result.events, loadSeconds, replaySeconds };
	});
}
