import { toCsv } from '@trienkhai/office';
import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

describe('spreadsheetSafe', () => {
	it('keeps cells that look like formulas as text, but not list dashes or plain text', () => {
		expect(['=1+1', '+84', '@SUM(A1)', '-2+3', '- Tuyên truyền', 'Sở KH&CN'].map(spreadsheetSafe)).toEqual([
			"'=1+1",
			"'+84",
			"'@SUM(A1)",
			"'-2+3",
			'- Tuyên truyền',
			'Sở KH&CN'
		]);
	});

	it('goes through the CSV writer intact', () => {
		expect(toCsv([[spreadsheetSafe('=HYPERLINK("x")'), 'a, b']])).toBe(
			'\uFEFF"\'=HYPERLINK(""x"")","a, b"\r\n'
		);
	});
});
