import { getPlanWithTasks, listUnits, planExportData, type Database } from '@trienkhai/db';
import {
	createTestDatabase,
	openDemoDatabase,
	testDatabaseKinds,
	type TestDatabase
} from '@trienkhai/db/testing';
import { importPlan } from '@trienkhai/domain';
import { readDocxBlocks, renderPlanDocx } from '@trienkhai/office';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const QB = 'plan-ubnd-qb-kl69';

// The demo plan is the real Quảng Bình plan (seed 002): exporting it in the official layout and reading
// the file back must give the same tasks, matched to the same units, as the database holds.
describe.each(testDatabaseKinds())(
	'the Quảng Bình demo plan, exported to DOCX and imported back, on %s',
	(kind) => {
		let testDb: TestDatabase;
		let database: Database;

		beforeAll(async () => {
			testDb = createTestDatabase(kind);
			({ database } = await openDemoDatabase(testDb.config));
		});

		afterAll(async () => {
			await database.close();
			await testDb.dispose();
		});

		it('has every task with the same content, lead unit and coordinating units', async () => {
			const data = await planExportData(database.db, QB);
			const found = await getPlanWithTasks(database.db, QB);
			if (!data || !found) throw new Error(`demo plan ${QB} missing`);
			const units = (await listUnits(database.db)).map((u) => ({
				id: u.id,
				name: u.name,
				shortName: u.short_name,
				kind: u.kind,
				parentId: u.parent_id
			}));
			const bytes = await renderPlanDocx({ ...data, draftYear: 2026 });
			const imported = importPlan(await readDocxBlocks(bytes), { units });

			const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
			const expected = found.tasks.map((t) => ({
				content: normalise(t.content),
				lead: t.lead_unit_id,
				coordinators: t.coordinators.map((c) => c.unitId)
			}));
			// section III assigns further work unit by unit: the importer reads those items as tasks of their own
			const organisation = imported.tasks.filter((t) => t.code.startsWith('III.'));
			expect(organisation).toHaveLength(2);
			const actual = imported.tasks
				.filter((t) => !t.code.startsWith('III.'))
				.map((t) => ({
					content: normalise(t.content),
					lead: t.leadUnitId,
					coordinators: t.coordinatorUnitIds
				}));
			expect(expected).toHaveLength(20);
			expect(actual).toEqual(expected);
			expect(imported.document).toMatchObject({
				type: 'KH',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH',
				date: data.date
			});
			// the Word file prints "KẾ HOẠCH" above the subject, so the plan's title comes back without that word
			expect(normalise(`Kế hoạch ${imported.document.title ?? '?'}`).toLowerCase()).toBe(
				normalise(found.plan.title).toLowerCase()
			);
			expect(imported.document.implements.map((c) => `${c.number ?? ''}|${c.symbol ?? ''}`)).toEqual([
				'709|QĐ-TTg',
				'156|KH/TU'
			]);
			expect(imported.groups.map((g) => g.code)).toEqual(found.groups.map((g) => g.code));
		});
	}
);
