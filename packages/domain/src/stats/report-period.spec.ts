import { describe, it, expect } from 'vitest';
import { reportPeriod, reportPeriodOf } from './report-period.ts';

describe('reportPeriod (Nghị định 09/2019)', () => {
	it.each([
		[1, '2024-12-15', '2025-01-14'],
		[2, '2025-01-15', '2025-02-14'],
		[3, '2025-02-15', '2025-03-14'],
		[6, '2025-05-15', '2025-06-14'],
		[12, '2025-11-15', '2025-12-14']
	])('month %i of 2025 runs %s → %s', (m, from, to) => {
		expect(reportPeriod('month', 2025, m)).toEqual({ from, to });
	});

	it.each([
		[1, '2024-12-15', '2025-03-14'],
		[2, '2025-03-15', '2025-06-14'],
		[3, '2025-06-15', '2025-09-14'],
		[4, '2025-09-15', '2025-12-14']
	])('quarter %i of 2025 runs %s → %s', (q, from, to) => {
		expect(reportPeriod('quarter', 2025, q)).toEqual({ from, to });
	});

	it('splits the year into halves at 14/06', () => {
		expect(reportPeriod('half', 2025, 1)).toEqual({ from: '2024-12-15', to: '2025-06-14' });
		expect(reportPeriod('half', 2025, 2)).toEqual({ from: '2025-06-15', to: '2025-12-14' });
	});

	it('runs the year from 15/12 of the previous year to 14/12', () => {
		expect(reportPeriod('year', 2024, 1)).toEqual({ from: '2023-12-15', to: '2024-12-14' });
		expect(reportPeriod('year', 2024, 0)).toEqual(reportPeriod('year', 2024, 1));
	});

	it('leaves no gap and no overlap between consecutive months', () => {
		for (let m = 1; m < 12; m++) {
			const a = reportPeriod('month', 2024, m);
			const b = reportPeriod('month', 2024, m + 1);
			expect(Date.parse(b.from) - Date.parse(a.to)).toBe(86_400_000);
		}
	});

	it.each([
		['month', 0],
		['month', 13],
		['quarter', 5],
		['half', 3],
		['quarter', 1.5]
	] as const)('rejects %s %d', (kind, index) => {
		expect(() => reportPeriod(kind, 2025, index)).toThrow(RangeError);
	});
});

describe('reportPeriodOf', () => {
	it('puts the 14th in its own month and the 15th in the next', () => {
		expect(reportPeriodOf('month', '2025-03-14')).toEqual({
			year: 2025,
			index: 3,
			from: '2025-02-15',
			to: '2025-03-14'
		});
		expect(reportPeriodOf('month', '2025-03-15')).toEqual({
			year: 2025,
			index: 4,
			from: '2025-03-15',
			to: '2025-04-14'
		});
	});

	it('moves late December into the next year', () => {
		expect(reportPeriodOf('month', '2024-12-20')).toMatchObject({ year: 2025, index: 1 });
		expect(reportPeriodOf('quarter', '2024-12-20')).toMatchObject({ year: 2025, index: 1 });
		expect(reportPeriodOf('half', '2024-12-20')).toMatchObject({ year: 2025, index: 1 });
		expect(reportPeriodOf('year', '2024-12-20')).toEqual({
			year: 2025,
			index: 1,
			from: '2024-12-15',
			to: '2025-12-14'
		});
		expect(reportPeriodOf('year', '2024-12-14')).toMatchObject({ year: 2024 });
	});

	it('finds the quarter and half of a date', () => {
		expect(reportPeriodOf('quarter', '2025-06-14')).toMatchObject({ year: 2025, index: 2 });
		expect(reportPeriodOf('quarter', '2025-06-15')).toMatchObject({ year: 2025, index: 3 });
		expect(reportPeriodOf('half', '2025-06-15')).toMatchObject({ year: 2025, index: 2 });
	});

	it('contains the date it was asked about', () => {
		for (const date of ['2024-01-01', '2024-02-29', '2024-07-15', '2024-12-14', '2024-12-31']) {
			for (const kind of ['month', 'quarter', 'half', 'year'] as const) {
				const p = reportPeriodOf(kind, date);
				expect(p.from <= date && date <= p.to).toBe(true);
			}
		}
	});

	it('rejects a malformed date', () => {
		expect(() => reportPeriodOf('month', '14/03/2025')).toThrow(RangeError);
	});
});
