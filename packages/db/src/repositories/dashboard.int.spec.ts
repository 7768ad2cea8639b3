import { computeStatistics, type Deadline, type StatisticsTask } from '@trienkhai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';
import { Random } from '../testing/random.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/test-databases.ts';
import type { TaskTable } from '../schema.ts';
import {
	dashboardActivity,
	dashboardDueSoon,
	dashboardOverdue,
	dashboardPlanIds,
	dashboardProgressOverTime,
	dashboardSegments,
	dashboardStatistics,
	dashboardTask,
	dashboardUnitTasks,
	loadDashboard,
	type DashboardScope
} from './dashboard.ts';
import {
	endMeeting,
	getMeeting,
	onMeetingNotice,
	setMeetingFocus,
	startMeeting,
	type MeetingEndedNotice,
	type MeetingNotice
} from './meetings.ts';

// 10:00 on Friday 20 June 2025 in Hà Nội; 23:30 UTC the day before is already the 20th there.
const NOW = new Date('2025-06-20T03:00:00Z');

type Status = TaskTable['status'];

interface Fixture {
	id: string;
	plan: string;
	group: string | null;
	lead: string | null;
	status: Status;
	progress: number;
	due: string | null;
	completed: string | null;
}

const KHCN = 'so-khcn';
const NOI_VU = 'so-noi-vu';

// P1 implements D1, P2 implements D2 (through plan_implements), P3 implements an unrelated directive.
const TASKS: Fixture[] = [
	{
		id: 't1',
		plan: 'p1',
		group: 'g1',
		lead: KHCN,
		status: 'done',
		progress: 100,
		due: '2025-03-31',
		completed: '2025-03-20'
	},
	{
		id: 't2',
		plan: 'p1',
		group: 'g1',
		lead: KHCN,
		status: 'done',
		progress: 100,
		due: '2025-04-30',
		completed: '2025-05-05'
	},
	{
		id: 't3',
		plan: 'p1',
		group: 'g1',
		lead: KHCN,
		status: 'in_progress',
		progress: 40,
		due: '2025-06-25',
		completed: null
	},
	{
		id: 't4',
		plan: 'p1',
		group: 'g1',
		lead: KHCN,
		status: 'assigned',
		progress: 0,
		due: '2025-05-31',
		completed: null
	},
	{
		id: 't5',
		plan: 'p1',
		group: 'g1',
		lead: KHCN,
		status: 'assigned',
		progress: 0,
		due: '2025-12-31',
		completed: null
	},
	{
		id: 't6',
		plan: 'p1',
		group: 'g2',
		lead: NOI_VU,
		status: 'in_progress',
		progress: 10,
		due: '2025-06-20',
		completed: null
	},
	{
		id: 't7',
		plan: 'p1',
		group: 'g2',
		lead: NOI_VU,
		status: 'accepted',
		progress: 0,
		due: '2025-06-22',
		completed: null
	},
	{
		id: 't8',
		plan: 'p1',
		group: 'g2',
		lead: NOI_VU,
		status: 'returned',
		progress: 80,
		due: '2025-06-10',
		completed: null
	},
	{
		id: 't9',
		plan: 'p1',
		group: null,
		lead: null,
		status: 'assigned',
		progress: 0,
		due: null,
		completed: null
	},
	{
		id: 'u1',
		plan: 'p2',
		group: null,
		lead: KHCN,
		status: 'done',
		progress: 100,
		due: null,
		completed: '2025-06-18'
	},
	{
		id: 'u2',
		plan: 'p2',
		group: null,
		lead: NOI_VU,
		status: 'paused',
		progress: 30,
		due: '2025-01-15',
		completed: null
	},
	{
		id: 'x1',
		plan: 'p3',
		group: null,
		lead: KHCN,
		status: 'assigned',
		progress: 0,
		due: '2025-01-01',
		completed: null
	}
];

function deadlineOf(due: string | null): Deadline | null {
	return due === null ? null : { kind: 'date', text: due.split('-').reverse().join('/'), due, latest: false };
}

