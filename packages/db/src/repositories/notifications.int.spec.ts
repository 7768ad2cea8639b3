import { dateDeadline, type EventInput } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { onInboxNotice, type InboxNotice } from '../notify/inbox-notice.ts';
import {
	listNotifications,
	markNotificationsRead,
	recordDueReminders,
	unreadNotificationCount,
	weeklyDigest
} from './notifications.ts';

const OWNER = 'ubnd-quang-binh';
const KHCN = 'qb-so-khcn';
const PLAN = 'p-reminders';
// 10:00 in Hà Nội on Tuesday 10/03/2026
const NOW = new Date('2026-03-10T03:00:00.000Z');
const owner = { userId: `u-${OWNER}`, unitId: OWNER, occurredAt: '2026-03-01T01:00:00.000Z' };

function newTask(code: string, due: string | null, lead: string | null = KHCN): EventInput {
	return {
		...owner,
		taskId: `${PLAN}/${code}`,
		type: 'TaskCreated',
		data: {
			groupId: null,
			index: 0,
			code,
			content: `Nhiệm vụ ${code}`,
			leadUnitId: lead,
			coordinatorUnitIds: [],
			deadline: due ? dateDeadline(due) : null,
			output: null
		}
	};
}

describe.each(testDatabaseKinds())('deadline reminders on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ store }) => {
		await store.append({
			planId: PLAN,
			events: [
				{
					...owner,
					taskId: null,
					type: 'PlanCreated',
					data: {
						title: 'Kế hoạch nhắc hạn',
						ownerUnitId: OWNER,
						implementsDirectiveIds: [],
						documentId: null
					}
				},
				newTask('1', '2026-03-17'), // 7 days
				newTask('2', '2026-03-12'), // 2 days
				newTask('3', '2026-03-05'), // 5 days overdue
				newTask('4', '2026-03-11'), // done below: never reminded
				newTask('5', '2026-04-30'), // far away
				newTask('6', null), // no due date
				newTask('7', '2026-03-11', 'qb-so-tttt'), // another unit's
				{ ...owner, taskId: null, type: 'PlanIssued', data: { revision: 1 } },
				{ ...owner, taskId: `${PLAN}/4`, type: 'TaskResultReported', data: { summary: 'Xong' } },
				{
					...owner,
					taskId: `${PLAN}/4`,
					type: 'TaskResultConfirmed',
					data: { comment: null, completedOn: '2026-03-02' }
				}
			]
		});
	});

	const reader = { userId: `u-${KHCN}`, unitId: KHCN };

	it('stores each reminder once however often the job runs, and a moved deadline reminds again', async () => {
		const first = await recordDueReminders(demo.db, NOW);
		// the demo plans give no deadlines: only this plan's tasks are due
		expect(first).toEqual({ due: 4, created: 4 });
		await expect(recordDueReminders(demo.db, NOW)).resolves.toEqual({ due: 4, created: 0 });

		const listed = await listNotifications(demo.db, reader);
		expect(listed.map((n) => [n.taskCode, n.kind, n.dueOn]).sort()).toEqual([
			['1', 'due7', '2026-03-17'],
			['2', 'due3', '2026-03-12'],
			['3', 'overdue', '2026-03-05']
		]);
		expect(listed[0]).toMatchObject({ planTitle: 'Kế hoạch nhắc hạn', read: false });

		// the deadline of task 1 moves to the day after tomorrow: a new due date, a new reminder
		await demo.store.append({
			planId: PLAN,
			events: [
				{
					...owner,
					occurredAt: '2026-03-10T02:00:00.000Z',
					taskId: `${PLAN}/1`,
					type: 'TaskFieldChanged',
					data: { field: 'deadline', from: dateDeadline('2026-03-17'), to: dateDeadline('2026-03-12') }
				}
			]
		});
		await expect(recordDueReminders(demo.db, NOW)).resolves.toEqual({ due: 4, created: 1 });
		const after = await listNotifications(demo.db, reader);
		expect(after.filter((n) => n.taskCode === '1').map((n) => [n.kind, n.dueOn])).toEqual(
			expect.arrayContaining([
				['due7', '2026-03-17'],
				['due3', '2026-03-12']
			])
		);
		// the next day the same task reaches the 1-day stage: one more, and still once only
		const tomorrow = new Date('2026-03-11T03:00:00.000Z');
		await expect(recordDueReminders(demo.db, tomorrow)).resolves.toMatchObject({ created: 2 });
		await expect(recordDueReminders(demo.db, tomorrow)).resolves.toMatchObject({ created: 0 });
	});

	it('counts unread per person and marks one or all read, only within the reader’s unit', async () => {
		const count = await unreadNotificationCount(demo.db, reader);
		expect(count).toBe(6);
		const colleague = { userId: `u-${OWNER}`, unitId: KHCN };
		const [newest] = await listNotifications(demo.db, reader);
		await expect(markNotificationsRead(demo.db, reader, [newest!.id])).resolves.toBe(1);
		await expect(unreadNotificationCount(demo.db, reader)).resolves.toBe(5);
		// read marks are the person's own
		await expect(unreadNotificationCount(demo.db, colleague)).resolves.toBe(6);
		// another unit's reminder cannot be marked through this unit
		const tttt = { userId: 'u-qb-so-tttt', unitId: 'qb-so-tttt' };
		const [theirs] = await listNotifications(demo.db, tttt);
		expect(theirs).toMatchObject({ taskCode: '7', kind: 'due1' });
		await expect(markNotificationsRead(demo.db, reader, [theirs!.id])).resolves.toBe(0);
		await expect(markNotificationsRead(demo.db, reader)).resolves.toBe(5);
		await expect(unreadNotificationCount(demo.db, reader)).resolves.toBe(0);
		await expect(unreadNotificationCount(demo.db, tttt)).resolves.toBe(1);
	});

	it('tells every listener whose notifications changed: stored reminders for a unit, read marks for a person', async () => {
		const heard: Array<InboxNotice | null> = [];
		const stop = await onInboxNotice(demo.database, (notice) => heard.push(notice));
		try {
			heard.length = 0; // a PostgreSQL listener announces its (re)connect
			await recordDueReminders(demo.db, new Date('2026-03-16T03:00:00.000Z'));
			await expect
				.poll(() => heard)
				.toContainEqual({ unitIds: expect.arrayContaining([KHCN]) as string[], userIds: [] });
			await markNotificationsRead(demo.db, reader);
			await expect.poll(() => heard).toContainEqual({ unitIds: [], userIds: [reader.userId] });
			// nothing new: nobody is told
			const before = heard.length;
			await recordDueReminders(demo.db, new Date('2026-03-16T03:00:00.000Z'));
			await new Promise((resolve) => setTimeout(resolve, 200));
			expect(heard.length).toBe(before);
		} finally {
			await stop();
		}
	});

	it('builds the weekly digest: overdue at the start of the week and due within it, by plan', async () => {
		const digest = await weeklyDigest(demo.db, KHCN, '2026-03-09');
		expect(digest.weekEnd).toBe('2026-03-15');
		expect(digest.plans).toHaveLength(1);
		const [plan] = digest.plans;
		expect(plan!.title).toBe('Kế hoạch nhắc hạn');
		expect(plan!.overdue.map((t) => [t.code, t.days])).toEqual([['3', 4]]);
		expect(plan!.dueThisWeek.map((t) => [t.code, t.days])).toEqual([
			['1', 3],
			['2', 3]
		]);
		const next = await weeklyDigest(demo.db, KHCN, '2026-03-16');
		expect(next.plans[0]!.overdue.map((t) => t.code)).toEqual(['3', '1', '2']);
		expect(next.plans[0]!.dueThisWeek).toEqual([]);
	});
});
