import { describe, it, expect } from 'vitest';
import {
	VN_TIME_ZONE,
	addDays,
	daysBetween,
	daysInMonth,
	formatDateVi,
	isIsoDate,
	isoDate,
	localDateOf,
	parseVietnameseDate
} from './dates.ts';

describe('parseVietnameseDate', () => {
	it.each([
		['11/01/2024', '2024-01-11'],
		['1/11/2012', '2012-11-01'],
		['23/7/2024', '2024-07-23'],
		['23-01-2024', '2024-01-23'],
		['27.02.2024', '2024-02-27'],
		['ngày 22 tháng 01 năm 2024', '2024-01-22'],
		['Ngày 25 tháng 3 năm 2024', '2024-03-25'],
		['NGÀY 11/01/2024', '2024-01-11'],
		['ngày 16/01/2012.', '2012-01-16'],
		['2024-04-24', '2024-04-24']
	])('%s → %s', (text, expected) => {
		expect(parseVietnameseDate(text)).toBe(expected);
	});

	it.each(['', '31/02/2024', '32/01/2024', '12/2024', 'ngày mai', '11/01/2024 và 12/01/2024', '2024-13-01'])(
		'rejects %j',
		(text) => {
			expect(parseVietnameseDate(text)).toBeNull();
		}
	);

	it('knows leap years', () => {
		expect(parseVietnameseDate('29/02/2024')).toBe('2024-02-29');
		expect(parseVietnameseDate('29/02/2023')).toBeNull();
	});
});

describe('formatDateVi', () => {
	it('formats an ISO date as dd/mm/yyyy', () => {
		expect(formatDateVi('2024-01-11')).toBe('11/01/2024');
	});

	it('reads a Date in Vietnam time, not UTC', () => {
		// 18:30 UTC on 10 January is already 01:30 on 11 January in Hà Nội
		expect(formatDateVi(new Date('2024-01-10T18:30:00Z'))).toBe('11/01/2024');
		expect(formatDateVi(new Date('2024-01-10T16:59:59Z'))).toBe('10/01/2024');
	});

	it('refuses a malformed date', () => {
		expect(() => formatDateVi('11/01/2024')).toThrow(RangeError);
	});
});

describe('localDateOf', () => {
	it('defaults to Asia/Ho_Chi_Minh and accepts other zones', () => {
		const instant = new Date('2024-02-26T17:00:00Z');
		expect(VN_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
		expect(localDateOf(instant)).toBe('2024-02-27');
		expect(localDateOf(instant, 'UTC')).toBe('2024-02-26');
	});

	it('refuses an invalid Date', () => {
		expect(() => localDateOf(new Date('nope'))).toThrow(RangeError);
	});
});

describe('calendar arithmetic', () => {
	it('counts days between dates', () => {
		expect(daysBetween('2024-01-11', '2024-02-27')).toBe(47);
		expect(daysBetween('2024-02-27', '2024-01-11')).toBe(-47);
		expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
		expect(daysBetween('2024-03-01', '2024-03-01')).toBe(0);
	});

	it('adds days across month and year ends', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
		expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
	});

	it('knows month lengths and validates parts', () => {
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(2025, 2)).toBe(28);
		expect(daysInMonth(2025, 12)).toBe(31);
		expect(isoDate(2025, 6, 30)).toBe('2025-06-30');
		expect(isoDate(2025, 6, 31)).toBeNull();
		expect(isIsoDate('2025-06-30')).toBe(true);
		expect(isIsoDate('2025-6-30')).toBe(false);
		expect(isIsoDate(20250630)).toBe(false);
	});
});
