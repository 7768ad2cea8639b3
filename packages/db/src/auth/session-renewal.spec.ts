import { describe, expect, it } from 'vitest';
import { defaultAuthPolicy } from './policy.ts';
import { judgeSession, sessionEnd } from './session-renewal.ts';

const policy = { ...defaultAuthPolicy, sessionIdleMs: 60_000, sessionMaxMs: 300_000, sessionTouchMs: 10_000 };
const at = (ms: number) => new Date(Date.UTC(2026, 10, 22) + ms);

describe('judgeSession', () => {
	const session = { createdAt: at(0), lastSeenAt: at(0), expiresAt: at(60_000) };

	it('keeps a session used moments ago without writing', () => {
		expect(judgeSession(session, at(5_000), policy)).toEqual({ kind: 'valid' });
	});
	it('slides the end out when the session is used after the touch interval', () => {
		expect(judgeSession(session, at(30_000), policy)).toEqual({
			kind: 'renew',
			lastSeenAt: at(30_000),
			expiresAt: at(90_000)
		});
	});
	it('refuses a session at and after its end', () => {
		expect(judgeSession(session, at(60_000), policy)).toEqual({ kind: 'expired' });
		expect(judgeSession(session, at(61_000), policy)).toEqual({ kind: 'expired' });
	});
	it('never renews past the absolute lifetime', () => {
		const old = { createdAt: at(0), lastSeenAt: at(250_000), expiresAt: at(300_000) };
		expect(judgeSession(old, at(280_000), policy)).toMatchObject({ kind: 'renew', expiresAt: at(300_000) });
		expect(sessionEnd(at(0), at(290_000), policy)).toEqual(at(300_000));
	});
});
