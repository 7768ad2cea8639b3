import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { ProjectedEvent } from './projection.ts';

/**
 * Up to `limit` events after a position, in log order, as the projections see them (not their links in
 * the hash chain): the columns named as the record's fields, the time as the ISO text it was hashed with
 * (toEventRecord, events/rows.ts), so that each row is the event as it comes from the driver.
 */
export async function readEventsAfter(
	db: Kysely<Schema>,
	after: number,
	limit: number
): Promise<ProjectedEvent[]> {
	const result = await sql<ProjectedEvent>`
		select position, plan_id as "planId", seq, task_id as "taskId", type, data, user_id as "userId",
			unit_id as "unitId", update_seq as "updateSeq",
			to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt"
		from events where position > ${after} order by position limit ${limit}`.execute(db);
	return result.rows;
}
