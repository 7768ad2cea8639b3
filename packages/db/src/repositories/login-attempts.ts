import { sql, type Kysely } from 'kysely';
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

/** A reserved attempt: the rows that count it until the password check settles them. */
export type LoginReservation =
	{ blocked: true; verdict: Extract<ThrottleVerdict, { blocked: true }> } | { blocked: false; ids: number[] };

/**
 * Checks the keys and, when none is blocked, records the attempt as a failure before any password is checked,
 * in one transaction holding each key's advisory lock: parallel attempts under one key are counted one after
 * another, so however many arrive together, at most the limit reach the password check. `settleLoginAttempt`
 * then marks the reserved rows with the outcome (a success resets the keys that reset on success).
 */
export async function reserveLoginAttempt(
	db: Kysely<Schema>,
	input: { keys: ThrottleKey[]; now: Date; windowMs: number }
): Promise<LoginReservation> {
	return db.transaction().execute(async (trx) => {
		for (const key of [...input.keys.map((k) => k.key)].sort()) {
			await sql`select pg_advisory_xact_lock(hashtextextended(${`login:${key}`}, 0))`.execute(trx);
		}
		const verdict = await checkLoginThrottle(trx, input);
		if (verdict.blocked) return { blocked: true, verdict };
		const rows = await trx
			.insertInto('login_attempts')
			.values(input.keys.map((k) => ({ key: k.key, ok: false, attempted_at: input.now })))
			.returning('id')
			.execute();
		return { blocked: false, ids: rows.map((r) => r.id) };
	});
}

/** Marks reserved attempts with their outcome, and forgets attempts older than a day. */
export async function settleLoginAttempt(
	db: Kysely<Schema>,
	input: { ids: number[]; ok: boolean; at: Date }
): Promise<void> {
	if (input.ok && input.ids.length > 0) {
		await db.updateTable('login_attempts').set({ ok: true }).where('id', 'in', input.ids).execute();
	}
	await db
		.deleteFrom('login_attempts')
		.where('attempted_at', '<', new Date(input.at.getTime() - KEEP_MS))
		.execute();
}
