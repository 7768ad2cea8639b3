import { describe, expect, it } from 'vitest';
import { startsNewWord } from './word-boundary.ts';

describe('startsNewWord', () => {
	it('is false while a word grows', () => {
		expect(startsNewWord('', 'T')).toBe(false);
		expect(startsNewWord('Tổ c', 'Tổ ch')).toBe(false);
		expect(startsNewWord('hội ngh', 'hội nghị')).toBe(false);
	});

	it('is true at a space or punctuation, also typed in the middle', () => {
		expect(startsNewWord('Tổ chức', 'Tổ chức ')).toBe(true);
		expect(startsNewWord('Tổ chức', 'Tổ chức,')).toBe(true);
		expect(startsNewWord('hộinghị', 'hội nghị')).toBe(true);
	});

	it('is true when a selection is replaced or a pasted text starts with a space', () => {
		expect(startsNewWord('Tổ chức hội nghị', 'Tổ X hội nghị')).toBe(true);
		expect(startsNewWord('a', 'a b c')).toBe(true);
	});

	it('keeps deleting in one step', () => {
		expect(startsNewWord('Tổ chức', 'Tổ chứ')).toBe(false);
		expect(startsNewWord('Tổ chức', 'Tổ')).toBe(false);
	});
});
