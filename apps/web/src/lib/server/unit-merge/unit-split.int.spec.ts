import { auditLog, readMyWork } from '@trienkhai/db';
import { testDatabaseKinds } from '@trienkhai/db/testing';
import { useDemoDatabase } from '@trienkhai/db/testing/suite';
import { describe, expect, it } from 'vitest';
import { splitUnit } from './unit-split.ts';

// The Quảng Ngãi plan's section 3 (tasks 3.1–3.7) is led by the Ban cán sự đảng UBND tỉnh. It is split: task
// 3.2 to the Ban thường vụ of the lower party committees, the rest (and its account) to the Đảng đoàn HĐND.
const PLAN = 'plan-tu-qng-kl69';
const SPLIT = 'qng-bcsd-ubnd';
const MAIN = 'qng-dd-hdnd';
const OTHER = 'qng-cap-uy-truc-thuoc';
const ADMIN = { userId: 'u-vptw', unitId: 'vptw' };

describe.each(testDatabaseKinds())('splitting a unit on %s', (kind) => {
	const demo = useDemoDatabase(kind);
	const database = () => ({ db: demo.db, events: demo.store });
	const leads = async () =>
		Object.fromEntries(
			(
				await demo.db
					.selectFrom('tasks')
					.select(['code', 'lead_unit_id'])
					.where('plan_id', '=', PLAN)
					.where('code', 'like', '3.%')
					.execute()
			).map((t) => [t.code, t.lead_unit_id])
		);
	const taskId = async (code: string) =>
		(
			await demo.db
				.selectFrom('tasks')
				.select('id')
				.where('plan_id', '=', PLAN)
				.where('code', '=', code)
				.executeTakeFirstOrThrow()
		).id;
	const user = async () =>
		(
			await demo.db
				.selectFrom('users')
				.select('unit_id')
				.where('username', '=', 'qng.bcsd.ubnd')
				.executeTakeFirstOrThrow()
		).unit_id;

	it('refuses a split without two different successors, or into the unit itself', async () => {
		const none = new Map<string, string>();
		const at = new Date();
		expect(
			await splitUnit(
				database(),
				{ dissolvedUnitId: SPLIT, mainSuccessorId: MAIN, shares: [], userMoves: none },
				ADMIN,
				at
			)
		).toEqual({ ok: false, refused: 'one_successor' });
		const twice = {
			dissolvedUnitId: SPLIT,
			mainSuccessorId: MAIN,
			shares: [{ successorUnitId: MAIN, taskIds: [] }],
			userMoves: none
		};
		expect(await splitUnit(database(), twice, ADMIN, at)).toEqual({ ok: false, refused: 'one_successor' });
		const itself = {
			dissolvedUnitId: SPLIT,
			mainSuccessorId: SPLIT,
			shares: [{ successorUnitId: OTHER, taskIds: [] }],
			userMoves: none
		};
		expect(await splitUnit(database(), itself, ADMIN, at)).toEqual({ ok: false, refused: 'same_unit' });
		expect(Object.values(await leads()).filter((l) => l === SPLIT)).toHaveLength(7);
	});

	it('gives each open task to the successor chosen for it, the rest and the account as chosen, and keeps the history', async () => {
		const t32 = await taskId('3.2');
		const userId = (
			await demo.db
				.selectFrom('users')
				.select('id')
				.where('username', '=', 'qng.bcsd.ubnd')
				.executeTakeFirstOrThrow()
		).id;
		const done = await splitUnit(
			database(),
			{
				dissolvedUnitId: SPLIT,
				mainSuccessorId: MAIN,
				shares: [{ successorUnitId: OTHER, taskIds: [t32] }],
				userMoves: new Map([[userId, OTHER]])
			},
			ADMIN,
			new Date('2026-12-07T03:00:00.000Z')
		);
		expect(done).toEqual({ ok: true, plans: 1, tasks: 7, users: 1 });
		expect(await leads()).toEqual({
			'3.1': MAIN,
			'3.2': OTHER,
			'3.3': MAIN,
			'3.4': MAIN,
			'3.5': MAIN,
			'3.6': MAIN,
			'3.7': MAIN
		});
		expect(await user()).toBe(OTHER);
		const unit = await demo.db
			.selectFrom('units')
			.select(['dissolved_on', 'successor_id'])
			.where('id', '=', SPLIT)
			.executeTakeFirstOrThrow();
		expect(unit).toEqual({ dissolved_on: '2026-12-07', successor_id: MAIN });
		const work = await readMyWork(demo.db, [OTHER]);
		expect(work.tasks.filter((t) => t.planId === PLAN && t.code === '3.2')).toHaveLength(1);

		const audit = await auditLog(demo.db, { planId: PLAN }, { unitId: 'tu-quang-ngai', isAdmin: true });
		const sentences = audit.entries.map((e) => e.summary);
		expect(sentences).toContain(
			'Chia tách Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Ngãi (từ 07/12/2026): 1 nhiệm vụ chưa hoàn thành chuyển sang Ban thường vụ các huyện ủy, thị ủy, thành ủy, Đảng ủy trực thuộc Tỉnh ủy Quảng Ngãi chủ trì'
		);
		expect(sentences).toContain(
			'Chia tách Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Ngãi (từ 07/12/2026): 6 nhiệm vụ chưa hoàn thành chuyển sang Đảng đoàn Hội đồng nhân dân tỉnh Quảng Ngãi chủ trì'
		);
		expect((await demo.store.verify(PLAN)).ok).toBe(true);
		await demo.store.replay();
		expect((await leads())['3.2']).toBe(OTHER);
		expect((await leads())['3.1']).toBe(MAIN);
	});
});
