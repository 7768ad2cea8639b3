import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (locale: string) =>
	JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<
		string,
		string
	>;

describe('message files', () => {
	it('give every Vietnamese message an English one and the reverse', () => {
		const vi = Object.keys(load('vi')).sort();
		const en = Object.keys(load('en')).sort();
		expect(en).toEqual(vi);
	});
});
