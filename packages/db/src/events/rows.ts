import type { EventRecord, PlanStreamEventType } from '@trienkhai/domain';
import type { EventRow } from '../schema.ts';

/** A stored row as the domain's record (occurredAt back to the ISO form it was hashed with). */
export function toEventRecord(row: Omit<EventRow, 'tx_id'>): EventRecord {
	return {
		position: row.position,
		planId: row.plan_id,
		seq: row.seq,
		taskId: row.task_id,
		type: row.type as PlanStreamEventType,
		data: row.data,
		userId: row.user_id,
		unitId: row.unit_id,
		occurredAt: (row.occurred_at instanceof Date ? row.occurred_at : new Date(row.occurred_at)).toISOString(),
		updateSeq: row.update_seq,
		prevHash: row.prev_hash,
		hash: row.hash
	};
}

/** The event columns records are read with (everything but the transaction id). */
export const EVENT_COLUMNS = [
	'position',
	'plan_id',
	'seq',
	'task_id',
	'type',
	'data',
	'user_id',
	'unit_id',
	'occurred_at',
	'update_seq',
	'prev_hash',
	'hash'
] as const;
