import type { Kysely } from 'kysely';
import { judgeThrottle, longestBlock, type ThrottleVerdict } from '../auth/login-throttle.ts';
import type { Schema } from '../schema.ts';

/** A key sign-ins are counted under, and its limit. */
export interface ThrottleKey {
	/** e.g. `user:ubnd.quang.binh`, `address:10.0.0.7` */
	key: string;
	maxFailures: number;
	/** true: a successful sign-in under the key starts the count again (user names, not addresses). */
	resetOnSuccess: boolean;
}

/** Attempts older than this are deleted when new ones are recorded: far longer than any window. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** Whether any of the keys is blocked at `now`, and for how long (the longest block wins). */
export async function checkLoginThrottle(
	db: Kysely<Schema>,
	input: { keys: ThrottleKey[]; now: Date; windowMs: number }
): Promise<ThrottleVerdict> {
	const since = new Date(input.now.getTime() - input.windowMs);
	const verdicts = await Promise.all(
		input.keys.map(async (k) => {
			let query = db
				.selectFrom('login_attempts')
				.select(['attempted_at', 'ok'])
				.where('key', '=', k.key)
				.where('attempted_at', '>', since)
				.where('attempted_at', '<=', input.now)
				.orderBy('attempted_at', 'desc')
				.orderBy('id', 'desc');
			if (!k.resetOnSuccess) query = query.where('ok', '=', false).limit(k.maxFailures);
			const rows = await query.execute();
			const failures: Date[] = [];
			for (const row of rows) {
				if (row.ok) break; // only resetOnSuccess keys see successes
				failures.push(row.attempted_at);
			}
			return judgeThrottle({ failures, maxFailures: k.maxFailures, windowMs: input.windowMs }, input.now);
		})
	);
	return longestBlock(verdicts);
}

/** Records one attempt under each key, and forgets attempts older than a day. */
export async function recordLoginAttempt(
	db: Kysely<Schema>,
	input: { keys: string[]; ok: boolean; at: Date }
): Promise<void> {
	if (input.keys.length === 0) return;
	await db
		.insertInto('login_attempts')
		.values(input.keys.map((key) => ({ key, ok: input.ok, attempted_at: input.at })))
		.execute();
	await db
		.deleteFrom('login_attempts')
		.where('attempted_at', '<', new Date(input.at.getTime() - KEEP_MS))
		.execute();
}
