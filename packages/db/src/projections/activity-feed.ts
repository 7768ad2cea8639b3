import { PLAN_STREAM_EVENT_TYPES, describeEvent } from '@trienkhai/domain';
import { sql, type CompiledQuery, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../schema.ts';
import { insertRows } from './bulk-insert.ts';
import type { FoldedReplay, ProjectedEvent, Projection, ProjectionContext, RunEvent } from './projection.ts';

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

const HANDLES: ReadonlySet<string> = new Set<string>(
	PLAN_STREAM_EVENT_TYPES.filter((type) => type !== 'PermissionDenied')
);

/**
 * The activity feed: a sentence per event (refusals excepted), naming the task by its code after the
 * event. The code comes from the event when it gives one (creation, deletion, renumbering) and otherwise
 * from the task's latest row in the feed itself, so the feed depends on no other read model. Replay
 * folds the same rows in memory, the codes kept from the start of the log, and inserts them in bulk.
 */
export const activityFeedProjection: Projection = {
	name: 'activity-feed',
	tables: ['activity_feed'],
	handles: HANDLES,
	replay: {
		start: () => ({ codes: new Map<string, string | null>(), rows: [] as ActivityRow[] }),
		fold(state, event, context) {
			if (HANDLES.has(event.type))
				state.rows.push(activityRow(event, codeAfter(event, state.codes), context));
		},
		flush: (trx, state) => insertRows(trx, 'activity_feed', state.rows.splice(0)),
		write: (trx, state) => insertRows(trx, 'activity_feed', state.rows)
	} satisfies FoldedReplay<{ codes: Map<string, string | null>; rows: ActivityRow[] }>,
	async apply(trx, events, context) {
		const read = await sql<{ codes: CodeRow[] }>`select ${latestCodesJson(events)} as codes`.execute(trx);
		for (const statement of feedInserts(trx, events, read.rows[0]!.codes, context)) {
			await trx.executeQuery(statement);
		}
	},
	setBased: {
		read: latestCodesJson,
		statements: (trx, events, read, context) => feedInserts(trx, events, read as CodeRow[], context)
	}
};

/** The feed rows of a run, 1000 to a statement, given the latest codes of the tasks it names. */
function feedInserts(
	trx: Kysely<Schema>,
	events: readonly ProjectedEvent[],
	read: readonly CodeRow[],
	context: ProjectionContext
): CompiledQuery[] {
	const codes = codesByTask(read);
	const rows = events.map((event) => activityRow(event, codeAfter(event, codes), context));
	const statements: CompiledQuery[] = [];
	for (let i = 0; i < rows.length; i += 1000) {
		statements.push(
			trx
				.insertInto('activity_feed')
				.values(rows.slice(i, i + 1000))
				.compile()
		);
	}
	return statements;
}

/** The key of a plan's task in the code map. */
const keyOf = (event: RunEvent) => `${event.planId}\u0000${event.taskId}`;

/** A task's latest feed row: plan, task, its code there and the row's event type. */
type CodeRow = [string, string, string | null, string];

/**
 * The latest feed row of each (plan, task) the run names, as jsonb: one index probe per task, however long
 * its history (activity_feed_task_idx): the task's latest row, which is the plan's unless another plan's
 * events named the same task id since; only then the second branch looks for the plan's own (a plain
 * `task_id = … and plan_id = …` lets the planner AND both indexes and sort every row of the task).
 */
function latestCodesJson(events: readonly RunEvent[]): RawBuilder<CodeRow[]> {
	const keys = new Map<string, { plan_id: string; task_id: string }>();
	for (const e of events) {
		if (e.taskId !== null) keys.set(keyOf(e), { plan_id: e.planId, task_id: e.taskId });
	}
	return sql<
		CodeRow[]
	>`(select coalesce(jsonb_agg(jsonb_build_array(k.plan_id, k.task_id, f.task_code, f.type)), '[]')
		from jsonb_to_recordset(${JSON.stringify([...keys.values()])}::jsonb) as k (plan_id text, task_id text)
		cross join lateral (
			(select task_code, type from (
				select plan_id, task_code, type from activity_feed where task_id = k.task_id
				order by position desc limit 1
			) as latest where latest.plan_id = k.plan_id)
			union all
			(select task_code, type from activity_feed where task_id = k.task_id and plan_id = k.plan_id
				order by position desc limit 1)
			limit 1
		) as f)`;
}

/** The code each named task has in its latest feed row (its code after the events before this run). */
function codesByTask(rows: readonly CodeRow[]): Map<string, string | null> {
	const codes = new Map<string, string | null>();
	// a deleted task has no code any more (until an event creates it again)
	for (const [planId, taskId, code, type] of rows) {
		if (type !== 'TaskDeleted') codes.set(`${planId}\u0000${taskId}`, code);
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
