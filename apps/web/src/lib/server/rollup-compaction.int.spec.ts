import { testDatabaseKinds } from '@trienkhai/db/testing';
import { useDemoDatabase } from '@trienkhai/db/testing/suite';
import { describe, expect, it } from 'vitest';
import { startRollupCompactionJob } from './rollup-compaction.ts';

type Table = 'directive_rollups' | 'directive_rollup_deltas';

describe.each(testDatabaseKinds())('the roll-up compaction job on %s', (kind) => {
	const demo = useDemoDatabase(kind);

	const count = async (table: Table) => {
		const row = await demo.db
			.selectFrom(table)
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.executeTakeFirstOrThrow();
		return Number(row.n);
	};
	const sums = async (table: Table) => {
		const row = await demo.db
			.selectFrom(table)
			.select((eb) => [eb.fn.sum<string>('n').as('n'), eb.fn.sum<string>('progress_sum').as('progress')])
			.executeTakeFirstOrThrow();
		return [Number(row.n ?? 0), Number(row.progress ?? 0)] as const;
	};
	const totals = async () => {
		const [[n1, p1], [n2, p2]] = [await sums('directive_rollups'), await sums('directive_rollup_deltas')];
		return [n1 + n2, p1 + p2];
	};

	it('folds the deltas the demo plans’ task changes wrote into the roll-ups, totals unchanged', async () => {
		// a change to every unfinished task of the issued demo plans writes deltas for each directive above them
		await demo.db.updateTable('tasks').set({ progress: 55 }).where('status', '<>', 'done').execute();
		const before = await totals();
		expect(await count('directive_rollup_deltas')).toBeGreaterThan(0);

		const folded: number[] = [];
		const stop = startRollupCompactionJob({ db: demo.db, intervalMs: 20, onRun: (n) => folded.push(n) });
		await expect.poll(() => count('directive_rollup_deltas'), { timeout: 10_000 }).toBe(0);
		await stop();

		expect(folded.some((n) => n > 0)).toBe(true);
		expect(await count('directive_rollups')).toBeGreaterThan(0);
		expect(await totals()).toEqual(before);
	});
});
