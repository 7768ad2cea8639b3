import { describe, expect, it } from 'vitest';
import { queryWith } from './query.ts';

describe('queryWith', () => {
	it('keeps the filter, changes or removes the given parameters', () => {
		expect(queryWith('?q=tien%20do&before=40', { before: null })).toBe('?q=tien+do');
		expect(queryWith('?q=a', { before: '12' })).toBe('?q=a&before=12');
		expect(queryWith('?before=3', { before: null })).toBe('');
	});
});
