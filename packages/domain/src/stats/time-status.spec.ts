import { describe, it, expect } from 'vitest';
import {
	TIME_STATUS_COLOURS,
	TIME_STATUS_LABELS_VI,
	computeTimeStatus,
	type TimedTask
} from './time-status.ts';
import { parseDeadline } from '../plan/deadline.ts';

// 10:00 on 20 June 2025 in Hà Nội.
const now = new Date('2025-06-20T03:00:00Z');
const task = (
	status: TimedTask['status'],
	deadline: string | null,
	completedOn: string | null = null,
	progress?: number
): TimedTask => ({
	status,
	deadline: deadline === null ? null : parseDeadline(deadline),
	completedOn,
	...(progress === undefined ? {} : { progress })
});

describe('computeTimeStatus', () => {
	it('a task done before its due date is done on time', () => {
		expect(computeTimeStatus(task('done', 'Quý II/2025', '2025-06-10'), now)).toEqual({
			status: 'done_on_time',
			dueSoon: false,
			daysLeft: null,
			daysOverdue: null
		});
	});

	it('a task done on its due date is done on time', () => {
		expect(computeTimeStatus(task('done', 'chậm nhất ngày 27/02/2024', '2024-02-27'), now).status).toBe(
			'done_on_time'
		);
	});

	it('a task done after its due date is done late, by so many days', () => {
		expect(computeTimeStatus(task('done', 'chậm nhất ngày 27/02/2024', '2024-03-04'), now)).toEqual({
			status: 'done_late',
			dueSoon: false,
			daysLeft: null,
			daysOverdue: 6
		});
	});

	it('a done task without a due date is on time', () => {
		expect(computeTimeStatus(task('done', 'Thường xuyên', '2025-01-01'), now).status).toBe('done_on_time');
	});

	it('a task not done past its due date is overdue', () => {
		expect(computeTimeStatus(task('in_progress', 'Tháng 5/2025'), now)).toEqual({
			status: 'overdue',
			dueSoon: false,
			daysLeft: null,
			daysOverdue: 20
		});
	});

	it('a task not done before its due date is within deadline, due soon inside the window', () => {
		expect(computeTimeStatus(task('in_progress', 'Quý II/2025'), now)).toEqual({
			status: 'within_deadline',
			dueSoon: false,
			daysLeft: 10,
			daysOverdue: null
		});
		expect(computeTimeStatus(task('in_progress', 'Quý II/2025'), now, { dueSoonDays: 10 }).dueSoon).toBe(
			true
		);
		expect(computeTimeStatus(task('reported', 'Trước ngày 25/6/2025'), now)).toMatchObject({
			dueSoon: true,
			daysLeft: 5
		});
	});

	it('the due date itself is still within deadline', () => {
		expect(computeTimeStatus(task('accepted', '20/06/2025'), now)).toMatchObject({
			status: 'within_deadline',
			daysLeft: 0,
			dueSoon: true
		});
	});

	it('takes today in Vietnam, not in UTC', () => {
		// 18:00 UTC on 30 June is already 1 July in Hà Nội: a June deadline has passed
		const lateEvening = new Date('2025-06-30T18:00:00Z');
		expect(computeTimeStatus(task('in_progress', 'Tháng 6/2025'), lateEvening).status).toBe('overdue');
		expect(
			computeTimeStatus(task('in_progress', 'Tháng 6/2025'), lateEvening, { timeZone: 'UTC' }).status
		).toBe('within_deadline');
	});

	it('a task without a due date is never overdue', () => {
		for (const wording of ['Hằng năm', 'Thường xuyên', 'Khi có yêu cầu']) {
			expect(computeTimeStatus(task('in_progress', wording), now)).toEqual({
				status: 'within_deadline',
				dueSoon: false,
				daysLeft: null,
				daysOverdue: null
			});
		}
		expect(computeTimeStatus(task('in_progress', null), now).status).toBe('within_deadline');
	});

	it('an assigned task is not started unless overdue', () => {
		expect(computeTimeStatus(task('assigned', 'Năm 2025'), now)).toMatchObject({
			status: 'not_started',
			daysLeft: 194
		});
		expect(computeTimeStatus(task('assigned', null), now).status).toBe('not_started');
		expect(computeTimeStatus(task('assigned', 'Năm 2024'), now).status).toBe('overdue');
		expect(computeTimeStatus(task('assigned', 'Năm 2025', null, 30), now).status).toBe('within_deadline');
	});

	it('a paused task counts as not done', () => {
		expect(computeTimeStatus(task('paused', 'Tháng 5/2025'), now).status).toBe('overdue');
		expect(computeTimeStatus(task('paused', 'Năm 2025'), now).status).toBe('within_deadline');
	});

	it('a period deadline is due at its end', () => {
		expect(computeTimeStatus(task('in_progress', '6 tháng đầu năm 2025'), now).daysLeft).toBe(10);
		expect(computeTimeStatus(task('in_progress', 'Giai đoạn 2021 - 2025'), now).daysLeft).toBe(194);
		expect(computeTimeStatus(task('in_progress', 'thời kỳ 2021 - 2030'), now).status).toBe('within_deadline');
	});
});

describe('colours and labels', () => {
	it('follow docs/domain.md', () => {
		expect(TIME_STATUS_COLOURS).toEqual({
			done_on_time: 'green',
			within_deadline: 'blue',
			done_late: 'amber',
			overdue: 'red',
			not_started: 'grey'
		});
		expect(TIME_STATUS_LABELS_VI.done_on_time).toContain('đúng hạn');
		expect(TIME_STATUS_LABELS_VI.overdue).toContain('quá hạn');
		expect(TIME_STATUS_LABELS_VI.within_deadline).toContain('trong hạn');
	});
});
