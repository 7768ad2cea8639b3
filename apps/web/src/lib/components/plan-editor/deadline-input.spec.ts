import { describe, expect, it } from 'vitest';
import { readDeadlineInput } from './deadline-input.ts';

describe('readDeadlineInput', () => {
	it('refuses a day that does not exist, naming it', () => {
		expect(readDeadlineInput('31/02/2025')).toEqual({ ok: false, impossible: '31/02/2025' });
		expect(readDeadlineInput('chậm nhất ngày 29/02/2025')).toEqual({ ok: false, impossible: '29/02/2025' });
		expect(readDeadlineInput('15/13/2025')).toEqual({ ok: false, impossible: '15/13/2025' });
		expect(readDeadlineInput('00/05/2025')).toEqual({ ok: false, impossible: '00/05/2025' });
	});

	it('takes real days, leap days and the plan’s own wording', () => {
		const leap = readDeadlineInput('29/02/2024');
		expect(leap.ok && leap.deadline?.due).toBe('2024-02-29');
		const latest = readDeadlineInput(' chậm nhất ngày 15/03/2025 ');
		expect(latest.ok && latest.deadline).toMatchObject({ due: '2025-03-15', latest: true });
		const quarter = readDeadlineInput('Quý II/2025');
		expect(quarter.ok && quarter.deadline?.text).toBe('Quý II/2025');
		const ongoing = readDeadlineInput('Thường xuyên');
		expect(ongoing.ok && ongoing.deadline?.kind).toBe('ongoing');
	});

	it('clears on an empty field', () => {
		expect(readDeadlineInput('   ')).toEqual({ ok: true, deadline: null });
	});
});
