import { describe, it, expect } from 'vitest';
import { computeStatistics, percent, type StatisticsTask } from './statistics.ts';
import { parseDeadline } from '../plan/deadline.ts';

// 10:00 on 20 June 2025 in Hà Nội.
const now = new Date('2025-06-20T03:00:00Z');
const t = (
	leadUnitId: string | null,
	status: StatisticsTask['status'],
	deadline: string | null,
	completedOn: string | null = null
): StatisticsTask => ({
	leadUnitId,
	status,
	deadline: deadline === null ? null : parseDeadline(deadline),
	completedOn
});

// Sở KH&CN: 2 on time, 1 late, 1 within (due soon), 1 overdue, 1 not started → 6 tasks.
// Sở Nội vụ: 1 on time, 1 overdue and not started, 1 paused within → 3 tasks.
// No lead yet: 1 task without a deadline.
const tasks: StatisticsTask[] = [
	t('so-khcn', 'done', 'Quý I/2025', '2025-03-20'),
	t('so-khcn', 'done', 'Hằng năm', '2025-05-02'),
	t('so-noi-vu', 'done', '30/06/2025', '2025-06-01'),
	t('so-khcn', 'done', 'Tháng 4/2025', '2025-05-05'),
	t('so-khcn', 'in_progress', 'Trước ngày 25/6/2025'),
	t('so-khcn', 'returned', 'Tháng 5/2025'),
	t('so-khcn', 'assigned', 'Năm 2025'),
	t('so-noi-vu', 'assigned', 'Quý I/2025'),
	t('so-noi-vu', 'paused', 'Năm 2025'),
	t(null, 'accepted', null)
];

describe('computeStatistics', () => {
	const stats = computeStatistics(tasks, now);

	it('totals in the Government Office shape', () => {
		expect(stats.total).toEqual({
			unitId: null,
			total: 10,
			done: { total: 4, onTime: 3, late: 1 },
			notDone: { total: 6, withinDeadline: 4, overdue: 2 },
			notStarted: 1,
			dueSoon: 1,
			rates: { done: 40, doneOnTime: 30, doneLate: 10, notDone: 60, overdue: 20 }
		});
	});

	it('per lead unit, in order of first appearance', () => {
		expect(stats.byUnit.map((u) => u.unitId)).toEqual(['so-khcn', 'so-noi-vu', null]);
		expect(stats.byUnit[0]).toEqual({
			unitId: 'so-khcn',
			total: 6,
			done: { total: 3, onTime: 2, late: 1 },
			notDone: { total: 3, withinDeadline: 2, overdue: 1 },
			notStarted: 1,
			dueSoon: 1,
			rates: { done: 50, doneOnTime: 33.3, doneLate: 16.7, notDone: 50, overdue: 16.7 }
		});
		expect(stats.byUnit[1]).toEqual({
			unitId: 'so-noi-vu',
			total: 3,
			done: { total: 1, onTime: 1, late: 0 },
			// the overdue unstarted task counts as overdue, not as not started
			notDone: { total: 2, withinDeadline: 1, overdue: 1 },
			notStarted: 0,
			dueSoon: 0,
			rates: { done: 33.3, doneOnTime: 33.3, doneLate: 0, notDone: 66.7, overdue: 33.3 }
		});
		expect(stats.byUnit[2]).toMatchObject({
			unitId: null,
			total: 1,
			notDone: { total: 1, withinDeadline: 1, overdue: 0 }
		});
	});

	it('keeps the identities done = on time + late, not done = within + overdue, colours add up', () => {
		for (const u of [stats.total, ...stats.byUnit]) {
			expect(u.done.total).toBe(u.done.onTime + u.done.late);
			expect(u.notDone.total).toBe(u.notDone.withinDeadline + u.notDone.overdue);
			expect(u.done.total + u.notDone.total).toBe(u.total);
			expect(u.notStarted).toBeLessThanOrEqual(u.notDone.withinDeadline);
		}
		const sum = (pick: (u: (typeof stats.byUnit)[number]) => number) =>
			stats.byUnit.reduce((n, u) => n + pick(u), 0);
		expect(sum((u) => u.total)).toBe(stats.total.total);
		expect(sum((u) => u.notDone.overdue)).toBe(stats.total.notDone.overdue);
	});

	it('is all zeros, not NaN, for no tasks', () => {
		expect(computeStatistics([], now)).toEqual({
			total: {
				unitId: null,
				total: 0,
				done: { total: 0, onTime: 0, late: 0 },
				notDone: { total: 0, withinDeadline: 0, overdue: 0 },
				notStarted: 0,
				dueSoon: 0,
				rates: { done: 0, doneOnTime: 0, doneLate: 0, notDone: 0, overdue: 0 }
			},
			byUnit: []
		});
	});

	it('passes the due-soon window through', () => {
		expect(computeStatistics(tasks, now, { dueSoonDays: 0 }).total.dueSoon).toBe(0);
		// every unfinished task with a due date still ahead; the one without a deadline never is
		expect(computeStatistics(tasks, now, { dueSoonDays: 365 }).total.dueSoon).toBe(3);
	});

	it('moves with "now": a year later everything unfinished is overdue', () => {
		const later = computeStatistics(tasks, new Date('2026-06-20T03:00:00Z'));
		expect(later.total.notDone).toEqual({ total: 6, withinDeadline: 1, overdue: 5 });
	});
});

describe('percent', () => {
	it('rounds to one decimal', () => {
		expect(percent(1, 3)).toBe(33.3);
		expect(percent(2, 3)).toBe(66.7);
		expect(percent(1, 8)).toBe(12.5);
		expect(percent(0, 0)).toBe(0);
		expect(percent(5, 5)).toBe(100);
	});
});
