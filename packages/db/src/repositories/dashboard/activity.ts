import { describeEventIn, type ChainedEventContent, type DashboardActivity } from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../../schema.ts';
import { unitShortNames, type UnitNamer } from '../history.ts';
import { withScope, type DashboardScope } from './scope.ts';

/** Feed rows a directive's activity looks back over before it asks plan by plan. */
const RECENT_WINDOW = 20_000;

/**
 * `feed`, the scope's latest `limit` feed rows: one plan's by its index range; a directive's first among the
 * log's latest RECENT_WINDOW rows (a directive followed by thousands of plans has its activity there), else
 * one index range per plan (`perPlan`).
 */
function latestFeed(scope: DashboardScope, limit: number, perPlan: boolean): RawBuilder<unknown> {
	if (scope.kind === 'plan' || perPlan) {
		return sql`feed as (
			select f.* from scope_plans s
			cross join lateral (
				select * from activity_feed a where a.plan_id = s.plan_id order by a.position desc limit ${limit}
			) f
			order by f.position desc
			limit ${limit}
		)`;
	}
	return sql`feed as (
		select * from activity_feed a
		where a.plan_id = any(array(select plan_id from scope_plans))
			and a.position > (select coalesce(max(position), 0) - ${RECENT_WINDOW} from activity_feed)
		order by a.position desc
		limit ${limit}
	)`;
}

/**
 * The latest activity of a scope, newest first, however long the log (see latestFeed). Each sentence is
 * rendered now, in the reader's language (`locale`), from the event's data.
 */
export async function dashboardActivity(
	db: Kysely<Schema>,
	scope: DashboardScope,
	options: { limit?: number; locale?: string } = {}
): Promise<DashboardActivity[]> {
	const limit = options.limit ?? 20;
	type Row = {
		position: number;
		seq: number;
		plan_id: string;
		task_id: string | null;
		task_code: string | null;
		type: string;
		summary: string;
		/** The event's data; null only for a feed row without its event (then the stored sentence is shown). */
		data: unknown;
		event_user_id: string | null;
		event_unit_id: string | null;
		user_name: string | null;
		unit_name: string | null;
		occurred_at: Date | string;
	};
	const read = (perPlan: boolean) => sql<Row>`
		${withScope(scope)}, ${latestFeed(scope, limit, perPlan)}
		select f.position, e.seq, f.plan_id, f.task_id, f.task_code, f.type, f.summary, e.data, f.occurred_at,
			f.user_id as event_user_id, f.unit_id as event_unit_id,
			us.display_name as user_name, un.short_name as unit_name
		from feed f
		left join events e on e.position = f.position
		left join users us on us.id = f.user_id
		left join units un on un.id = f.unit_id
		order by f.position desc`;
	let { rows } = await read(false).execute(db);
	if (rows.length < limit && scope.kind === 'directive') ({ rows } = await read(true).execute(db));
	const unitName: UnitNamer = rows.length === 0 ? (id: string) => id : await unitShortNames(db);
	return rows.map((r) => {
		const at = new Date(r.occurred_at).toISOString();
		const namedThen = (id: string) => unitName(id, at);
		return {
			position: r.position,
			planId: r.plan_id,
			taskId: r.task_id,
			taskCode: r.task_code,
			type: r.type,
			summary:
				r.data === null
					? r.summary
					: describeEventIn(options.locale ?? 'vi', activityEvent(r), {
							taskCode: r.task_code,
							unitName: namedThen
						}),
			userName: r.user_name,
			unitName: r.unit_name === null || r.event_unit_id === null ? r.unit_name : namedThen(r.event_unit_id),
			occurredAt: at
		};
	});
}

function activityEvent(r: {
	plan_id: string;
	seq: number;
	task_id: string | null;
	type: string;
	data: unknown;
	event_user_id: string | null;
	event_unit_id: string | null;
	occurred_at: Date | string;
}): ChainedEventContent {
	return {
		planId: r.plan_id,
		seq: Number(r.seq),
		taskId: r.task_id,
		type: r.type as ChainedEventContent['type'],
		data: typeof r.data === 'string' ? (JSON.parse(r.data) as unknown) : r.data,
		userId: r.event_user_id,
		unitId: r.event_unit_id,
		occurredAt: new Date(r.occurred_at).toISOString(),
		updateSeq: null
	};
}
