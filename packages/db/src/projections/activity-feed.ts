import { PLAN_STREAM_EVENT_TYPES, describeEvent } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { ProjectedEvent, Projection, ProjectionContext } from './projection.ts';

/** One row of the activity feed. */
export interface ActivityRow {
	position: number;
	plan_id: string;
	task_id: string | null;
	task_code: string | null;
	type: string;
	summary: string;
	user_id: string | null;
	unit_id: string | null;
	occurred_at: string;
}

/**
 * The activity feed: a sentence per event (refusals excepted), naming the task by its code after the
 * event. The code comes from the event when it gives one (creation, deletion, renumbering) and otherwise
 * from the task's latest row in the feed itself, so the feed depends on no other read model.
 */
export const activityFeedProjection: Projection = {
	name: 'activity-feed',
	tables: ['activity_feed'],
	handles: new Set<string>(PLAN_STREAM_EVENT_TYPES.filter((type) => type !== 'PermissionDenied')),
	async apply(trx, events, context) {
		const codes = await latestCodes(trx, events);
		const rows = events.map((event) => activityRow(event, codeAfter(event, codes), context));
		for (let i = 0; i < rows.length; i += 1000) {
			await trx
				.insertInto('activity_feed')
				.values(rows.slice(i, i + 1000))
				.execute();
		}
	}
};

/** The key of a plan's task in the code map. */
const keyOf = (event: ProjectedEvent) => `${event.planId}\u0000${event.taskId}`;

/** The code each named task has in its latest feed row (its code after the events before this run). */
async function latestCodes(db: Kysely<Schema>, events: readonly ProjectedEvent[]) {
	const ids = [...new Set(events.flatMap((e) => (e.taskId !== null ? [e.taskId] : [])))];
	const codes = new Map<string, string | null>();
	if (ids.length === 0) return codes;
	const rows = await sql<{ plan_id: string; task_id: string; task_code: string | null; type: string }>`
		select distinct on (task_id, plan_id) plan_id, task_id, task_code, type from activity_feed
		where task_id in (${sql.join(ids)})
		order by task_id, plan_id, position desc`.execute(db);
	// a deleted task has no code any more (until an event creates it again)
	for (const row of rows.rows) {
		if (row.type !== 'TaskDeleted') codes.set(`${row.plan_id}\u0000${row.task_id}`, row.task_code);
	}
	return codes;
}

/** The task's code after the event, kept in `codes` for the events after it. */
function codeAfter(event: ProjectedEvent, codes: Map<string, string | null>): string | null {
	if (event.taskId === null) return null;
	const key = keyOf(event);
	const data = event.data as { code?: unknown; field?: unknown; to?: unknown };
	if (event.type === 'TaskCreated' || event.type === 'TaskDeleted') codes.set(key, String(data.code));
	if (event.type === 'TaskFieldChanged' && data.field === 'code') codes.set(key, String(data.to));
	const code = codes.get(key) ?? null;
	if (event.type === 'TaskDeleted') codes.delete(key);
	return code;
}

function activityRow(
	event: ProjectedEvent,
	taskCode: string | null,
	context: ProjectionContext
): ActivityRow {
	return {
		position: event.position,
		plan_id: event.planId,
		task_id: event.taskId,
		task_code: taskCode,
		type: event.type,
		summary: describeEvent(event, { taskCode, unitName: (id) => context.unitName(id) }),
		user_id: event.userId,
		unit_id: event.unitId,
		occurred_at: event.occurredAt
	};
}
