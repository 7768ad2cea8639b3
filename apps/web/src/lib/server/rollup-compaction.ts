import { compactRollups, type Database } from '@trienkhai/db';

/** How often the directives' roll-up deltas are folded in (a dashboard read also folds them past 2,000). */
export const ROLLUP_COMPACTION_INTERVAL_MS = 60_000;

/** What the job needs: the database, how often, and where to report what it did and what failed. */
export interface RollupCompactionOptions {
	db: Database['db'];
	intervalMs?: number;
	onRun?: (folded: number) => void;
	onError?: (error: unknown) => void;
}

/**
 * Folds the roll-up deltas that task changes insert into the directives' roll-ups, every interval, so the
 * deltas stay few even where no directive dashboard is opened (docs/dashboard-rollups.md). Never two runs at
 * once; the timer does not keep the process alive; the returned function stops it and waits for a run.
 */
export function startRollupCompactionJob(options: RollupCompactionOptions): () => Promise<void> {
	let running: Promise<void> | null = null;
	const tick = () => {
		if (running) return;
		running = compactRollups(options.db)
			.then((folded) => options.onRun?.(folded))
			.catch((error: unknown) => options.onError?.(error))
			.finally(() => {
				running = null;
			});
	};
	const timer = setInterval(tick, options.intervalMs ?? ROLLUP_COMPACTION_INTERVAL_MS);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await running;
	};
}
