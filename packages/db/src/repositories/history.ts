import { describeEvent, type PlanStreamEventType } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import { toEventRecord } from '../events/rows.ts';
import type { Schema } from '../schema.ts';

/** One line of a plan's or a task's history: when, who (person and unit), what, old → new. */
export interface HistoryEntry {
	position: number;
	seq: number;
	type: PlanStreamEventType;
	taskId: string | null;
	occurredAt: string;
	userId: string | null;
	userName: string | null;
	unitId: string | null;
	unitName: string | null;
	/** One Vietnamese sentence (describeEvent), e.g. "Nhiệm vụ II.1: tiến độ 0% → 40%". */
	summary: string;
	data: unknown;
}

/**
 * The history of a plan, or of one task of it, newest first, from the event log. Refused attempts
 * (PermissionDenied) are included only when `withDenied` (the owner unit sees them).
 */
export async function planHistory(
	db: Kysely<Schema>,
	planId: string,
	options: { taskId?: string; withDenied?: boolean; limit?: number } = {}
): Promise<HistoryEntry[]> {
	let query = db
		.selectFrom('events')
		.leftJoin('users', 'users.id', 'events.user_id')
		.leftJoin('units', 'units.id', 'events.unit_id')
		.select([
			'events.position',
			'events.plan_id',
			'events.seq',
			'events.task_id',
			'events.type',
			'events.data',
			'events.user_id',
			'events.unit_id',
			'events.occurred_at',
			'events.update_seq',
			'events.prev_hash',
			'events.hash',
			'users.display_name as user_name',
			'units.short_name as unit_name'
		])
		.where('events.plan_id', '=', planId)
		.orderBy('events.seq', 'desc')
		.limit(options.limit ?? 500);
	if (options.taskId !== undefined) query = query.where('events.task_id', '=', options.taskId);
	if (!options.withDenied) query = query.where('events.type', '<>', 'PermissionDenied');
	const rows = await query.execute();
	const units = new Map(
		(await db.selectFrom('units').select(['id', 'short_name']).execute()).map((u) => [u.id, u.short_name])
	);
	const codes = new Map(
		(await db.selectFrom('tasks').select(['id', 'code']).where('plan_id', '=', planId).execute()).map((t) => [
			t.id,
			t.code
		])
	);
	return rows.map((row) => {
		const record = toEventRecord(row);
		return {
			position: record.position,
			seq: record.seq,
			type: record.type,
			taskId: record.taskId,
			occurredAt: record.occurredAt,
			userId: record.userId,
			userName: row.user_name,
			unitId: record.unitId,
			unitName: row.unit_name,
			summary: describeEvent(record, {
				taskCode: record.taskId ? (codes.get(record.taskId) ?? null) : null,
				unitName: (id) => units.get(id) ?? id
			}),
			data: record.data
		};
	});
}
