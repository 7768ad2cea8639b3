import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** How far the notifier has followed the event log. */
export interface NotifierCheckpointTable {
	name: string;
	tx_id: string;
	position: number;
}

/** A mail owed for a notification to one person, sent by the mail job with retries. */
export interface MailOutboxTable {
	id: Generated<number>;
	notification_id: number;
	user_id: string;
	to_address: string;
	subject: string;
	body: string;
	created_at: CreatedAt;
	attempts: Generated<number>;
	next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
	sent_at: Date | null;
	last_error: string | null;
}