async function seed(database: Database, tasks: Fixture[]): Promise<void> {
	const { db } = database;
	await db
		.insertInto('units')
		.values([
			{ id: 'ubnd', name: 'UBND tỉnh', short_name: 'UBND', kind: 'state', search_text: 'ubnd' },
			{
				id: KHCN,
				name: 'Sở Khoa học và Công nghệ',
				short_name: 'Sở KH&CN',
				kind: 'state',
				search_text: 'so'
			},
			{ id: NOI_VU, name: 'Sở Nội vụ', short_name: 'Sở Nội vụ', kind: 'state', search_text: 'so' }
		])
		.execute();
	await db
		.insertInto('users')
		.values([
			{ id: 'presenter', username: 'presenter', display_name: 'Chủ trì họp', unit_id: 'ubnd' },
			{ id: 'attendee', username: 'attendee', display_name: 'Đại biểu', unit_id: KHCN }
		])
		.execute();
	const directive = (id: string, subject: string) => ({
		id,
		type: 'KH',
		issuer_unit_id: 'ubnd',
		issued_on: '2025-01-02',
		place: 'Đồng Hới',
		subject,
		recipients: '[]',
		search_text: subject
	});
	await db
		.insertInto('directives')
		.values([
			directive('d0', 'Văn bản gốc'),
			directive('d1', 'Kế hoạch cấp tỉnh'),
			directive('d2', 'Bản sao'),
			directive('dx', 'Khác')
		])
		.execute();
	await db
		.insertInto('directive_relations')
		.values([
			{ from_id: 'd1', to_id: 'd0', kind: 'implements', note: null },
			{ from_id: 'd2', to_id: 'd1', kind: 'copies', note: null },
			// a cycle, as bad data may hold: d0 "continues" d2
			{ from_id: 'd0', to_id: 'd2', kind: 'continues', note: null }
		])
		.execute();
	const plan = (id: string, directiveId: string | null) => ({
		id,
		title: `Kế hoạch ${id}`,
		owner_unit_id: 'ubnd',
		directive_id: directiveId,
		status: 'issued' as const,
		purpose: '',
		organisation: '',
		search_text: id
	});
	await db
		.insertInto('plans')
		.values([plan('p1', 'd1'), plan('p2', null), plan('p3', 'dx')])
		.execute();
	await db.insertInto('plan_implements').values({ plan_id: 'p2', directive_id: 'd2' }).execute();
	await db
		.insertInto('task_groups')
		.values([
			{ id: 'g1', plan_id: 'p1', code: 'I', title: 'Tuyên truyền', position: 0 },
			{ id: 'g2', plan_id: 'p1', code: 'II', title: 'Chuyển đổi số', position: 1 }
		])
		.execute();
	for (let i = 0; i < tasks.length; i += 500) {
		await db
			.insertInto('tasks')
			.values(
				tasks.slice(i, i + 500).map((t, j) => ({
					id: t.id,
					plan_id: t.plan,
					group_id: t.group,
					code: `${t.group === 'g2' ? 'II' : 'I'}.${i + j + 1}`,
					position: i + j,
					content: `Nhiệm vụ ${t.id}`,
					lead_unit_id: t.lead,
					deadline_text: deadlineOf(t.due)?.text ?? null,
					deadline_due: t.due,
					deadline: t.due === null ? null : JSON.stringify(deadlineOf(t.due)),
					status: t.status,
					progress: t.progress,
					completed_on: t.completed,
					search_text: t.id
				}))
			)
			.execute();
	}
}

const toDomain = (t: Fixture): StatisticsTask => ({
	leadUnitId: t.lead,
	status: t.status,
	deadline: deadlineOf(t.due),
	completedOn: t.completed,
	progress: t.progress
});

const D0: DashboardScope = { kind: 'directive', directiveId: 'd0' };
const P1: DashboardScope = { kind: 'plan', planId: 'p1' };

