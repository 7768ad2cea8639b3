import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path.ts';

describe('safeReturnPath', () => {
	it('keeps a same-site path with its query', () => {
		expect(safeReturnPath('/plans/abc?tab=2')).toBe('/plans/abc?tab=2');
	});
	it.each([null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'plans'])(
		'turns %s into the home page',
		(input) => {
			expect(safeReturnPath(input)).toBe('/');
		}
	);
});
