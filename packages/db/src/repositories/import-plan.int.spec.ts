import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { directiveCascade } from './cascade.ts';
import { planHistory } from './history.ts';
import { createPlanFromImport, type ImportPlanInput } from './import-plan.ts';
import { getPlanWithTasks } from './plans.ts';

// A district plan carrying out the Quảng Bình plan (its own document kh-ubnd-qb), by Sở KH&CN's user.
const actor = { userId: 'u-qb-so-khcn', unitId: 'qb-so-khcn' };
const input = (over: Partial<ImportPlanInput> = {}): ImportPlanInput => ({
	title: 'Kế hoạch  triển khai Kết luận số 69-KL/TW\nnăm 2025',
	documentId: null,
	implementsDirectiveIds: ['kh-ubnd-qb'],
	purpose: '1. Mục đích\nCụ thể hóa nhiệm vụ.',
	organisation: 'Hằng năm báo cáo kết quả.',
	groups: [
		{ code: 'II.1', title: 'Tuyên truyền' },
		{ code: 'II.2', title: 'Hạ tầng' }
	],
	tasks: [
		{
			code: 'II.2.a',
			groupCode: 'II.2',
			content: 'Đầu tư phòng thí nghiệm',
			leadUnitId: 'qb-so-khcn',
			coordinatorUnitIds: ['qb-so-tai-chinh', 'qb-so-khcn'],
			deadline: 'chậm nhất ngày 30/06/2025',
			output: 'Đề án'
		},
		{
			code: 'II.1.a',
			groupCode: 'II.1',
			content: ' Tổ chức quán triệt Kết luận ',
			leadUnitId: 'qb-so-tttt',
			coordinatorUnitIds: [],
			deadline: 'Hằng năm',
			output: ''
		},
		{
			code: '3',
			groupCode: null,
			content: 'Báo cáo UBND tỉnh',
			leadUnitId: null,
			coordinatorUnitIds: [],
			deadline: '',
			output: ''
		}
	],
	...over
});

describe.each(testDatabaseKinds())('plan creation from an import on %s', (kind) => {
	const demo = useDemoDatabase(kind);

	it('creates a draft of the importing unit with its groups, tasks and sections, all by the importing user', async () => {
		const result = await createPlanFromImport({ db: demo.db, events: demo.store }, actor, input(), {
			now: new Date('2025-01-10T03:00:00Z')
		});
		expect(result).toMatchObject({ ok: true, tasks: 3 });
		const planId = (result as { planId: string }).planId;

		const found = (await getPlanWithTasks(demo.db, planId))!;
		expect(found.plan).toMatchObject({
			title: 'Kế hoạch triển khai Kết luận số 69-KL/TW năm 2025',
			owner_unit_id: 'qb-so-khcn',
			status: 'draft',
			purpose: '1. Mục đích\nCụ thể hóa nhiệm vụ.',
			organisation: 'Hằng năm báo cáo kết quả.'
		});
		expect(found.implementsDirectiveIds).toEqual(['kh-ubnd-qb']);
		expect(found.groups.map((g) => [g.code, g.title])).toEqual([
			['II.1', 'Tuyên truyền'],
			['II.2', 'Hạ tầng']
		]);
		// plan order: groups in order, then the ungrouped task
		expect(
			found.tasks.map((t) => [
				t.code,
				t.content,
				t.lead_unit_id,
				t.coordinators.map((c) => c.unitId),
				t.deadline_text,
				t.deadline_due,
				t.output
			])
		).toEqual([
			['II.1.a', 'Tổ chức quán triệt Kết luận', 'qb-so-tttt', [], 'Hằng năm', null, null],
			// the lead is not its own coordinator
			[
				'II.2.a',
				'Đầu tư phòng thí nghiệm',
				'qb-so-khcn',
				['qb-so-tai-chinh'],
				'chậm nhất ngày 30/06/2025',
				'2025-06-30',
				'Đề án'
			],
			['3', 'Báo cáo UBND tỉnh', null, [], null, null, null]
		]);

		const history = await planHistory(demo.db, planId);
		expect(new Set(history.map((h) => h.userId))).toEqual(new Set(['u-qb-so-khcn']));
		expect(new Set(history.map((h) => h.unitId))).toEqual(new Set(['qb-so-khcn']));
		const types = history.map((h) => h.type).reverse();
		expect(types[0]).toBe('PlanCreated');
		expect(types.filter((t) => t === 'TaskCreated')).toHaveLength(3);
		expect(types.filter((t) => t === 'TaskGroupCreated')).toHaveLength(2);
		expect(types.filter((t) => t === 'PlanSectionEdited')).toHaveLength(2);
		expect(history[0]!.userName).toBe('Cán bộ Sở KH&CN Quảng Bình');
		// a replay of the log gives the same read model
		expect((await demo.store.verify(planId)).ok).toBe(true);

		// the new plan sits in the KL 69 cascade, under the Quảng Bình plan's document, as a draft: shown,
		// not counted in the roll-up until it is issued
		const tree = (await directiveCascade(demo.db, 'kl-69', new Date()))!;
		const json = JSON.stringify(tree);
		expect(json).toContain(planId);
		expect(tree.rollup.plans).toBe(2);
		// and listed only to its owner unit (and co-drafters, administrators)
		const owner = await directiveCascade(demo.db, 'kl-69', new Date(), {
			unitId: 'qb-so-khcn',
			isAdmin: false
		});
		expect(JSON.stringify(owner)).toContain(planId);
		const other = await directiveCascade(demo.db, 'kl-69', new Date(), {
			unitId: 'tu-quang-ngai',
			isAdmin: false
		});
		expect(JSON.stringify(other)).not.toContain(planId);
	});

	it('records the plan’s own registered document', async () => {
		const result = await createPlanFromImport(
			{ db: demo.db, events: demo.store },
			actor,
			input({ documentId: 'kh-391-tu-qn' })
		);
		const planId = (result as { planId: string }).planId;
		expect((await getPlanWithTasks(demo.db, planId))!.plan.directive_id).toBe('kh-391-tu-qn');
	});

	it('refuses an import with unknown units, no title or no tasks, and writes nothing', async () => {
		const before = await demo.db.selectFrom('plans').select('id').execute();
		const bad = input({ title: ' ' });
		bad.tasks[1]!.leadUnitId = 'khong-co';
		bad.tasks[2]!.content = '';
		expect(await createPlanFromImport({ db: demo.db, events: demo.store }, actor, bad)).toEqual({
			ok: false,
			problems: [
				{ code: 'title_required', task: null },
				{ code: 'content_required', task: 2 },
				{ code: 'unknown_unit', task: 1 }
			]
		});
		expect(
			await createPlanFromImport(
				{ db: demo.db, events: demo.store },
				actor,
				input({ tasks: [], implementsDirectiveIds: ['khong-co'] })
			)
		).toEqual({
			ok: false,
			problems: [
				{ code: 'no_tasks', task: null },
				{ code: 'unknown_directive', task: null }
			]
		});
		expect(await demo.db.selectFrom('plans').select('id').execute()).toEqual(before);
	});
});
