import type { AuthPolicy } from './policy.ts';

/** The times of a session that decide whether it is still valid. */
export interface SessionTimes {
	createdAt: Date;
	expiresAt: Date;
	lastSeenAt: Date;
}

/** What to do with a session seen at `now`: refuse it, keep it as is, or push its end out. */
export type SessionVerdict =
	{ kind: 'expired' } | { kind: 'valid' } | { kind: 'renew'; lastSeenAt: Date; expiresAt: Date };

/** The end of a session created at `createdAt` and last used at `now`. */
export function sessionEnd(createdAt: Date, now: Date, policy: AuthPolicy): Date {
	return new Date(Math.min(now.getTime() + policy.sessionIdleMs, createdAt.getTime() + policy.sessionMaxMs));
}

/** Sliding expiry with an absolute bound; renewal is written at most every `sessionTouchMs`. */
export function judgeSession(session: SessionTimes, now: Date, policy: AuthPolicy): SessionVerdict {
	if (session.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' };
	if (now.getTime() - session.lastSeenAt.getTime() < policy.sessionTouchMs) return { kind: 'valid' };
	return { kind: 'renew', lastSeenAt: now, expiresAt: sessionEnd(session.createdAt, now, policy) };
}
