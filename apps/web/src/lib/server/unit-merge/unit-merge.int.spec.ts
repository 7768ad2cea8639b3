import { auditLog, dashboardStatistics, readMyWork, unitInbox } from '@trienkhai/db';
import { testDatabaseKinds } from '@trienkhai/db/testing';
import { useDemoDatabase } from '@trienkhai/db/testing/suite';
import { dateDeadline } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { mergeUnits, previewMerge } from './unit-merge.ts';

// March 2025: Sở Thông tin và Truyền thông merged into Sở Khoa học và Công nghệ
const OWNER = 'ubnd-quang-binh';
const PLAN = 'p-merge';
const TTTT = 'qb-so-tttt';
const KHCN = 'qb-so-khcn';
const FINANCE = 'qb-so-tai-chinh';
const ADMIN = { userId: 'u-vptw', unitId: 'vptw' };
const base = { userId: `u-${OWNER}`, unitId: OWNER, occurredAt: '2026-12-01T01:00:00.000Z' };
const id = (code: string) => `${PLAN}/${code}`;

const task = (code: string, lead: string, coordinators: string[]) => ({
	...base,
	taskId: id(code),
	type: 'TaskCreated' as const,
	data: {
		groupId: null,
		index: Number(code) - 1,
		code,
		content: `Nhiệm vụ ${code}`,
		leadUnitId: lead,
		coordinatorUnitIds: coordinators,
		deadline: dateDeadline('2099-12-31'),
		output: 'Báo cáo'
	}
});
const by = (unitId: string, taskId: string, type: string, data: Record<string, unknown> = {}) => ({
	userId: `u-${unitId}`,
	unitId,
	occurredAt: '2026-12-02T01:00:00.000Z',
	taskId,
	type: type as 'TaskAccepted',
	data: data as Record<string, never>
});

