import { describe, it, expect } from 'vitest';
import { formatDirectiveCitation, formatSignerCapacity, parseSignatureLine } from './directive.ts';
import { parseDocumentNumber } from './document-number.ts';

describe('parseSignatureLine', () => {
	it.each([
		// the signature blocks of the seeds
		['T/M BỘ CHÍNH TRỊ', 'T/M', 'BỘ CHÍNH TRỊ'],
		['T/M BAN THƯỜNG VỤ', 'T/M', 'BAN THƯỜNG VỤ'],
		['**T/L BAN THƯỜNG VỤ', 'T/L', 'BAN THƯỜNG VỤ'],
		['T/L BAN THƯỜNG VỤ', 'T/L', 'BAN THƯỜNG VỤ'],
		['**K/T CHÁNH VĂN PHÒNG', 'K/T', 'CHÁNH VĂN PHÒNG'],
		['K/T TRƯỞNG BAN', 'K/T', 'TRƯỞNG BAN'],
		['TM. ỦY BAN NHÂN DÂN', 'TM.', 'ỦY BAN NHÂN DÂN'],
		// state forms and scanning noise
		['KT. CHỦ TỊCH', 'KT.', 'CHỦ TỊCH'],
		['TL. BỘ TRƯỞNG', 'TL.', 'BỘ TRƯỞNG'],
		['TM ỦY BAN NHÂN DÂN', 'TM.', 'ỦY BAN NHÂN DÂN'],
		['T / M BAN CHẤP HÀNH', 'T/M', 'BAN CHẤP HÀNH'],
		['  t/m ban thường vụ  ', 'T/M', 'ban thường vụ'],
		['kt. chủ tịch', 'KT.', 'chủ tịch']
	])('%s', (line, capacity, body) => {
		expect(parseSignatureLine(line)).toEqual({ capacity, body });
	});

	it('has no capacity when the signer signs in their own name', () => {
		expect(parseSignatureLine('CHÁNH VĂN PHÒNG')).toEqual({ capacity: null, body: 'CHÁNH VĂN PHÒNG' });
		expect(parseSignatureLine('TMĐT')).toEqual({ capacity: null, body: 'TMĐT' });
		expect(parseSignatureLine('KTX ĐHQG')).toEqual({ capacity: null, body: 'KTX ĐHQG' });
		expect(parseSignatureLine('tl hợp')).toEqual({ capacity: null, body: 'tl hợp' });
	});
});

describe('formatSignerCapacity', () => {
	it.each([
		['T/M', 'party', 'T/M'],
		['T/M', 'state', 'TM.'],
		['K/T', 'state', 'KT.'],
		['T/L', 'state', 'TL.'],
		['TM.', 'party', 'T/M'],
		['KT.', 'party', 'K/T'],
		['TL.', 'party', 'T/L'],
		['TL.', 'state', 'TL.']
	] as const)('%s in %s layout → %s', (capacity, style, expected) => {
		expect(formatSignerCapacity(capacity, style)).toBe(expected);
	});
});

describe('formatDirectiveCitation', () => {
	it('cites a directive the way documents do', () => {
		expect(
			formatDirectiveCitation({ type: 'KL', number: parseDocumentNumber('69-KL/TW'), issuedOn: '2024-01-11' })
		).toBe('Kết luận số 69-KL/TW ngày 11/01/2024');
		expect(
			formatDirectiveCitation({
				type: 'QĐ',
				number: parseDocumentNumber('709/QĐ-TTg'),
				issuedOn: '2024-07-23'
			})
		).toBe('Quyết định số 709/QĐ-TTg ngày 23/07/2024');
		expect(formatDirectiveCitation({ type: 'KH', number: null, issuedOn: '2024-04-24' })).toBe(
			'Kế hoạch ngày 24/04/2024'
		);
	});
});