describe.each(testDatabaseKinds())('dashboard queries on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		database = await openDatabase(testDb.config);
		await migrateToLatest(database.db, database.schema ?? undefined);
		await seed(database, TASKS);
		await database.db
			.insertInto('activity_feed')
			.values(
				[
					[1, 'p1', 't3', 'Nhiệm vụ I.3: tiến độ 0% → 40%'],
					[2, 'p3', 'x1', 'không thuộc phạm vi'],
					[3, 'p2', 'u1', 'Nhiệm vụ I.10: xác nhận hoàn thành'],
					[4, 'p1', 't8', 'Nhiệm vụ II.8: trả lại kết quả']
				].map(([position, plan, task, summary]) => ({
					position: position as number,
					plan_id: plan as string,
					task_id: task as string,
					task_code: null,
					type: 'TaskProgressUpdated',
					summary: summary as string,
					user_id: 'attendee',
					unit_id: KHCN,
					occurred_at: '2025-06-19T02:00:00Z'
				}))
			)
			.execute();
	});

	afterAll(async () => {
		await database?.close();
		await testDb?.dispose();
	});

	it('counts drafts in no directive roll-up until they are issued', async () => {
		const draft = { id: 'p-draft', title: 'Dự thảo', owner_unit_id: 'ubnd', directive_id: 'd1' };
		await database.db
			.insertInto('plans')
			.values({ ...draft, status: 'draft', purpose: '', organisation: '', search_text: 'du thao' })
			.execute();
		await database.db
			.insertInto('tasks')
			.values({
				id: 't-draft',
				plan_id: 'p-draft',
				code: '1',
				position: 0,
				content: 'x',
				search_text: 'x',
				status: 'assigned',
				progress: 0
			})
			.execute();
		try {
			const before = await dashboardStatistics(database.db, D0, { now: NOW });
			expect(await dashboardPlanIds(database.db, D0)).toEqual(['p1', 'p2']);
			expect(await dashboardPlanIds(database.db, D0, { includeDrafts: true })).toEqual([
				'p-draft',
				'p1',
				'p2'
			]);
			await database.db.updateTable('plans').set({ status: 'issued' }).where('id', '=', 'p-draft').execute();
			const after = await dashboardStatistics(database.db, D0, { now: NOW });
			expect(after.total.statistics.total).toBe(before.total.statistics.total + 1);
		} finally {
			await database.db.deleteFrom('tasks').where('id', '=', 't-draft').execute();
			await database.db.deleteFrom('plans').where('id', '=', 'p-draft').execute();
		}
	});

	it('follows the directive cascade through every relation kind, cycle and all', async () => {
		expect(await dashboardPlanIds(database.db, D0)).toEqual(['p1', 'p2']);
		// from the copy down: d0 → d1 are reached through the cycle, so p1 and p2 too
		expect(await dashboardPlanIds(database.db, { kind: 'directive', directiveId: 'd2' })).toEqual([
			'p1',
			'p2'
		]);
		expect(await dashboardPlanIds(database.db, { kind: 'directive', directiveId: 'dx' })).toEqual(['p3']);
		expect(await dashboardPlanIds(database.db, { kind: 'directive', directiveId: 'none' })).toEqual([]);
	});

	it('counts a plan per unit in the official shape, with known answers', async () => {
		const stats = await dashboardStatistics(database.db, P1, { now: NOW });
		expect(stats.byUnit.map((u) => u.unitId)).toEqual([KHCN, NOI_VU, null]);
		const [khcn, noiVu, none] = stats.byUnit;
		expect(khcn!.unitShortName).toBe('Sở KH&CN');
		expect(khcn!.statistics).toEqual({
			unitId: KHCN,
			total: 5,
			done: { total: 2, onTime: 1, late: 1 },
			notDone: { total: 3, withinDeadline: 2, overdue: 1 },
			notStarted: 1,
			dueSoon: 1,
			rates: { done: 40, doneOnTime: 20, doneLate: 20, notDone: 60, overdue: 20 }
		});
		expect(khcn!.dueWithin).toEqual({ 7: 1, 3: 0, 1: 0 });
		expect(khcn!.averageProgress).toBe(48);
		expect(noiVu!.statistics.notDone).toEqual({ total: 3, withinDeadline: 2, overdue: 1 });
		// t6 is due today (0 days left), t7 in 2 days
		expect(noiVu!.dueWithin).toEqual({ 7: 2, 3: 2, 1: 1 });
		expect(none!.statistics.notStarted).toBe(1);
		expect(stats.total.statistics.total).toBe(9);
		expect(stats.total.statistics.notDone.overdue).toBe(2);
		expect(stats.total.dueWithin).toEqual({ 7: 3, 3: 2, 1: 1 });
	});

	it('agrees with the domain computeStatistics for the directive roll-up', async () => {
		const stats = await dashboardStatistics(database.db, D0, { now: NOW });
		const domain = computeStatistics(TASKS.filter((t) => t.plan !== 'p3').map(toDomain), NOW);
		expect(stats.total.statistics).toEqual(domain.total);
		expect(stats.total.statistics.total).toBe(11);
		expect(stats.total.statistics.notDone.overdue).toBe(3);
		for (const unit of domain.byUnit) {
			expect(stats.byUnit.find((u) => u.unitId === unit.unitId)?.statistics).toEqual(unit);
		}
	});

	it('lists overdue tasks with days overdue, the longest first', async () => {
		const overdue = await dashboardOverdue(database.db, D0, { now: NOW });
		expect(overdue.map((t) => [t.id, t.daysOverdue, t.timeStatus])).toEqual([
			['u2', 156, 'overdue'],
			['t4', 20, 'overdue'],
			['t8', 10, 'overdue']
		]);
		expect(overdue[1]).toMatchObject({
			planTitle: 'Kế hoạch p1',
			leadUnitName: 'Sở KH&CN',
			due: '2025-05-31'
		});
		expect(await dashboardOverdue(database.db, D0, { now: NOW, limit: 1 })).toHaveLength(1);
	});

	it('lists the same overdue and due-soon tasks of a directive whether it covers many plans or few', async () => {
		// D0 covers most issued plans here, so its lists walk the due-date index; with 20 more issued plans
		// elsewhere it covers under a fifth of them and reads its own plans' ranges instead
		const lists = async () => [
			await dashboardOverdue(database.db, D0, { now: NOW }),
			await dashboardDueSoon(database.db, D0, { now: NOW, days: 7 })
		];
		const wide = await lists();
		expect(wide[0]!.length).toBeGreaterThan(0);
		expect(wide[1]!.length).toBeGreaterThan(0);
		const others = Array.from({ length: 20 }, (_, i) => ({
			id: `p-other-${i}`,
			title: 'Khác',
			owner_unit_id: 'ubnd',
			directive_id: 'dx',
			status: 'issued' as const,
			purpose: '',
			organisation: '',
			search_text: 'khac'
		}));
		await database.db.insertInto('plans').values(others).execute();
		try {
			expect(await lists()).toEqual(wide);
		} finally {
			await database.db
				.deleteFrom('plans')
				.where(
					'id',
					'in',
					others.map((p) => p.id)
				)
				.execute();
		}
	});

	it('lists tasks due within 3 days and within 7 days', async () => {
		const three = await dashboardDueSoon(database.db, P1, { now: NOW, days: 3 });
		expect(three.map((t) => [t.id, t.daysLeft])).toEqual([
			['t6', 0],
			['t7', 2]
		]);
		const seven = await dashboardDueSoon(database.db, P1, { now: NOW });
		expect(seven.map((t) => t.id)).toEqual(['t6', 't7', 't3']);
		// "today" is Vietnam's: at 23:30 UTC on the 19th it is already the 20th in Hà Nội
		const lateEvening = await dashboardDueSoon(database.db, P1, {
			now: new Date('2025-06-19T23:30:00Z'),
			days: 0
		});
		expect(lateEvening.map((t) => t.id)).toEqual(['t6']);
	});

	it('shows progress per task group and per plan of a directive', async () => {
		expect(await dashboardSegments(database.db, P1, { now: NOW })).toEqual([
			{
				id: 'g1',
				planId: 'p1',
				// the plan's one numbering, whatever code the group was typed with
				code: '1',
				title: 'Tuyên truyền',
				total: 5,
				done: 2,
				overdue: 1,
				averageProgress: 48
			},
			{
				id: 'g2',
				planId: 'p1',
				code: '2',
				title: 'Chuyển đổi số',
				total: 3,
				done: 0,
				overdue: 1,
				averageProgress: 30
			},
			{ id: '', planId: 'p1', code: '', title: '', total: 1, done: 0, overdue: 0, averageProgress: 0 }
		]);
		const plans = await dashboardSegments(database.db, D0, { now: NOW });
		expect(plans.map((s) => [s.planId, s.total, s.done, s.overdue])).toEqual([
			['p1', 9, 2, 2],
			['p2', 2, 1, 1]
		]);
	});

	it('reads the activity feed of the scope only, newest first', async () => {
		const feed = await dashboardActivity(database.db, D0, { limit: 10 });
		expect(feed.map((a) => a.position)).toEqual([4, 3, 1]);
		expect(feed[0]).toMatchObject({
			userName: 'Đại biểu',
			unitName: 'Sở KH&CN',
			summary: 'Nhiệm vụ II.8: trả lại kết quả'
		});
		expect((await dashboardActivity(database.db, P1, { limit: 1 })).map((a) => a.position)).toEqual([4]);
	});

	it('counts completions and due dates per week with running totals', async () => {
		const series = await dashboardProgressOverTime(database.db, D0, { now: NOW, weeks: 8 });
		expect(series).toHaveLength(8);
		expect(series.at(-1)).toEqual({
			weekStart: '2025-06-16',
			completed: 1,
			due: 2,
			completedToDate: 3,
			dueToDate: 7
		});
		// t2 completed on Monday 5 May, in the window's first week
		expect(series[0]).toEqual({
			weekStart: '2025-04-28',
			completed: 0,
			due: 1,
			completedToDate: 1,
			dueToDate: 3
		});
		expect(series[1]).toMatchObject({ weekStart: '2025-05-05', completed: 1, completedToDate: 2 });
	});

	it('finds a unit’s tasks and one task for a meeting’s focus, inside the scope only', async () => {
		const tasks = await dashboardUnitTasks(database.db, D0, { now: NOW, unitId: NOI_VU });
		expect(tasks.map((t) => [t.id, t.timeStatus])).toEqual([
			['t6', 'within_deadline'],
			['t7', 'within_deadline'],
			['t8', 'overdue'],
			['u2', 'overdue']
		]);
		expect((await dashboardTask(database.db, P1, { now: NOW, taskId: 't2' }))?.timeStatus).toBe('done_late');
		expect(await dashboardTask(database.db, P1, { now: NOW, taskId: 'x1' })).toBeUndefined();
	});

	it('loads a whole dashboard, and nothing for an unknown scope', async () => {
		const dashboard = await loadDashboard(database.db, D0, { now: NOW });
		expect(dashboard?.heading).toMatchObject({ kind: 'directive', title: 'Văn bản gốc', planCount: 2 });
		expect(dashboard?.today).toBe('2025-06-20');
		expect((await loadDashboard(database.db, P1, { now: NOW }))?.heading.directives).toEqual([
			{ id: 'd1', label: 'Kế hoạch cấp tỉnh' }
		]);
		expect(
			(await loadDashboard(database.db, { kind: 'plan', planId: 'p2' }, { now: NOW }))?.heading.directives
		).toEqual([{ id: 'd2', label: 'Bản sao' }]);
		expect(await loadDashboard(database.db, { kind: 'plan', planId: 'nope' }, { now: NOW })).toBeUndefined();
	});

	it('moves with "now": a year later every unfinished task is overdue', async () => {
		const later = new Date('2026-06-20T03:00:00Z');
		const stats = await dashboardStatistics(database.db, D0, { now: later });
		expect(stats.total.statistics).toEqual(
			computeStatistics(TASKS.filter((t) => t.plan !== 'p3').map(toDomain), later).total
		);
		expect(stats.total.statistics.notDone).toEqual({ total: 8, withinDeadline: 1, overdue: 7 });
	});

	it('relays the presenter’s focus to listeners; no one else may move it', async () => {
		expect(await startMeeting(database.db, { code: 'ABC234', scope: P1, presenterUserId: 'presenter' })).toBe(
			true
		);
		expect(await startMeeting(database.db, { code: 'ABC234', scope: D0, presenterUserId: 'attendee' })).toBe(
			false
		);
		const heard: (MeetingNotice | MeetingEndedNotice)[] = [];
		const unlisten = await onMeetingNotice(database, (n) => {
			if (n) heard.push(n);
		});
		try {
			const focus = { panel: 'units' as const, unitId: KHCN, taskId: null };
			expect(await setMeetingFocus(database, { code: 'ABC234', userId: 'attendee', focus })).toBeUndefined();
			const sent = await setMeetingFocus(database, { code: 'ABC234', userId: 'presenter', focus });
			expect(sent).toEqual({ code: 'ABC234', focusSeq: 1, focus });
			await expect.poll(() => heard, { timeout: 3000 }).toEqual([sent]);
			expect(await getMeeting(database.db, 'ABC234')).toMatchObject({ focus, focusSeq: 1, scope: P1 });
			expect(await endMeeting(database, { code: 'ABC234', userId: 'presenter' })).toBe(true);
			// attendees hear the end too
			await expect.poll(() => heard, { timeout: 3000 }).toEqual([sent, { code: 'ABC234', ended: true }]);
			expect(await getMeeting(database.db, 'ABC234')).toBeUndefined();
			expect(await setMeetingFocus(database, { code: 'ABC234', userId: 'presenter', focus })).toBeUndefined();
		} finally {
			await unlisten();
		}
	});
});

