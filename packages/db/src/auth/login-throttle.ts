/** A throttled key: its failures and how many of them the window allows. */
export interface ThrottleInput {
	/** Times of the failures counted for the key (already limited to the window, any order). */
	failures: Date[];
	maxFailures: number;
	windowMs: number;
}

/** Whether a sign-in may be tried now, and if not, for how long it stays blocked. */
export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterMs: number };

/**
 * Blocked while `maxFailures` failures lie within the window: it opens again when the oldest of the
 * newest `maxFailures` leaves it.
 */
export function judgeThrottle(input: ThrottleInput, now: Date): ThrottleVerdict {
	const from = now.getTime() - input.windowMs;
	const recent = input.failures
		.map((d) => d.getTime())
		.filter((t) => t > from && t <= now.getTime())
		.sort((a, b) => b - a);
	if (input.maxFailures <= 0 || recent.length < input.maxFailures) return { blocked: false };
	const oldestCounted = recent[input.maxFailures - 1]!;
	return { blocked: true, retryAfterMs: oldestCounted + input.windowMs - now.getTime() };
}

/** The longer of several blocks, or not blocked. */
export function longestBlock(verdicts: ThrottleVerdict[]): ThrottleVerdict {
	let longest: ThrottleVerdict = { blocked: false };
	for (const v of verdicts) {
		if (v.blocked && (!longest.blocked || v.retryAfterMs > longest.retryAfterMs)) longest = v;
	}
	return longest;
}
