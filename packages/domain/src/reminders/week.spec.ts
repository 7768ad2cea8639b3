import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekStart, mondayOf } from './week.ts';

describe('weeks', () => {
	it('finds the Monday of a date', () => {
		expect(mondayOf('2026-03-10')).toBe('2026-03-09'); // a Tuesday
		expect(mondayOf('2026-03-09')).toBe('2026-03-09');
		expect(mondayOf('2026-03-15')).toBe('2026-03-09'); // a Sunday
	});

	it('names ISO weeks, with the year of their Thursday', () => {
		expect(isoWeekOf('2026-03-10')).toBe('2026-W11');
		expect(isoWeekOf('2026-01-01')).toBe('2026-W01'); // a Thursday
		expect(isoWeekOf('2027-01-01')).toBe('2026-W53'); // a Friday of 2026's last week
		expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
	});

	it('reads a week back to its Monday and refuses weeks that do not exist', () => {
		expect(isoWeekStart('2026-W11')).toBe('2026-03-09');
		expect(isoWeekStart('2025-W01')).toBe('2024-12-30');
		expect(isoWeekStart('2026-W53')).toBe('2026-12-28');
		expect(isoWeekStart('2025-W53')).toBeNull();
		expect(isoWeekStart('2026-W00')).toBeNull();
		expect(isoWeekStart('tuần 11')).toBeNull();
	});
});
