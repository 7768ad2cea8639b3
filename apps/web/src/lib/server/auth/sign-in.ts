import {
	checkLoginThrottle,
	defaultAuthPolicy,
	createSession,
	deleteExpiredSessions,
	findUserForSignIn,
	recordLoginAttempt,
	verifyPassword,
	type AuthPolicy,
	type Database,
	type ThrottleKey
} from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';

/** What a sign-in attempt came to. */
export type SignInResult =
	| { ok: true; token: string; userId: string }
	| { ok: false; reason: 'missing' | 'invalid' | 'inactive' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

/** The keys an attempt is counted under: the user name, and the address it came from. */
export function throttleKeys(username: string, address: string, policy: AuthPolicy): ThrottleKey[] {
	return [
		{ key: `user:${username}`, maxFailures: policy.maxFailuresPerUser, resetOnSuccess: true },
		{ key: `address:${address}`, maxFailures: policy.maxFailuresPerAddress, resetOnSuccess: false }
	];
}

/**
 * Checks a user name and password and starts a session. Blocked keys are refused before any password is
 * checked (and the refusal is not counted, so a block does not extend itself); an unknown user name costs
 * the same hashing time as a known one; the failure that reaches the limit already answers "throttled".
 */
export async function signIn(
	db: Database['db'],
	input: { username: string; password: string; address: string; userAgent: string | null; now: Date },
	policy: AuthPolicy = defaultAuthPolicy
): Promise<SignInResult> {
	const username = input.username.trim().toLowerCase();
	if (!username || !input.password) return { ok: false, reason: 'missing' };
	const keys = throttleKeys(username.slice(0, 100), input.address, policy);
	const throttled = async (): Promise<SignInResult | null> => {
		const verdict = await checkLoginThrottle(db, { keys, now: input.now, windowMs: policy.throttleWindowMs });
		return verdict.blocked
			? {
					ok: false,
					reason: 'throttled',
					retryAfterMinutes: Math.max(1, Math.ceil(verdict.retryAfterMs / 60_000))
				}
			: null;
	};
	const blocked = await throttled();
	if (blocked) return blocked;

	const user = username.length <= 64 ? await findUserForSignIn(db, username) : undefined;
	const ok =
		input.password.length <= policy.passwordMaxLength &&
		(await verifyPassword(user?.password_hash ?? null, input.password));
	await recordLoginAttempt(db, { keys: keys.map((k) => k.key), ok, at: input.now });
	if (!ok || !user) return (await throttled()) ?? { ok: false, reason: 'invalid' };
	if (!user.active) return { ok: false, reason: 'inactive' };
	const session = await createSession(db, {
		userId: user.id,
		userAgent: input.userAgent,
		now: input.now,
		policy
	});
	// sessions that simply stopped being used are never looked up again: sweep them here
	await deleteExpiredSessions(db, input.now);
	return { ok: true, token: session.token, userId: user.id };
}

/** The Vietnamese (or English) sentence for a refused sign-in. */
export function signInMessage(result: Extract<SignInResult, { ok: false }>): string {
	switch (result.reason) {
		case 'missing':
			return m.signin_error_missing();
		case 'invalid':
			return m.signin_error_invalid();
		case 'inactive':
			return m.signin_error_inactive();
		case 'throttled':
			return m.signin_error_throttled({ minutes: result.retryAfterMinutes });
	}
}
