import { describe, it, expect } from 'vitest';
import { dateDeadline, formatDeadline, parseDeadline, type Deadline } from './deadline.ts';

type Meaning = Deadline extends infer D ? (D extends unknown ? Omit<D, 'text'> : never) : never;

const cases: Array<[text: string, meaning: Meaning]> = [
	// wording found in the seeds
	['chậm nhất ngày 27/02/2024', { kind: 'date', due: '2024-02-27', latest: true }],
	['**chậm nhất ngày 27/02/2024**', { kind: 'date', due: '2024-02-27', latest: true }],
	['Hằng năm', { kind: 'yearly', due: null, latest: false }],
	['Thường xuyên', { kind: 'ongoing', due: null, latest: false }],
	[
		'thời kỳ 2021 - 2030',
		{ kind: 'range', from: '2021-01-01', to: '2030-12-31', due: '2030-12-31', latest: false }
	],
	['đến năm 2030', { kind: 'year', year: 2030, due: '2030-12-31', latest: false }],
	// the forms plans use
	['27/02/2024', { kind: 'date', due: '2024-02-27', latest: false }],
	['Ngày 5/3/2024', { kind: 'date', due: '2024-03-05', latest: false }],
	['ngày 22 tháng 01 năm 2024', { kind: 'date', due: '2024-01-22', latest: false }],
	['Trước ngày 30/6/2025', { kind: 'date', due: '2025-06-30', latest: true }],
	['trước 15/12/2024', { kind: 'date', due: '2024-12-15', latest: true }],
	['Chậm nhất là ngày 31/3/2025.', { kind: 'date', due: '2025-03-31', latest: true }],
	['Tháng 6/2025', { kind: 'month', year: 2025, month: 6, due: '2025-06-30', latest: false }],
	['tháng 6 năm 2025', { kind: 'month', year: 2025, month: 6, due: '2025-06-30', latest: false }],
	['Tháng 02/2024', { kind: 'month', year: 2024, month: 2, due: '2024-02-29', latest: false }],
	['Trong tháng 12/2024', { kind: 'month', year: 2024, month: 12, due: '2024-12-31', latest: false }],
	['chậm nhất trong tháng 9/2024', { kind: 'month', year: 2024, month: 9, due: '2024-09-30', latest: true }],
	['Quý II/2025', { kind: 'quarter', year: 2025, quarter: 2, due: '2025-06-30', latest: false }],
	['Quý 2 năm 2025', { kind: 'quarter', year: 2025, quarter: 2, due: '2025-06-30', latest: false }],
	['quý IV năm 2024', { kind: 'quarter', year: 2024, quarter: 4, due: '2024-12-31', latest: false }],
	['QUÝ I/2025', { kind: 'quarter', year: 2025, quarter: 1, due: '2025-03-31', latest: false }],
	['Quý III - 2024', { kind: 'quarter', year: 2024, quarter: 3, due: '2024-09-30', latest: false }],
	['6 tháng đầu năm 2025', { kind: 'half', year: 2025, half: 1, due: '2025-06-30', latest: false }],
	['6 tháng cuối năm 2024', { kind: 'half', year: 2024, half: 2, due: '2024-12-31', latest: false }],
	['Năm 2025', { kind: 'year', year: 2025, due: '2025-12-31', latest: false }],
	['2025', { kind: 'year', year: 2025, due: '2025-12-31', latest: false }],
	['Trong năm 2024', { kind: 'year', year: 2024, due: '2024-12-31', latest: false }],
	['Cuối năm 2025', { kind: 'year', year: 2025, due: '2025-12-31', latest: false }],
	['2024-2025', { kind: 'range', from: '2024-01-01', to: '2025-12-31', due: '2025-12-31', latest: false }],
	[
		'Giai đoạn 2021 - 2030',
		{ kind: 'range', from: '2021-01-01', to: '2030-12-31', due: '2030-12-31', latest: false }
	],
	[
		'Từ năm 2024 đến năm 2026',
		{ kind: 'range', from: '2024-01-01', to: '2026-12-31', due: '2026-12-31', latest: false }
	],
	[
		'từ 01/3/2024 đến 30/6/2024',
		{ kind: 'range', from: '2024-03-01', to: '2024-06-30', due: '2024-06-30', latest: false }
	],
	['Hàng năm', { kind: 'yearly', due: null, latest: false }],
	['HẰNG NĂM', { kind: 'yearly', due: null, latest: false }],
	['Định kỳ hằng năm', { kind: 'yearly', due: null, latest: false }],
	['Quý IV hằng năm', { kind: 'yearly', due: null, latest: false }],
	['thường xuyên, liên tục', { kind: 'ongoing', due: null, latest: false }],
	['Thuong xuyen', { kind: 'ongoing', due: null, latest: false }],
	['Liên tục', { kind: 'ongoing', due: null, latest: false }]
];

describe('parseDeadline', () => {
	it.each(cases)('%s', (text, meaning) => {
		expect(parseDeadline(text)).toEqual({ ...meaning, text });
	});

	it.each([
		'',
		'giai đoạn mới',
		'Khi có yêu cầu',
		'Sau khi Kế hoạch được ban hành',
		'31/02/2024',
		'Tháng 13/2025',
		'Quý V/2025',
		'Giai đoạn 2030 - 2021',
		'từ 30/6/2024 đến 01/3/2024',
		'thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
		'trước ngày 30/6'
	])('keeps %j as unparsed', (text) => {
		expect(parseDeadline(text)).toEqual({ kind: 'unparsed', text, due: null, latest: false });
	});

	it('keeps the original wording exactly, spacing included', () => {
		const text = '  Quý II/2025 ';
		expect(parseDeadline(text).text).toBe(text);
		expect(formatDeadline(parseDeadline(text))).toBe(text);
	});
});

describe('dateDeadline', () => {
	it('words a picked date the Vietnamese way', () => {
		expect(dateDeadline('2024-02-27')).toEqual({
			kind: 'date',
			due: '2024-02-27',
			latest: false,
			text: '27/02/2024'
		});
		expect(dateDeadline('2024-02-27', { latest: true })).toEqual({
			kind: 'date',
			due: '2024-02-27',
			latest: true,
			text: 'chậm nhất ngày 27/02/2024'
		});
	});

	it('reads back as the same deadline', () => {
		const d = dateDeadline('2025-06-30', { latest: true });
		expect(parseDeadline(d.text)).toEqual(d);
	});
});
