import type { PreparedDatabase } from '@trienkhai/db';

// Live streams are resumable: every message a stream sends carries the log position it reflects as its
// server-sent-events id, and a browser that reconnects sends the last one back (Last-Event-ID). What the
// stream's plans logged after that position, while the browser was away, is announced at once instead of
// waiting for the next change.

/**
 * The position a reconnecting browser last saw: its Last-Event-ID header (sent by EventSource's own
 * reconnect) or `?since=` (a stream the page reopens itself, e.g. back online); null when absent or bad.
 */
export function resumePosition(request: Request, url: URL): number | null {
	const raw = request.headers.get('last-event-id') ?? url.searchParams.get('since');
	if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
	return Number(raw);
}

/** The log's latest position now (0 when empty): a fresh stream's starting id. */
export async function headPosition(database: PreparedDatabase): Promise<number> {
	const row = await database.db
		.selectFrom('events')
		.select((eb) => eb.fn.max('position').as('head'))
		.executeTakeFirst();
	return Number(row?.head ?? 0);
}

/**
 * The latest position after `since` among the events of these plans (of `types` when given, or of any type
 * but `exceptTypes`), or null when none was logged meanwhile.
 */
export async function missedPosition(
	database: PreparedDatabase,
	planIds: readonly string[],
	since: number,
	exceptTypes: readonly string[] = []
): Promise<number | null> {
	if (planIds.length === 0) return null;
	let query = database.db
		.selectFrom('events')
		.select((eb) => eb.fn.max('position').as('last'))
		.where('plan_id', 'in', planIds)
		.where('position', '>', since);
	if (exceptTypes.length > 0) query = query.where('type', 'not in', exceptTypes);
	const row = await query.executeTakeFirst();
	return row?.last === null || row?.last === undefined ? null : Number(row.last);
}