describe.each(testDatabaseKinds())(
	'dashboard statistics match the domain on generated plans (%s)',
	(kind) => {
		let testDb: TestDatabase;
		let database: Database;
		const random = new Random(20250620);
		const statuses: Status[] = [
			'assigned',
			'accepted',
			'in_progress',
			'reported',
			'returned',
			'done',
			'paused'
		];
		const generated: Fixture[] = Array.from({ length: 1500 }, (_, i) => {
			const status = random.pick(statuses);
			const due = random.chance(0.15)
				? null
				: `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
			return {
				id: `gen-${i}`,
				plan: random.pick(['p1', 'p2', 'p3']),
				group: null,
				lead: random.pick([KHCN, NOI_VU, null]),
				status,
				progress: status === 'done' ? 100 : random.pick([0, 0, 20, 50, 90]),
				due,
				completed:
					status === 'done' && random.chance(0.9) ? `2025-0${random.int(1, 9)}-1${random.int(0, 9)}` : null
			};
		});

		beforeAll(async () => {
			testDb = createTestDatabase(kind);
			database = await openDatabase(testDb.config);
			await migrateToLatest(database.db, database.schema ?? undefined);
			await seed(database, generated);
		});

		afterAll(async () => {
			await database?.close();
			await testDb?.dispose();
		});

		it.each(['2025-01-01T00:00:00Z', '2025-06-20T16:59:59Z', '2025-06-20T17:00:00Z', '2025-09-30T03:00:00Z'])(
			'at %s',
			async (iso) => {
				const now = new Date(iso);
				const stats = await dashboardStatistics(database.db, D0, { now });
				const domain = computeStatistics(generated.filter((t) => t.plan !== 'p3').map(toDomain), now);
				expect(stats.total.statistics).toEqual(domain.total);
				expect(new Map(stats.byUnit.map((u) => [u.unitId, u.statistics]))).toEqual(
					new Map(domain.byUnit.map((u) => [u.unitId, u]))
				);
			}
		);
	}
);
