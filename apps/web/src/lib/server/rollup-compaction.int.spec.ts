import { testDatabaseKinds } from '@trienkhai/db/testing';
import { useDemoDatabase } from '@trienkhai/db/testing/suite';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startRollupCompactionJob } from './rollup-compaction.ts';

describe.each(testDatabaseKinds())('the roll-up compaction job on %s', (kind) => {
	const demo = useDemoDatabase(kind);

	const count = async (table: 'directive_rollups' | 'directive_rollup_deltas') => {
		const { rows } = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)}`.execute(
			demo.db
		);
		return Number(rows[0]!.n);
	};

	it('folds the deltas the demo plans’ task changes wrote into the roll-ups, totals unchanged', async () => {
		// a change to every task of the issued demo plans writes deltas for each directive above them
		await demo.db.updateTable('tasks').set({ progress: 55 }).where('status', '<>', 'done').execute();
		const totals = () =>
			sql<{ n: string; progress: string }>`
				select sum(n)::text as n, sum(progress_sum)::text as progress from (
					select n, progress_sum from directive_rollups union all select n, progress_sum from directive_rollup_deltas
				) as r`.execute(demo.db);
		const before = (await totals()).rows[0];
		expect(await count('directive_rollup_deltas')).toBeGreaterThan(0);

		const folded: number[] = [];
		const stop = startRollupCompactionJob({ db: demo.db, intervalMs: 20, onRun: (n) => folded.push(n) });
		await expect.poll(() => count('directive_rollup_deltas'), { timeout: 10_000 }).toBe(0);
		await stop();

		expect(folded.some((n) => n > 0)).toBe(true);
		expect(await count('directive_rollups')).toBeGreaterThan(0);
		expect((await totals()).rows[0]).toEqual(before);
	});
});
