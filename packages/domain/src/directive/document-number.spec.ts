import { describe, it, expect } from 'vitest';
import {
	createDocumentNumber,
	documentNumberKey,
	formatDocumentNumber,
	parseDocumentNumber,
	sameDocumentNumber,
	type DocumentNumber
} from './document-number.ts';

type Row = [
	text: string,
	number: string,
	year: string | null,
	type: string | null,
	typeCode: string,
	issuer: string,
	style: string,
	symbol: string
];

// Every number written in the five seed documents, in the form the seed writes it.
const seedNumbers: Row[] = [
	['Số 2018-CV/TU', '2018', null, 'CV', 'CV', 'TU', 'party', 'CV/TU'],
	['Số 1614-CV/HU', '1614', null, 'CV', 'CV', 'HU', 'party', 'CV/HU'],
	['Số 2241-CV/TU', '2241', null, 'CV', 'CV', 'TU', 'party', 'CV/TU'],
	['Số 69 KL/TW', '69', null, 'KL', 'KL', 'TW', 'party', 'KL/TW'],
	['69-KL/TW', '69', null, 'KL', 'KL', 'TW', 'party', 'KL/TW'],
	['Số 287-BS/VPTU', '287', null, 'BS', 'BS', 'VPTU', 'party', 'BS/VPTU'],
	['Số 279-BS/VPHU', '279', null, 'BS', 'BS', 'VPHU', 'party', 'BS/VPHU'],
	['Số 149 - HD/BTGTW', '149', null, 'HD', 'HD', 'BTGTW', 'party', 'HD/BTGTW'],
	['20-NQ/TW', '20', null, 'NQ', 'NQ', 'TW', 'party', 'NQ/TW'],
	['29-NQ/TW', '29', null, 'NQ', 'NQ', 'TW', 'party', 'NQ/TW'],
	['45-NQ/TW', '45', null, 'NQ', 'NQ', 'TW', 'party', 'NQ/TW'],
	['13 NQ/TW', '13', null, 'NQ', 'NQ', 'TW', 'party', 'NQ/TW'],
	['72-KL/TW', '72', null, 'KL', 'KL', 'TW', 'party', 'KL/TW'],
	['156-KH/TU', '156', null, 'KH', 'KH', 'TU', 'party', 'KH/TU'],
	['SỐ 156-KH/TU', '156', null, 'KH', 'KH', 'TU', 'party', 'KH/TU'],
	['391-KH/TU', '391', null, 'KH', 'KH', 'TU', 'party', 'KH/TU'],
	['86-HD/BTGTU', '86', null, 'HD', 'HD', 'BTGTU', 'party', 'HD/BTGTU'],
	['19-CTr/TU', '19', null, 'CTr', 'CTr', 'TU', 'party', 'CTr/TU'],
	['709/QĐ-TTg', '709', null, 'QĐ', 'QĐ', 'TTg', 'state', 'QĐ-TTg'],
	['SỐ 709/QĐ-TTG', '709', null, 'QĐ', 'QĐ', 'TTg', 'state', 'QĐ-TTg'],
	['569/QĐ-TTg', '569', null, 'QĐ', 'QĐ', 'TTg', 'state', 'QĐ-TTg'],
	['229/QĐ-TTg', '229', null, 'QĐ', 'QĐ', 'TTg', 'state', 'QĐ-TTg'],
	['69/KL-TW', '69', null, 'KL', 'KL', 'TW', 'state', 'KL-TW'],
	['06/2021/HĐND', '06', '2021', null, '', 'HĐND', 'state', 'HĐND']
];

// Forms of the numbering rules (docs/domain.md) that are not in the seeds.
const otherNumbers: Row[] = [
	['Số: 709/QĐ-TTg', '709', null, 'QĐ', 'QĐ', 'TTg', 'state', 'QĐ-TTg'],
	['Số 69-KL/TW', '69', null, 'KL', 'KL', 'TW', 'party', 'KL/TW'],
	['287-BS/VPTU', '287', null, 'BS', 'BS', 'VPTU', 'party', 'BS/VPTU'],
	['279-BS/VPHU', '279', null, 'BS', 'BS', 'VPHU', 'party', 'BS/VPHU'],
	['1614-CV/HU', '1614', null, 'CV', 'CV', 'HU', 'party', 'CV/HU'],
	['2241-CV/TU', '2241', null, 'CV', 'CV', 'TU', 'party', 'CV/TU'],
	['30/2020/NĐ-CP', '30', '2020', 'NĐ', 'NĐ', 'CP', 'state', 'NĐ-CP'],
	['Số: 06/2021/NQ-HĐND', '06', '2021', 'NQ', 'NQ', 'HĐND', 'state', 'NQ-HĐND'],
	['số 123/UBND-KGVX', '123', null, null, '', 'UBND-KGVX', 'state', 'UBND-KGVX'],
	['Số:1234/QĐ-UBND', '1234', null, 'QĐ', 'QĐ', 'UBND', 'state', 'QĐ-UBND'],
	['45/QD-UBND', '45', null, 'QĐ', 'QĐ', 'UBND', 'state', 'QĐ-UBND'],
	['15/2012/QH13', '15', '2012', null, '', 'QH13', 'state', 'QH13'],
	['12 – KH/ĐU', '12', null, 'KH', 'KH', 'ĐU', 'party', 'KH/ĐU'],
	['  **Số 69-KL/TW**  ', '69', null, 'KL', 'KL', 'TW', 'party', 'KL/TW'],
	['05-XYZ/TU', '05', null, null, 'XYZ', 'TU', 'party', 'XYZ/TU']
];

