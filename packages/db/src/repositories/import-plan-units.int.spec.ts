import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { planHistory } from './history.ts';
import { createPlanFromImport, type ImportPlanInput, type ImportUnitInput } from './import-plan.ts';
import { getPlanWithTasks } from './plans.ts';

// Văn phòng Trung ương Đảng's account administers units in the demo; Ban Tuyên giáo Tỉnh ủy Long An's does not.
const admin = { userId: 'u-vptw', unitId: 'vptw' };
const notAdmin = { userId: 'u-la-btgtu', unitId: 'la-btgtu' };

const newUnit = (over: Partial<ImportUnitInput> = {}): ImportUnitInput => ({
	id: `new-${crypto.randomUUID()}`,
	name: 'Ban Dân vận Tỉnh ủy Long An',
	shortName: 'BDVTU Long An',
	kind: 'party',
	parentId: 'tu-long-an',
	...over
});

/** A two-task plan: the first task led by `lead`, the second coordinated by `coordinator`. */
const input = (lead: string, coordinator: string, newUnits: ImportUnitInput[]): ImportPlanInput => ({
	title: 'Kế hoạch thực hiện Kết luận số 69-KL/TW',
	documentId: null,
	implementsDirectiveIds: [],
	purpose: '',
	organisation: '',
	groups: [],
	tasks: [
		{
			code: '1',
			groupCode: null,
			content: 'Vận động Nhân dân tham gia phong trào đổi mới sáng tạo',
			leadUnitId: lead,
			coordinatorUnitIds: ['la-btgtu'],
			deadline: 'thường xuyên',
			output: ''
		},
		{
			code: '2',
			groupCode: null,
			content: 'Tổ chức hội nghị quán triệt Kết luận',
			leadUnitId: 'la-btgtu',
			coordinatorUnitIds: [coordinator],
			deadline: '',
			output: ''
		}
	],
	newUnits
});

