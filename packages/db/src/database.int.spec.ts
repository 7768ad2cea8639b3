import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import { prepareDatabase } from './prepare.ts';
import { getPlanWithTasks, listPlans } from './repositories/plans.ts';
import { listDirectiveRelations, listDirectives } from './repositories/directives.ts';
import { listUnits, listUsersWithUnits } from './repositories/units.ts';
import { demoData } from './seed/demo-data.ts';
import { loadDemoData } from './seed/load-demo-data.ts';
import { createEventStore } from './store.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from './testing/test-databases.ts';

const qbPlan = demoData.plans[0]!;
const demoTaskCount = demoData.plans.reduce(
	(n, p) => n + p.groups.reduce((m, g) => m + g.tasks.length, 0),
	0
);

describe.each(testDatabaseKinds())('database on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		database = await openDatabase(testDb.config);
		await migrateToLatest(database.db, database.schema ?? undefined);
	});

	afterAll(async () => {
		await database?.close();
		await testDb?.dispose();
	});

	it('runs the migrations once: a second run has nothing to do', async () => {
		const again = await migrateToLatest(database.db, database.schema ?? undefined);
		expect(again.results).toEqual([]);
	});

	it('returns int8 as a number and a date as its YYYY-MM-DD string', async () => {
		const row = await sql<{ big: number; day: string; count: number }>`
			select 9007199254740991::int8 as big, date '2024-01-11' as day, count(*) as count from (values (1), (2)) v(x)
		`.execute(database.db);
		expect(row.rows[0]).toEqual({ big: 9007199254740991, day: '2024-01-11', count: 2 });
	});

	it('refuses an int8 that a JavaScript number cannot hold exactly', async () => {
		await expect(sql`select 9007199254740993::int8 as big`.execute(database.db)).rejects.toThrow(
			/does not fit/
		);
	});

	it('loads the demo data into an empty database, and only once', async () => {
		const first = await loadDemoData(database.db, createEventStore(database), demoData);
		expect(first).toMatchObject({
			loaded: true,
			units: demoData.units.length,
			users: demoData.units.length,
			directives: demoData.directives.length,
			plans: demoData.plans.length,
			tasks: demoTaskCount
		});
		const second = await loadDemoData(database.db, createEventStore(database), demoData);
		expect(second.loaded).toBe(false);
		expect(await listUnits(database.db)).toHaveLength(demoData.units.length);
		expect(await listUsersWithUnits(database.db)).toHaveLength(demoData.units.length);
		expect(await listDirectiveRelations(database.db)).toHaveLength(demoData.relations.length);
	});

	it('lists directives with dates as dd/mm-ready ISO strings and issuer names', async () => {
		const directives = await listDirectives(database.db);
		const kl69 = directives.find((d) => d.number === '69' && d.symbol === 'KL/TW');
		expect(kl69).toMatchObject({ type: 'KL', issued_on: '2024-01-11', number_display: 'Số 69-KL/TW' });
		expect(kl69?.issuer_name).toMatch(/Bộ Chính trị/);
	});

	it('shows every numbered directive with its number line in the normal form of its style', async () => {
		const directives = await listDirectives(database.db);
		const display = (number: string) => directives.find((d) => d.number === number)?.number_display;
		expect(display('709')).toBe('Số: 709/QĐ-TTg');
		expect(display('149')).toBe('Số 149-HD/BTGTW');
		expect(display('156')).toBe('Số 156-KH/TU');
		expect(display('287')).toBe('Số 287-BS/VPTU');
		for (const d of directives) expect(d.number === null).toBe(d.number_display === null);
	});

	it('searches directives ignoring diacritics and case', async () => {
		const byWords = await listDirectives(database.db, { search: 'KHOA HOC VA CONG NGHE' });
		expect(byWords.map((d) => d.number)).toContain('69');
		const byNumber = await listDirectives(database.db, { search: '2018-cv/tu' });
		expect(byNumber.map((d) => `${d.number}-${d.symbol}`)).toEqual(['2018-CV/TU']);
		const wildcard = await listDirectives(database.db, { search: '%' });
		expect(wildcard).toEqual([]);
	});

	it('reads a plan with its groups, tasks, leads and coordinators in order', async () => {
		const found = await getPlanWithTasks(database.db, qbPlan.key);
		expect(found?.plan.title).toBe(qbPlan.title);
		expect(found?.groups.map((g) => g.code)).toEqual(qbPlan.groups.map((g) => g.code));
		const expected = qbPlan.groups.flatMap((g) => g.tasks);
		expect(found?.tasks.map((t) => t.code)).toEqual(expected.map((t) => t.code));
		expect(found?.tasks.map((t) => t.lead_unit_id)).toEqual(expected.map((t) => t.lead));
		expect(found?.tasks.map((t) => t.coordinators.map((c) => c.unitId))).toEqual(
			expected.map((t) => t.coordinators)
		);
		expect(await getPlanWithTasks(database.db, 'no-such-plan')).toBeUndefined();
	});

	it('lists plans with task counts as numbers', async () => {
		const plans = await listPlans(database.db);
		const qb = plans.find((p) => p.id === qbPlan.key);
		expect(qb?.task_count).toBe(qbPlan.groups.reduce((n, g) => n + g.tasks.length, 0));
		expect(qb?.done_count).toBe(0);
		expect(typeof qb?.progress).toBe('number');
	});
});

describe('embedded PGlite on disk', () => {
	it('keeps its data across a restart', async () => {
		const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-pglite-'));
		try {
			const first = await prepareDatabase({ kind: 'pglite', dataDir }, { demo: true });
			expect(first.demo?.loaded).toBe(true);
			await first.close();
			const second = await prepareDatabase({ kind: 'pglite', dataDir }, { demo: true });
			expect(second.demo?.loaded).toBe(false);
			expect(await listDirectives(second.db)).toHaveLength(demoData.directives.length);
			await second.close();
		} finally {
			await fs.rm(dataDir, { recursive: true, force: true });
		}
	});
});