describe('parseDocumentNumber', () => {
	it.each([...seedNumbers, ...otherNumbers])(
		'%s',
		(text, number, year, type, typeCode, issuerCode, style, symbol) => {
			expect(parseDocumentNumber(text)).toEqual({ number, year, type, typeCode, issuerCode, style, symbol });
		}
	);

	it.each([
		'',
		'hello',
		'Số: 494',
		'ĐỀN Số A43',
		'2025',
		'11/01/2024',
		'23-01-2024 09:58:47',
		'12/2024',
		'V/v sao gửi',
		'69 abc/TW',
		'2021 - 2030',
		'Kết luận số 69-KL/TW ngày 11/01/2024'
	])('rejects %j', (text) => {
		expect(parseDocumentNumber(text)).toBeNull();
	});
});

describe('formatDocumentNumber', () => {
	const parse = (text: string): DocumentNumber => {
		const n = parseDocumentNumber(text);
		if (n === null) throw new Error(`unparsed ${text}`);
		return n;
	};

	it('writes state numbers with "Số:" and party numbers with "Số"', () => {
		expect(formatDocumentNumber(parse('709/QĐ-TTg'))).toBe('Số: 709/QĐ-TTg');
		expect(formatDocumentNumber(parse('30/2020/NĐ-CP'))).toBe('Số: 30/2020/NĐ-CP');
		expect(formatDocumentNumber(parse('69 KL/TW'))).toBe('Số 69-KL/TW');
		expect(formatDocumentNumber(parse('Số 149 - HD/BTGTW'))).toBe('Số 149-HD/BTGTW');
	});

	it('drops the prefix on request', () => {
		expect(formatDocumentNumber(parse('Số: 709/QĐ-TTg'), { prefix: false })).toBe('709/QĐ-TTg');
		expect(formatDocumentNumber(parse('Số 69-KL/TW'), { prefix: false })).toBe('69-KL/TW');
		expect(formatDocumentNumber(parse('06/2021/HĐND'), { prefix: false })).toBe('06/2021/HĐND');
	});

	it('round-trips every seed number through its canonical form', () => {
		for (const [text] of seedNumbers) {
			const n = parse(text);
			expect(parse(formatDocumentNumber(n))).toEqual(n);
		}
	});
});

describe('createDocumentNumber', () => {
	it('derives type and symbol from the parts', () => {
		expect(
			createDocumentNumber({ number: '2018', typeCode: 'CV', issuerCode: 'TU', style: 'party' })
		).toEqual({
			number: '2018',
			year: null,
			type: 'CV',
			typeCode: 'CV',
			issuerCode: 'TU',
			style: 'party',
			symbol: 'CV/TU'
		});
		expect(
			createDocumentNumber({ number: '30', year: '2020', typeCode: 'nđ', issuerCode: 'CP', style: 'state' })
				.symbol
		).toBe('NĐ-CP');
	});
});

describe('sameDocumentNumber', () => {
	it('matches a document however its number is written', () => {
		const canonical = parseDocumentNumber('Số 69-KL/TW');
		for (const other of ['69/KL-TW', '69 KL/TW', 'số 69 - KL / TW']) {
			const n = parseDocumentNumber(other);
			expect(canonical && n && sameDocumentNumber(canonical, n)).toBe(true);
		}
	});

	it('tells different documents apart', () => {
		const a = parseDocumentNumber('69-KL/TW');
		const b = parseDocumentNumber('72-KL/TW');
		const c = parseDocumentNumber('69-KL/TU');
		expect(a && b && sameDocumentNumber(a, b)).toBe(false);
		expect(a && c && sameDocumentNumber(a, c)).toBe(false);
	});

	it('ignores leading zeros and the missing đ', () => {
		const a = parseDocumentNumber('06/2021/NQ-HĐND');
		const b = parseDocumentNumber('6/2021/NQ-HDND');
		expect(a && b && documentNumberKey(a)).toBe(b && documentNumberKey(b));
	});
});
