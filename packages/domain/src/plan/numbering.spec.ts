import { describe, it, expect } from 'vitest';
import {
	VIETNAMESE_LETTERS,
	compareTaskCodes,
	fromRoman,
	indexOfLetter,
	letterAt,
	parseTaskCode,
	taskCode,
	toRoman
} from './numbering.ts';

describe('VIETNAMESE_LETTERS', () => {
	it('is the 23-letter sub-item alphabet without f, j, w, z', () => {
		expect(VIETNAMESE_LETTERS.join('')).toBe('abcdđeghiklmnopqrstuvxy');
		for (const missing of ['f', 'j', 'w', 'z']) expect(VIETNAMESE_LETTERS).not.toContain(missing);
	});
});

describe('letterAt / indexOfLetter', () => {
	it('walks the alphabet from 0', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 8, 9, 22].map(letterAt)).toEqual([
			'a',
			'b',
			'c',
			'd',
			'đ',
			'e',
			'g',
			'i',
			'k',
			'y'
		]);
	});

	it('continues past y with two letters', () => {
		expect(letterAt(23)).toBe('aa');
		expect(letterAt(24)).toBe('ab');
		expect(indexOfLetter('aa')).toBe(23);
	});

	it('inverts letterAt', () => {
		for (let i = 0; i < 600; i++) expect(indexOfLetter(letterAt(i))).toBe(i);
	});

	it('reads letters as written in plans', () => {
		expect(indexOfLetter('đ)')).toBe(4);
		expect(indexOfLetter('B.')).toBe(1);
		expect(indexOfLetter('Đ')).toBe(4);
		expect(indexOfLetter('e')).toBe(5);
	});

	it('rejects non-letters', () => {
		expect(indexOfLetter('f')).toBe(-1);
		expect(indexOfLetter('z')).toBe(-1);
		expect(indexOfLetter('1')).toBe(-1);
		expect(indexOfLetter('')).toBe(-1);
		expect(() => letterAt(-1)).toThrow(RangeError);
		expect(() => letterAt(1.5)).toThrow(RangeError);
	});
});

describe('toRoman / fromRoman', () => {
	it.each([
		[1, 'I'],
		[2, 'II'],
		[3, 'III'],
		[4, 'IV'],
		[6, 'VI'],
		[9, 'IX'],
		[14, 'XIV'],
		[40, 'XL'],
		[1994, 'MCMXCIV'],
		[3999, 'MMMCMXCIX']
	])('%i ↔ %s', (n, roman) => {
		expect(toRoman(n)).toBe(roman);
		expect(fromRoman(roman)).toBe(n);
		expect(fromRoman(roman.toLowerCase())).toBe(n);
	});

	it('round-trips every value', () => {
		for (let n = 1; n <= 3999; n++) expect(fromRoman(toRoman(n))).toBe(n);
	});

	it('rejects non-canonical and foreign numerals', () => {
		for (const s of ['', 'IIII', 'VX', 'IL', 'ABC', '12', 'MMMM']) expect(fromRoman(s)).toBeNull();
		expect(() => toRoman(0)).toThrow(RangeError);
		expect(() => toRoman(4000)).toThrow(RangeError);
	});
});

describe('taskCode', () => {
	it('writes positions by level', () => {
		expect(taskCode([2, 3, 1, 2])).toBe('II.3.a.2');
		expect(taskCode([2, 1, 5])).toBe('II.1.đ');
		expect(taskCode([3])).toBe('III');
		expect(taskCode([])).toBe('');
	});

	it('accepts parts already written', () => {
		expect(taskCode(['II', 3, 'a)', 2])).toBe('II.3.a.2');
	});

	it('refuses impossible positions', () => {
		expect(() => taskCode([0])).toThrow(RangeError);
		expect(() => taskCode([1, 0])).toThrow(RangeError);
	});

	it('splits codes back into parts', () => {
		expect(parseTaskCode('II.3.a.2')).toEqual(['II', '3', 'a', '2']);
		expect(parseTaskCode('II.1.b)')).toEqual(['II', '1', 'b']);
	});
});

describe('compareTaskCodes', () => {
	it('sorts codes in reading order', () => {
		const codes = [
			'II.1.b',
			'I.10',
			'II.1.đ',
			'I.2',
			'II',
			'II.1.a',
			'IV',
			'II.1.d',
			'III.1',
			'IX',
			'II.1.c',
			'II.1.i'
		];
		expect([...codes].sort(compareTaskCodes)).toEqual([
			'I.2',
			'I.10',
			'II',
			'II.1.a',
			'II.1.b',
			'II.1.c',
			'II.1.d',
			'II.1.đ',
			'II.1.i',
			'III.1',
			'IV',
			'IX'
		]);
	});
});
