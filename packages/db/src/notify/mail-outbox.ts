import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** A mail waiting to be sent. */
export interface OwedMail {
	id: number;
	to: string;
	subject: string;
	body: string;
	attempts: number;
}

/** Retry policy of the mail job: after a failure wait `firstRetryMs`, doubling up to `maxRetryMs`, at most `maxAttempts`. */
export const MAIL_RETRY = { firstRetryMs: 30_000, maxRetryMs: 3_600_000, maxAttempts: 8 } as const;

/** The mails due at `now` (never sent, attempts left), oldest first. */
export async function dueMails(db: Kysely<Schema>, now: Date, limit = 50): Promise<OwedMail[]> {
	const rows = await db
		.selectFrom('mail_outbox')
		.select(['id', 'to_address', 'subject', 'body', 'attempts'])
		.where('sent_at', 'is', null)
		.where('next_attempt_at', '<=', now)
		.where('attempts', '<', MAIL_RETRY.maxAttempts)
		.orderBy('id')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		to: r.to_address,
		subject: r.subject,
		body: r.body,
		attempts: r.attempts
	}));
}

/** Records a mail as sent. */
export async function markMailSent(db: Kysely<Schema>, id: number, now: Date): Promise<void> {
	await db
		.updateTable('mail_outbox')
		.set({ sent_at: now, attempts: sql`attempts + 1`, last_error: null })
		.where('id', '=', id)
		.execute();
}

/** Records a failed attempt and when to try again. */
export async function markMailFailed(
	db: Kysely<Schema>,
	mail: OwedMail,
	error: string,
	now: Date
): Promise<void> {
	const wait = Math.min(MAIL_RETRY.firstRetryMs * 2 ** mail.attempts, MAIL_RETRY.maxRetryMs);
	await db
		.updateTable('mail_outbox')
		.set({
			attempts: mail.attempts + 1,
			last_error: error.slice(0, 500),
			next_attempt_at: new Date(now.getTime() + wait)
		})
		.where('id', '=', mail.id)
		.execute();
}
