import { describeEventIn, type PlanStreamEventType } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import { EVENT_COLUMNS, toEventRecord } from '../events/rows.ts';
import type { EventRow, Schema } from '../schema.ts';

/** One line of a plan's or a task's history: when, who (person and unit), what, old → new. */
export interface HistoryEntry {
	position: number;
	seq: number;
	type: PlanStreamEventType;
	taskId: string | null;
	/** The task's code (null for events about the plan as a whole). */
	taskCode: string | null;
	occurredAt: string;
	userId: string | null;
	userName: string | null;
	unitId: string | null;
	unitName: string | null;
	/**
	 * One sentence in the reader's language, rendered at read time from the event's data
	 * (describeEventIn), e.g. "Nhiệm vụ II.1: tiến độ 0% → 40%" or "Task II.1: progress 0% → 40%".
	 */
	summary: string;
	data: unknown;
}

const EVENT_SELECTION = EVENT_COLUMNS.map((column) => `events.${column}` as const);

/** The event log with each event's person (display name) and unit (short name) beside it. */
export function eventsWithActors(db: Kysely<Schema>) {
	return db
		.selectFrom('events')
		.leftJoin('users', 'users.id', 'events.user_id')
		.leftJoin('units', 'units.id', 'events.unit_id')
		.select([...EVENT_SELECTION, 'users.display_name as user_name', 'units.short_name as unit_name']);
}

/** A unit's short name by id, as it was called at an instant (ISO) when one is given: renames keep history. */
export type UnitNamer = (id: string, at?: string) => string;

/** Every unit's short name by id, now or before a rename (unit_name_history), to name units in the history. */
export async function unitShortNames(db: Kysely<Schema>): Promise<UnitNamer> {
	const [units, renamed] = await Promise.all([
		db.selectFrom('units').select(['id', 'short_name']).execute(),
		db.selectFrom('unit_name_history').select(['unit_id', 'short_name', 'until']).orderBy('until').execute()
	]);
	const current = new Map(units.map((u) => [u.id, u.short_name]));
	const earlier = new Map<string, Array<{ name: string; until: number }>>();
	for (const r of renamed) {
		const list = earlier.get(r.unit_id) ?? [];
		list.push({ name: r.short_name, until: new Date(r.until).getTime() });
		earlier.set(r.unit_id, list);
	}
	return (id, at) => {
		const instant = at === undefined ? Number.NaN : Date.parse(at);
		// the oldest name still in use at that instant
		const then = earlier.get(id)?.find((n) => instant < n.until);
		return then?.name ?? current.get(id) ?? id;
	};
}

/** A row of `eventsWithActors` as a history line, its task named by `taskCode`. */
export function toHistoryEntry(
	row: Omit<EventRow, 'tx_id'> & { user_name: string | null; unit_name: string | null },
	taskCode: string | null,
	unitName: UnitNamer,
	locale = 'vi'
): HistoryEntry {
	const record = toEventRecord(row);
	const namedThen = (id: string) => unitName(id, record.occurredAt);
	return {
		position: record.position,
		seq: record.seq,
		type: record.type,
		taskId: record.taskId,
		taskCode,
		occurredAt: record.occurredAt,
		userId: record.userId,
		userName: row.user_name,
		unitId: record.unitId,
		unitName: row.unit_name === null || record.unitId === null ? row.unit_name : namedThen(record.unitId),
		summary: describeEventIn(locale, record, { taskCode, unitName: namedThen }),
		data: record.data
	};
}

/**
 * The history of a plan, or of one task of it, newest first, from the event log. Refused attempts
 * (PermissionDenied) are included only when `withDenied` (the owner unit sees them).
 */
export async function planHistory(
	db: Kysely<Schema>,
	planId: string,
	options: { taskId?: string; withDenied?: boolean; limit?: number; locale?: string } = {}
): Promise<HistoryEntry[]> {
	let query = eventsWithActors(db)
		.where('events.plan_id', '=', planId)
		.orderBy('events.seq', 'desc')
		.limit(options.limit ?? 500);
	if (options.taskId !== undefined) query = query.where('events.task_id', '=', options.taskId);
	if (!options.withDenied) query = query.where('events.type', '<>', 'PermissionDenied');
	const rows = await query.execute();
	const unitName = await unitShortNames(db);
	const codes = new Map(
		(await db.selectFrom('tasks').select(['id', 'code']).where('plan_id', '=', planId).execute()).map((t) => [
			t.id,
			t.code
		])
	);
	return rows.map((row) =>
		toHistoryEntry(row, row.task_id ? (codes.get(row.task_id) ?? null) : null, unitName, options.locale)
	);
}
