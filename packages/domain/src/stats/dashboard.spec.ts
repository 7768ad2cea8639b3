import { describe, it, expect } from 'vitest';
import {
	meetingCodeFrom,
	normaliseMeetingCode,
	parseMeetingFocus,
	statisticsFromCounts,
	weekStartOf,
	weeklySeries
} from './dashboard.ts';
import { computeStatistics, type StatisticsTask } from './statistics.ts';
import { parseDeadline } from '../plan/deadline.ts';

describe('statisticsFromCounts', () => {
	it('builds the same shape as computeStatistics from the same tasks', () => {
		const now = new Date('2025-06-20T03:00:00Z');
		const tasks: StatisticsTask[] = [
			{ leadUnitId: 'a', status: 'done', deadline: parseDeadline('Quý I/2025'), completedOn: '2025-03-20' },
			{ leadUnitId: 'a', status: 'done', deadline: parseDeadline('Tháng 4/2025'), completedOn: '2025-05-05' },
			{ leadUnitId: 'a', status: 'in_progress', deadline: parseDeadline('25/06/2025'), completedOn: null },
			{ leadUnitId: 'a', status: 'assigned', deadline: parseDeadline('Tháng 5/2025'), completedOn: null },
			{ leadUnitId: 'a', status: 'assigned', deadline: parseDeadline('Năm 2025'), completedOn: null }
		];
		const expected = computeStatistics(tasks, now).total;
		expect(
			statisticsFromCounts(null, {
				total: 5,
				doneOnTime: 1,
				doneLate: 1,
				withinDeadline: 2,
				overdue: 1,
				notStarted: 1,
				dueSoon: 1
			})
		).toEqual(expected);
	});

	it('refuses counts that do not add up', () => {
		expect(() =>
			statisticsFromCounts('a', {
				total: 3,
				doneOnTime: 1,
				doneLate: 0,
				withinDeadline: 1,
				overdue: 0,
				notStarted: 0,
				dueSoon: 0
			})
		).toThrow(RangeError);
	});
});

describe('weekStartOf', () => {
	it.each([
		['2025-06-16', '2025-06-16'],
		['2025-06-20', '2025-06-16'],
		['2025-06-22', '2025-06-16'],
		['2025-06-23', '2025-06-23'],
		['2024-01-01', '2024-01-01'],
		['1969-12-31', '1969-12-29']
	])('puts %s in the week of Monday %s', (date, monday) => {
		expect(weekStartOf(date)).toBe(monday);
	});
});

describe('weeklySeries', () => {
	it('fills empty weeks and runs totals from before the window', () => {
		const series = weeklySeries({
			today: '2025-06-20',
			weeks: 3,
			completedByWeek: new Map([['2025-06-16', 2]]),
			dueByWeek: new Map([
				['2025-06-02', 1],
				['2025-06-09', 4]
			]),
			completedBefore: 5,
			dueBefore: 3
		});
		expect(series).toEqual([
			{ weekStart: '2025-06-02', completed: 0, due: 1, completedToDate: 5, dueToDate: 4 },
			{ weekStart: '2025-06-09', completed: 0, due: 4, completedToDate: 5, dueToDate: 8 },
			{ weekStart: '2025-06-16', completed: 2, due: 0, completedToDate: 7, dueToDate: 8 }
		]);
	});
	it('rejects a silly window', () => {
		const base = { today: '2025-06-20', completedByWeek: new Map(), dueByWeek: new Map() };
		expect(() => weeklySeries({ ...base, weeks: 0, completedBefore: 0, dueBefore: 0 })).toThrow(RangeError);
	});
});

describe('parseMeetingFocus', () => {
	it('accepts the ids of seeded tasks, which hold a slash', () => {
		expect(parseMeetingFocus({ panel: 'due', taskId: 'plan-ubnd-qb-kl69/II.2.b.1' })?.taskId).toBe(
			'plan-ubnd-qb-kl69/II.2.b.1'
		);
	});
	it('accepts a panel with optional unit and task', () => {
		expect(parseMeetingFocus({ panel: 'units', unitId: 'qb-so-khcn' })).toEqual({
			panel: 'units',
			unitId: 'qb-so-khcn',
			taskId: null
		});
	});
	it.each([
		null,
		'units',
		{ panel: 'nope' },
		{ panel: 'units', unitId: '<script>' },
		{ panel: 'units', taskId: 5 }
	])('rejects %j', (value) => {
		expect(parseMeetingFocus(value)).toBeNull();
	});
});

describe('meeting codes', () => {
	it('are six unambiguous characters that survive being typed back', () => {
		const code = meetingCodeFrom(new Uint8Array([0, 1, 2, 3, 30, 255]));
		expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
		expect(normaliseMeetingCode(` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `)).toBe(code);
	});
	it('rejects what cannot be a code', () => {
		expect(normaliseMeetingCode('ABC')).toBeNull();
		expect(normaliseMeetingCode('ABCDE0')).toBeNull();
		expect(() => meetingCodeFrom(new Uint8Array(3))).toThrow(RangeError);
	});
});