describe.each(testDatabaseKinds())('merging units on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ store }) => {
		await store.append({
			planId: PLAN,
			events: [
				{
					...base,
					taskId: null,
					type: 'PlanCreated',
					data: {
						title: 'Kế hoạch sáp nhập',
						ownerUnitId: OWNER,
						implementsDirectiveIds: [],
						documentId: null
					}
				},
				task('1', TTTT, []),
				task('2', TTTT, [FINANCE]),
				task('3', FINANCE, [TTTT, KHCN]),
				task('4', TTTT, []),
				{ ...base, taskId: null, type: 'PlanIssued', data: { revision: 1 } },
				by(TTTT, id('1'), 'TaskAccepted'),
				by(TTTT, id('4'), 'TaskAccepted'),
				by(TTTT, id('4'), 'TaskResultReported', { summary: 'Đã xong' }),
				by(OWNER, id('4'), 'TaskResultConfirmed', { comment: null, completedOn: '2026-12-02' })
			]
		});
		await store.append(ownedPlan());
		await store.append(sentPlan());
	});
	// an issued plan of UBND sent to Sở TT&TT (received by it) and Sở Tài chính, naming neither in a task
	const SENT = 'p-merge-sent';
	const sentPlan = () => ({
		planId: SENT,
		events: [
			{
				...base,
				taskId: null,
				type: 'PlanCreated' as const,
				data: {
					title: 'Kế hoạch gửi Sở TT&TT',
					ownerUnitId: OWNER,
					implementsDirectiveIds: [],
					documentId: null
				}
			},
			{
				...base,
				taskId: null,
				type: 'PlanIssued' as const,
				data: {
					revision: 1,
					issue: {
						documentId: 'kh-merge-sent',
						typeCode: 'KH',
						year: 2026,
						number: 7,
						symbol: 'KH-UBND',
						issuedOn: '2026-12-01',
						place: 'Quảng Bình',
						signer: {
							userId: `u-${OWNER}`,
							authority: 'KT.',
							collective: 'Ủy ban nhân dân',
							headTitle: 'Chủ tịch',
							position: 'Phó Chủ tịch',
							name: 'Hoàng Xuân Tân'
						},
						recipients: [
							{ unitId: TTTT, name: 'Sở Thông tin và Truyền thông' },
							{ unitId: FINANCE, name: 'Sở Tài chính' }
						]
					}
				}
			},
			{ ...by(TTTT, '', 'PlanReceived', { unitId: TTTT, revision: 1 }), taskId: null }
		]
	});
	// a draft of Sở TT&TT, co-drafted by Sở Tài chính: it passes to the successor as a whole
	const OWNED = 'p-merge-owned';
	const ownedPlan = () => ({
		planId: OWNED,
		events: [
			{
				...base,
				userId: `u-${TTTT}`,
				unitId: TTTT,
				taskId: null,
				type: 'PlanCreated' as const,
				data: {
					title: 'Dự thảo của Sở TT&TT',
					ownerUnitId: TTTT,
					implementsDirectiveIds: [],
					documentId: null
				}
			},
			{
				...base,
				userId: `u-${TTTT}`,
				unitId: TTTT,
				taskId: null,
				type: 'CoDrafterInvited' as const,
				data: { unitId: FINANCE }
			}
		]
	});
	const database = () => ({ db: demo.db, events: demo.store });
	const spec = { dissolvedUnitIds: [TTTT], successorUnitId: KHCN };
	const leadOf = async (taskId: string) =>
		(
			await demo.db
				.selectFrom('tasks')
				.select('lead_unit_id')
				.where('id', '=', taskId)
				.executeTakeFirstOrThrow()
		).lead_unit_id;
	const coordinatorsOf = async (taskId: string) =>
		(
			await demo.db
				.selectFrom('task_coordinators')
				.select('unit_id')
				.where('task_id', '=', taskId)
				.orderBy('position')
				.execute()
		).map((r) => r.unit_id);
	const scope = { kind: 'plan' as const, planId: PLAN };
	const leadCount = async (unitId: string) =>
		(await dashboardStatistics(demo.db, scope, { now: new Date() })).byUnit.find((r) => r.unitId === unitId)
			?.statistics.total ?? 0;

	it('previews, then moves the open tasks to the successor and keeps the history naming the old unit', async () => {
		expect(await previewMerge(demo.db, { dissolvedUnitIds: [KHCN], successorUnitId: KHCN })).toEqual({
			ok: false,
			refused: 'same_unit'
		});
		const preview = await previewMerge(demo.db, spec);
		// the demo plan's task II.1.b (Sở TT&TT leads) and this plan's 1, 2 and 3; the confirmed 4 stays; and
		// Sở TT&TT's own draft passes whole
		expect(preview).toEqual({
			ok: true,
			preview: { plans: 2, tasks: 4, leadTasks: 3, coordinatorTasks: 1 },
			ownedPlans: 1,
			receivedPlans: 1
		});
		const ttttInbox = (await unitInbox(demo.db, TTTT)).map((e) => e.planId);
		expect(ttttInbox).toEqual([SENT]);
		const khcnBefore = await leadCount(KHCN);

		const done = await mergeUnits(database(), spec, ADMIN, new Date('2026-12-07T03:00:00.000Z'));
		expect(done).toEqual({ ok: true, plans: 4, tasks: 4, users: 1 });
		const owned = async () =>
			demo.db
				.selectFrom('plans')
				.select(['owner_unit_id', 'co_drafter_unit_ids'])
				.where('id', '=', OWNED)
				.executeTakeFirstOrThrow();
		expect(await owned()).toEqual({ owner_unit_id: KHCN, co_drafter_unit_ids: [FINANCE] });

		expect(await leadOf(id('1'))).toBe(KHCN);
		expect(await leadOf(id('2'))).toBe(KHCN);
		expect(await coordinatorsOf(id('2'))).toEqual([FINANCE]);
		// the successor already coordinated task 3: it stays there once
		expect(await coordinatorsOf(id('3'))).toEqual([KHCN]);
		// completed work keeps the unit that did it
		expect(await leadOf(id('4'))).toBe(TTTT);

		const unit = await demo.db
			.selectFrom('units')
			.select(['name', 'dissolved_on', 'successor_id'])
			.where('id', '=', TTTT)
			.executeTakeFirstOrThrow();
		expect(unit).toEqual({
			name: 'Sở Thông tin và Truyền thông tỉnh Quảng Bình',
			dissolved_on: '2026-12-07',
			successor_id: KHCN
		});
		const moved = await demo.db
			.selectFrom('users')
			.select('unit_id')
			.where('username', '=', 'qb.so.tttt')
			.execute();
		expect(moved).toEqual([{ unit_id: KHCN }]);

		// the successor's "Việc của tôi" lists the moved tasks, its dashboard row counts them
		const work = await readMyWork(demo.db, [KHCN]);
		const mine = work.tasks.filter((t) => t.planId === PLAN).map((t) => `${t.code}:${t.role}`);
		expect(mine.sort()).toEqual(['1:lead', '2:lead', '3:coordinator']);
		expect(await leadCount(KHCN)).toBe(khcnBefore + 2);
		expect(await leadCount(TTTT)).toBe(1);

		// the audit names the old unit, and says why
		const audit = await auditLog(demo.db, { planId: PLAN }, { unitId: OWNER, isAdmin: true });
		const sentences = audit.entries.map((e) => e.summary);
		expect(sentences).toContain(
			'Sáp nhập Sở Thông tin và Truyền thông tỉnh Quảng Bình vào Sở Khoa học và Công nghệ tỉnh Quảng Bình (từ 07/12/2026): 2 nhiệm vụ chưa hoàn thành chuyển sang Sở Khoa học và Công nghệ tỉnh Quảng Bình chủ trì, 1 nhiệm vụ đổi cơ quan phối hợp'
		);
		expect(sentences).toContain('Nhiệm vụ 1: cơ quan chủ trì Sở TT&TT → Sở KH&CN');
		expect(sentences).toContain('Nhiệm vụ 3: cơ quan phối hợp Sở TT&TT, Sở KH&CN → Sở KH&CN');
		expect(audit.entries.some((e) => e.summary.includes('Nhiệm vụ 4: xác nhận hoàn thành'))).toBe(true);

		const ownedAudit = await auditLog(demo.db, { planId: OWNED }, { unitId: OWNER, isAdmin: true });
		expect(ownedAudit.entries.map((e) => e.summary)).toContain(
			'Sáp nhập Sở Thông tin và Truyền thông tỉnh Quảng Bình vào Sở Khoa học và Công nghệ tỉnh Quảng Bình (từ 07/12/2026): kế hoạch chuyển sang Sở Khoa học và Công nghệ tỉnh Quảng Bình'
		);

		// the plan Sở TT&TT received is in the successor's inbox, received as it was; the audit says so
		const inboxOf = async (unitId: string) =>
			(await unitInbox(demo.db, unitId))
				.filter((e) => e.planId === SENT)
				.map((e) => ({ number: e.number, received: e.receivedAt !== null }));
		expect(await inboxOf(KHCN)).toEqual([{ number: '07/KH-UBND', received: true }]);
		expect(await inboxOf(TTTT)).toEqual([]);
		expect(await inboxOf(FINANCE)).toEqual([{ number: '07/KH-UBND', received: false }]);
		const sentAudit = await auditLog(demo.db, { planId: SENT }, { unitId: OWNER, isAdmin: true });
		expect(sentAudit.entries.map((e) => e.summary)).toContain(
			'Sáp nhập Sở Thông tin và Truyền thông tỉnh Quảng Bình vào Sở Khoa học và Công nghệ tỉnh Quảng Bình (từ 07/12/2026): văn bản đến chuyển sang Sở Khoa học và Công nghệ tỉnh Quảng Bình'
		);

		// the chains still verify, and replaying the log gives the same read model
		expect((await demo.store.verify(PLAN)).ok).toBe(true);
		expect((await demo.store.verify(SENT)).ok).toBe(true);
		await demo.store.replay();
		expect(await inboxOf(KHCN)).toEqual([{ number: '07/KH-UBND', received: true }]);
		expect(await inboxOf(TTTT)).toEqual([]);
		expect(await owned()).toEqual({ owner_unit_id: KHCN, co_drafter_unit_ids: [FINANCE] });
		expect(await leadOf(id('1'))).toBe(KHCN);
		expect(await coordinatorsOf(id('3'))).toEqual([KHCN]);
		expect(await leadOf(id('4'))).toBe(TTTT);
	});

	it('refuses a unit already dissolved, and running again moves nothing more', async () => {
		expect(await previewMerge(demo.db, spec)).toEqual({ ok: false, refused: 'already_dissolved' });
		expect(await mergeUnits(database(), spec, ADMIN, new Date())).toEqual({
			ok: false,
			refused: 'already_dissolved'
		});
	});
});
