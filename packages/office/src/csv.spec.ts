import { describe, expect, it } from 'vitest';
import { auditCsv, formatDateTimeVi } from './audit-csv.ts';
import { csvField, toCsv } from './csv.ts';

describe('toCsv', () => {
	it('quotes commas, quotes, line breaks and edge spaces (RFC 4180), with CRLF and a BOM', () => {
		const csv = toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ' x', 3, null]]);
		expect(csv).toBe('\ufeffa,"b,c","say ""hi""","two\nlines"," x",3,\r\n');
	});

	it('leaves plain Vietnamese unquoted and drops the BOM on request', () => {
		expect(toCsv([['Sở KH&CN', 'Nhiệm vụ II.1']], { bom: false })).toBe('Sở KH&CN,Nhiệm vụ II.1\r\n');
		expect(csvField(undefined)).toBe('');
	});
});

describe('auditCsv', () => {
	it('writes times dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh', () => {
		expect(formatDateTimeVi('2024-12-31T17:30:00Z')).toBe('01/01/2025 00:30');
	});

	it('writes a header and one row per event, escaping the description', () => {
		const csv = auditCsv([
			{
				occurredAt: '2024-08-01T01:00:00Z',
				userName: 'Cán bộ Sở KH&CN',
				unitName: 'Sở KH&CN',
				taskCode: 'II.1.a',
				type: 'TaskProgressUpdated',
				summary: 'Nhiệm vụ II.1.a: tiến độ 0% → 40%, "đúng hạn"'
			}
		]);
		const lines = csv.replace(/^\ufeff/, '').split('\r\n');
		expect(lines[0]).toBe('Thời gian,Người thực hiện,Đơn vị,Nhiệm vụ,Loại sự kiện,Nội dung');
		expect(lines[1]).toBe(
			'01/08/2024 08:00,Cán bộ Sở KH&CN,Sở KH&CN,II.1.a,TaskProgressUpdated,"Nhiệm vụ II.1.a: tiến độ 0% → 40%, ""đúng hạn"""'
		);
	});
});
