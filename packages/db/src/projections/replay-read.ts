import type { PlanStreamEventType } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { ProjectedEvent } from './projection.ts';

/** The columns of an event its projections see (not its links in the hash chain). */
const PROJECTED_COLUMNS = [
	'position',
	'plan_id',
	'seq',
	'task_id',
	'type',
	'data',
	'user_id',
	'unit_id',
	'occurred_at',
	'update_seq'
] as const;

/** Up to `limit` events after a position, in log order, as the projections see them. */
export async function readEventsAfter(
	db: Kysely<Schema>,
	after: number,
	limit: number
): Promise<ProjectedEvent[]> {
	const rows = await db
		.selectFrom('events')
		.select(PROJECTED_COLUMNS)
		.where('position', '>', after)
		.orderBy('position')
		.limit(limit)
		.execute();
	return rows.map((row) => ({
		position: row.position,
		planId: row.plan_id,
		seq: row.seq,
		taskId: row.task_id,
		type: row.type as PlanStreamEventType,
		data: row.data,
		userId: row.user_id,
		unitId: row.unit_id,
		// back to the ISO form it was hashed with, as toEventRecord (events/rows.ts)
		occurredAt: (row.occurred_at instanceof Date ? row.occurred_at : new Date(row.occurred_at)).toISOString(),
		updateSeq: row.update_seq
	}));
}
