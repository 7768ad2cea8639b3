/** Every limit of passwords, sessions and sign-in throttling, in one place. */
export interface AuthPolicy {
	/** A session unused this long ends (sliding: each use pushes the end out again). */
	sessionIdleMs: number;
	/** A session ends this long after sign-in, however much it is used. */
	sessionMaxMs: number;
	/** Write `last_seen_at` at most this often, so reading pages does not write on every request. */
	sessionTouchMs: number;
	/** Failed sign-ins are counted over this sliding window. */
	throttleWindowMs: number;
	/** Failures for one user name within the window before it is blocked (a success starts the count again). */
	maxFailuresPerUser: number;
	/** Failures from one address within the window before it is blocked (successes do not reset it). */
	maxFailuresPerAddress: number;
	/** Bounds on a password's length in characters (Argon2 takes any length; an upper bound stops abuse). */
	passwordMinLength: number;
	passwordMaxLength: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Office staff sign in once a working day: 12 hours idle, 7 days at most. Five wrong passwords for one
 * account block it for up to 15 minutes; fifty from one address block the address (an office shares one).
 */
export const defaultAuthPolicy: AuthPolicy = {
	sessionIdleMs: 12 * HOUR,
	sessionMaxMs: 7 * 24 * HOUR,
	sessionTouchMs: 5 * MINUTE,
	throttleWindowMs: 15 * MINUTE,
	maxFailuresPerUser: 5,
	maxFailuresPerAddress: 50,
	passwordMinLength: 8,
	passwordMaxLength: 256
};
