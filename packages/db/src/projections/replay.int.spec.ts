import { describe, expect, it } from 'vitest';
import { createEventLog } from '../events/event-store.ts';
import { demoData } from '../seed/demo-data.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { generateHistory } from '../testing/history.ts';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import type { Projection } from './projection.ts';
import { READ_MODELS } from './registry.ts';
import { readProjectionTables } from './snapshot.ts';

// The two paths of replay (projection.ts): the log folded in memory when every projection has a folded
// replay, the projections' `apply` over the log when one has none. Both give the inline tables.
describe.each(testDatabaseKinds())('replay on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ store }) => {
		const history = generateHistory({
			seed: 7,
			plans: 4,
			events: 1500,
			unitIds: demoData.units.map((u) => u.key),
			directiveIds: demoData.directives.map((d) => d.key),
			maxBatch: 20
		});
		for (const batch of history) await store.append(batch);
	});

	const replayWith = async (projections: readonly Projection[]) => {
		const inline = await readProjectionTables(demo.db);
		const seen: number[] = [];
		const result = await createEventLog(demo.database, projections).replay((done, total) => {
			seen.push(done);
			expect(done).toBeLessThanOrEqual(total);
		});
		expect(seen[0]).toBe(0);
		expect(seen.at(-1)).toBe(result.events);
		expect(await readProjectionTables(demo.db)).toEqual(inline);
		return result;
	};

	it('folds the log without running any projection statement by statement', async () => {
		const refusing = READ_MODELS.map((p) => ({
			...p,
			apply: () => Promise.reject(new Error(`${p.name}: apply during a folded replay`))
		}));
		const result = await replayWith(refusing);
		expect(result.events).toBeGreaterThan(1500);
	});

	it('runs apply over the log when a projection has no folded replay, and gives the same tables', async () => {
		const withoutOne = READ_MODELS.map((p) => (p.name === 'office' ? { ...p, replay: undefined } : p));
		const result = await replayWith(withoutOne);
		expect(result.tasks).toBeGreaterThan(0);
	});
});
