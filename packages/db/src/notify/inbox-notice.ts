import { sql, type Kysely } from 'kysely';
import type { Database } from '../connect.ts';
import type { Schema } from '../schema.ts';

/**
 * Whose notification list changed: the units (everyone in them) and the people named. Sent when the
 * notifier stores notifications and when someone marks theirs read, so an open notifications page and the
 * header's count follow without a reload. A hint to look again, never the data itself.
 */
export interface InboxNotice {
	unitIds: string[];
	userIds: string[];
}

/** The NOTIFY channel of inbox notices, one per schema (the sender names it from its `current_schema()`). */
export function inboxChannel(database: Pick<Database, 'schema'>): string {
	return `trienkhai_inbox_${database.schema ?? 'public'}`;
}

/** Tells every instance, once the surrounding transaction commits, whose notifications changed. */
export async function notifyInbox(db: Kysely<Schema>, notice: InboxNotice): Promise<void> {
	if (notice.unitIds.length + notice.userIds.length === 0) return;
	const payload = JSON.stringify({
		unitIds: [...new Set(notice.unitIds)],
		userIds: [...new Set(notice.userIds)]
	});
	await sql`select pg_notify('trienkhai_inbox_' || current_schema(), ${payload})`.execute(db);
}

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Calls back with each inbox notice from any instance; `null` after a reconnect (some may be lost). */
export function onInboxNotice(
	database: Pick<Database, 'listen' | 'schema'>,
	listener: (notice: InboxNotice | null) => void
): Promise<() => Promise<void>> {
	return database.listen(inboxChannel(database), (payload) => {
		if (!payload) return listener(null);
		const raw = JSON.parse(payload) as { unitIds?: unknown; userIds?: unknown };
		listener({ unitIds: strings(raw.unitIds), userIds: strings(raw.userIds) });
	});
}
