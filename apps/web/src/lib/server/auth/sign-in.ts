import {
	checkLoginThrottle,
	defaultAuthPolicy,
	createSession,
	deleteExpiredSessions,
	findUserForSignIn,
	reserveLoginAttempt,
	settleLoginAttempt,
	verifyPassword,
	type AuthPolicy,
	type Database,
	type ThrottleKey,
	type ThrottleVerdict
} from '@trienkhai/db';

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
 * Checks a user name and password and starts a session. The attempt is reserved in the database before any
 * password is checked (counted as a failure under each key until it settles), so parallel guesses cannot pass
 * the limit; blocked keys are refused without a check (the refusal is not counted, so a block does not extend
 * itself); an unknown user name costs the same hashing time as a known one; the failure that reaches the limit
 * already answers "throttled".
 */
export async function signIn(
	db: Database['db'],
	input: { username: string; password: string; address: string; userAgent: string | null; now: Date },
	policy: AuthPolicy = defaultAuthPolicy
): Promise<SignInResult> {
	const username = input.username.trim().toLowerCase();
	if (!username || !input.password) return { ok: false, reason: 'missing' };
	const keys = throttleKeys(username.slice(0, 100), input.address, policy);
	const window = { keys, now: input.now, windowMs: policy.throttleWindowMs };
	const reservation = await reserveLoginAttempt(db, window);
	if (reservation.blocked) return throttledResult(reservation.verdict);

	const user = username.length <= 64 ? await findUserForSignIn(db, username) : undefined;
	const ok =
		input.password.length <= policy.passwordMaxLength &&
		(await verifyPassword(user?.password_hash ?? null, input.password));
	await settleLoginAttempt(db, { ids: reservation.ids, ok, at: input.now });
	if (!ok || !user) {
		const after = await checkLoginThrottle(db, window);
		return after.blocked ? throttledResult(after) : { ok: false, reason: 'invalid' };
	}
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

function throttledResult(verdict: Extract<ThrottleVerdict, { blocked: true }>): SignInResult {
	return {
		ok: false,
		reason: 'throttled',
		retryAfterMinutes: Math.max(1, Math.ceil(verdict.retryAfterMs / 60_000))
	};
}
