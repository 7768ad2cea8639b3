import { describe, expect, it } from 'vitest';
import { syncUrl } from './sync-ticket.ts';

describe('syncUrl', () => {
	it('puts the plan room on the same host, ws for http and wss for https', () => {
		expect(syncUrl(new URL('http://127.0.0.1:3000/plans/x'), 'kh-qb')).toBe('ws://127.0.0.1:3000/sync/kh-qb');
		expect(syncUrl(new URL('https://trienkhai.gov.vn/'), 'a b/c')).toBe(
			'wss://trienkhai.gov.vn/sync/a%20b%2Fc'
		);
	});
});
