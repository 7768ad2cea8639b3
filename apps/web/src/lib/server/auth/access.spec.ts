import { describe, expect, it } from 'vitest';
import { anonymousAccess, signInLocation } from './access.ts';

const page = { accept: 'text/html,application/xhtml+xml', isDataRequest: false, isActionRequest: false };

describe('anonymousAccess', () => {
	it.each(['/dang-nhap', '/dang-xuat', '/lang', '/dang-nhap/'])('lets anyone reach %s', (pathname) => {
		expect(anonymousAccess({ ...page, pathname })).toBe('allow');
	});
	it.each(['/', '/plans/kh-qb', '/quan-tri/don-vi', '/dang-nhap-gia', '/langx'])(
		'sends a browser asking for %s to the sign-in form',
		(pathname) => {
			expect(anonymousAccess({ ...page, pathname })).toBe('sign-in');
		}
	);
	it('sends client-side navigations and enhanced forms to the sign-in form too', () => {
		const script = { pathname: '/plans/kh-qb', accept: '*/*', isDataRequest: false, isActionRequest: false };
		expect(anonymousAccess({ ...script, isDataRequest: true })).toBe('sign-in');
		expect(anonymousAccess({ ...script, isActionRequest: true })).toBe('sign-in');
	});
	it('answers API paths and script requests with a status, not a redirect', () => {
		expect(anonymousAccess({ ...page, pathname: '/api/sync-ticket' })).toBe('unauthorized');
		expect(
			anonymousAccess({
				pathname: '/plans/x/history',
				accept: '*/*',
				isDataRequest: false,
				isActionRequest: false
			})
		).toBe('unauthorized');
	});
});

describe('signInLocation', () => {
	it('carries the page asked for, with its query', () => {
		expect(signInLocation(new URL('http://x/plans/kh-qb?tab=2'))).toBe(
			'/dang-nhap?next=%2Fplans%2Fkh-qb%3Ftab%3D2'
		);
	});
	it('leaves out the home page', () => {
		expect(signInLocation(new URL('http://x/'))).toBe('/dang-nhap');
	});
});
