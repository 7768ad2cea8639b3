import type { Kysely } from 'kysely';
import { EVENT_COLUMNS, toEventRecord } from '../events/rows.ts';
import type { Schema } from '../schema.ts';

/** Up to `limit` events after a position, in log order. */
export async function readEventsAfter(db: Kysely<Schema>, after: number, limit: number) {
	const rows = await db
		.selectFrom('events')
		.select(EVENT_COLUMNS)
		.where('position', '>', after)
		.orderBy('position')
		.limit(limit)
		.execute();
	return rows.map(toEventRecord);
}
