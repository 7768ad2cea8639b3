import { describe, expect, it } from 'vitest';
import { dateTimeInputVi, parseDateTimeVi, parseDateVi } from './date-input.ts';

describe('parseDateTimeVi', () => {
	it('reads dd/mm/yyyy HH:mm as Vietnam time, whatever the server’s zone', () => {
		expect(parseDateTimeVi('15/03/2026 14:30')?.toISOString()).toBe('2026-03-15T07:30:00.000Z');
		expect(parseDateTimeVi(' 5/3/2026 9:05 ')?.toISOString()).toBe('2026-03-05T02:05:00.000Z');
		expect(parseDateTimeVi('15/03/2026 14h30')?.toISOString()).toBe('2026-03-15T07:30:00.000Z');
		expect(parseDateTimeVi('01/01/2026 00:00')?.toISOString()).toBe('2025-12-31T17:00:00.000Z');
	});

	it('takes a day alone as the end of that day', () => {
		expect(parseDateTimeVi('15/03/2026')?.toISOString()).toBe('2026-03-15T16:59:59.000Z');
	});

	it('still reads the yyyy-mm-ddTHH:mm of old shared addresses', () => {
		expect(parseDateTimeVi('2026-03-15T14:30')?.toISOString()).toBe('2026-03-15T07:30:00.000Z');
	});

	it('refuses what is not one real moment', () => {
		for (const bad of [
			'',
			'hôm qua',
			'31/02/2026 10:00',
			'15/13/2026',
			'15/03/2026 24:00',
			'15/03/2026 10:60',
			'03/15/2026 10:00 AM',
			'2026-02-30T10:00'
		])
			expect(parseDateTimeVi(bad), bad).toBeNull();
	});
});

describe('dateTimeInputVi', () => {
	it('shows an instant as dd/mm/yyyy HH:mm in Vietnam, and reads back to the same minute', () => {
		const value = dateTimeInputVi('2026-11-28T02:24:41.000Z');
		expect(value).toBe('28/11/2026 09:24');
		expect(parseDateTimeVi(value)?.toISOString()).toBe('2026-11-28T02:24:00.000Z');
	});
});

describe('parseDateVi', () => {
	it('reads dd/mm/yyyy and ISO dates', () => {
		expect(parseDateVi('01/06/2025')).toBe('2025-06-01');
		expect(parseDateVi('1/6/2025')).toBe('2025-06-01');
		expect(parseDateVi('2025-06-01')).toBe('2025-06-01');
	});

	it('refuses what is not a real date', () => {
		for (const bad of ['', '31/02/2026', 'ngày mai', '06/2025']) expect(parseDateVi(bad), bad).toBeNull();
	});
});
