import { listNotifications, type ReminderRun } from '@trienkhai/db';
import { testDatabaseKinds } from '@trienkhai/db/testing';
import { useDemoDatabase } from '@trienkhai/db/testing/suite';
import { dateDeadline } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { startReminderJob } from './reminders.ts';

const OWNER = 'ubnd-quang-binh';
const PLAN = 'p-job';
const base = { userId: `u-${OWNER}`, unitId: OWNER, occurredAt: '2026-03-01T01:00:00.000Z' };

describe.each(testDatabaseKinds())('the reminder job on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ store }) => {
		await store.append({
			planId: PLAN,
			events: [
				{
					...base,
					taskId: null,
					type: 'PlanCreated',
					data: {
						title: 'Kế hoạch chạy nhắc hạn',
						ownerUnitId: OWNER,
						implementsDirectiveIds: [],
						documentId: null
					}
				},
				{
					...base,
					taskId: `${PLAN}/1`,
					type: 'TaskCreated',
					data: {
						groupId: null,
						index: 0,
						code: '1',
						content: 'Báo cáo sơ kết',
						leadUnitId: 'qb-so-tttt',
						coordinatorUnitIds: [],
						deadline: dateDeadline('2026-03-11'),
						output: null
					}
				},
				{ ...base, taskId: null, type: 'PlanIssued', data: { revision: 1 } }
			]
		});
	});

	it('runs at start and on every tick with the injected clock, storing each reminder once', async () => {
		const runs: ReminderRun[] = [];
		let now = new Date('2026-03-10T03:00:00.000Z');
		const errors: unknown[] = [];
		const stop = startReminderJob({
			db: demo.db,
			now: () => now,
			intervalMs: 50,
			onRun: (run) => runs.push(run),
			onError: (error) => errors.push(error)
		});
		await expect.poll(() => runs.length).toBeGreaterThanOrEqual(2);
		now = new Date('2026-03-12T03:00:00.000Z');
		const before = runs.length;
		await expect.poll(() => runs.length).toBeGreaterThan(before + 1);
		await stop();
		expect(errors).toEqual([]);
		expect(runs[0]).toEqual({ due: 1, created: 1 });
		expect(runs.reduce((n, r) => n + r.created, 0)).toBe(2);
		const listed = await listNotifications(demo.db, { userId: 'u-qb-so-tttt', unitId: 'qb-so-tttt' });
		expect(listed.map((n) => n.kind)).toEqual(['overdue', 'due1']);
	});
});