describe.each(testDatabaseKinds())('units created by an import on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ database }) => {
		await database.db.updateTable('users').set({ is_admin: true }).where('id', '=', 'u-vptw').execute();
	});
	const database = () => ({ db: demo.db, events: demo.store });
	const counts = async () => ({
		units: (await demo.db.selectFrom('units').select('id').execute()).length,
		plans: (await demo.db.selectFrom('plans').select('id').execute()).length
	});

	it('creates the units an administrator confirmed with the plan, and the tasks reference them', async () => {
		const lead = newUnit({ name: '  Ban Dân vận   Tỉnh ủy Long An ' });
		const coordinator = newUnit({
			name: 'Sở Giáo dục và Đào tạo tỉnh Long An',
			shortName: '',
			kind: 'state',
			parentId: null
		});
		const result = await createPlanFromImport(
			database(),
			admin,
			input(lead.id, coordinator.id, [lead, coordinator])
		);
		expect(result).toMatchObject({ ok: true, tasks: 2 });
		const planId = (result as { planId: string }).planId;

		const units = await demo.db
			.selectFrom('units')
			.select(['id', 'name', 'short_name', 'kind', 'parent_id', 'search_text'])
			.where('id', 'in', [lead.id, coordinator.id])
			.orderBy('name')
			.execute();
		expect(units).toEqual([
			{
				id: lead.id,
				name: 'Ban Dân vận Tỉnh ủy Long An',
				short_name: 'BDVTU Long An',
				kind: 'party',
				parent_id: 'tu-long-an',
				search_text: 'ban dan van tinh uy long an bdvtu long an'
			},
			// an empty short name takes the name; no parent puts the unit at the top of the tree
			{
				id: coordinator.id,
				name: 'Sở Giáo dục và Đào tạo tỉnh Long An',
				short_name: 'Sở Giáo dục và Đào tạo tỉnh Long An',
				kind: 'state',
				parent_id: null,
				search_text: 'so giao duc va dao tao tinh long an so giao duc va dao tao tinh long an'
			}
		]);

		const found = (await getPlanWithTasks(demo.db, planId))!;
		expect(found.plan.owner_unit_id).toBe('vptw');
		expect(found.tasks.map((t) => [t.code, t.lead_unit_id, t.coordinators.map((c) => c.unitId)])).toEqual([
			['1', lead.id, ['la-btgtu']],
			['2', 'la-btgtu', [coordinator.id]]
		]);
		// the log and its read model agree; the per-unit statistics count the new lead's task
		expect((await demo.store.verify(planId)).ok).toBe(true);
		const stats = await demo.db
			.selectFrom('unit_task_stats')
			.select(['unit_id', 'total'])
			.where('plan_id', '=', planId)
			.orderBy('unit_id')
			.execute();
		expect(stats).toContainEqual({ unit_id: lead.id, total: 1 });
		const history = await planHistory(demo.db, planId);
		expect(new Set(history.map((h) => h.userId))).toEqual(new Set(['u-vptw']));
	});

	it('refuses units from a user who is not an administrator, and writes nothing', async () => {
		const before = await counts();
		const unit = newUnit({ shortName: 'BDVTU Long An 2', name: 'Ban Dân vận' });
		expect(await createPlanFromImport(database(), notAdmin, input(unit.id, 'la-vptu', [unit]))).toEqual({
			ok: false,
			problems: [{ code: 'units_not_allowed', task: null }]
		});
		expect(await counts()).toEqual(before);
		// without new units the same user imports as before
		expect(await createPlanFromImport(database(), notAdmin, input('la-vptu', 'la-vptu', []))).toMatchObject({
			ok: true
		});
	});

	it('names each bad unit and its fault, and writes nothing', async () => {
		const before = await counts();
		const units = [
			// no name, and a short name another unit has: both are said at once
			newUnit({ name: '   ', shortName: 'VPTU Long An' }),
			// 'VPTU Long An' is Văn phòng Tỉnh ủy Long An's, whatever the case and the marks
			newUnit({ name: 'Văn phòng Ban Dân vận', shortName: 'vptu LONG AN' }),
			newUnit({ name: 'Ban Nội chính Tỉnh ủy Long An', shortName: 'BNCTU', parentId: 'khong-co' }),
			newUnit({ name: 'Ban Kinh tế', shortName: 'BKT', kind: 'ministry' }),
			// a sibling of the same name: Ban Tuyên giáo Tỉnh ủy Long An exists under Tỉnh ủy Long An
			newUnit({ name: 'Ban Tuyen giao Tinh uy Long An', shortName: 'BTG mới' }),
			// two new units may not share a short name either
			newUnit({ name: 'Ban Tổ chức Tỉnh ủy Long An', shortName: 'BTCTU' }),
			newUnit({ name: 'Ban Tổ chức Huyện ủy Cần Đước', shortName: 'btctu', parentId: 'hu-can-duoc' }),
			newUnit({ name: 'x'.repeat(201), shortName: 'y'.repeat(81) })
		];
		const result = await createPlanFromImport(database(), admin, input(units[5]!.id, units[6]!.id, units));
		expect(result).toEqual({
			ok: false,
			problems: [
				{ code: 'unit_name_required', task: null, unit: 0 },
				{ code: 'unit_short_name_taken', task: null, unit: 0 },
				{ code: 'unit_short_name_taken', task: null, unit: 1 },
				{ code: 'unit_parent_unknown', task: null, unit: 2 },
				{ code: 'unit_kind_invalid', task: null, unit: 3 },
				{ code: 'unit_name_taken', task: null, unit: 4 },
				{ code: 'unit_short_name_taken', task: null, unit: 6 },
				{ code: 'unit_name_too_long', task: null, unit: 7 },
				{ code: 'unit_short_name_too_long', task: null, unit: 7 }
			]
		});
		expect(await counts()).toEqual(before);
	});

	it('keeps no unit when the plan cannot be written: both go in one transaction', async () => {
		const before = await counts();
		const unit = newUnit({ name: 'Ban Nội chính Tỉnh ủy Long An', shortName: 'BNCTU Long An' });
		// a plan id already in the log: the append refuses PlanCreated after the unit was inserted
		await expect(
			createPlanFromImport(database(), admin, input(unit.id, 'la-vptu', [unit]), {
				planId: 'plan-ubnd-qb-kl69'
			})
		).rejects.toThrow('plan plan-ubnd-qb-kl69 is already created');
		expect(await counts()).toEqual(before);
		expect(await demo.db.selectFrom('units').select('id').where('id', '=', unit.id).execute()).toEqual([]);
	});
});
