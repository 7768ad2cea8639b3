import type { DashboardSegment } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../../schema.ts';
import { planNumberings } from '../plan-numbers.ts';
import { todayOf, type DashboardClock, type DashboardScope } from './scope.ts';

/**
 * Progress per task group (a plan) or per plan (a directive): tasks, done, overdue, mean progress.
 * A plan's tasks outside any group come last under the code ''.
 */
export async function dashboardSegments(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock & { limit?: number }
): Promise<DashboardSegment[]> {
	const today = todayOf(clock);
	const limit = clock.limit ?? 100;
	type Row = {
		id: string | null;
		plan_id: string;
		code: string | null;
		title: string | null;
		total: number;
		done: number;
		overdue: number;
		progress_sum: number;
	};
	const aggregates = sql`count(t.id)::int4 as total,
		count(t.id) filter (where t.status = 'done')::int4 as done,
		count(t.id) filter (where t.status <> 'done' and t.deadline_due < ${today}::date)::int4 as overdue,
		coalesce(sum(case when t.status = 'done' then 100 else t.progress end), 0)::int8 as progress_sum`;
	const { rows } =
		scope.kind === 'plan'
			? await sql<Row>`
				select g.id, t.plan_id, g.code, g.title, ${aggregates}
				from tasks t left join task_groups g on g.id = t.group_id
				where t.plan_id = ${scope.planId}
				group by g.id, t.plan_id, g.code, g.title, g.position
				order by g.position nulls last
				limit ${limit}`.execute(db)
			: // the plans shown first (by title), their counts from plan_progress and their overdue tasks from
				// the open tasks' due-date index: a directive with thousands of plans costs the plans on screen
				await sql<Row>`
				with shown as (
					select p.id, p.title, p.owner_unit_id from plan_scopes s join plans p on p.id = s.plan_id
					where s.directive_id = ${scope.directiveId}
					order by p.title, p.id
					limit ${limit}
				)
				select p.id, p.id as plan_id, u.short_name as code, p.title,
					coalesce(g.total, 0)::int4 as total, coalesce(g.done, 0)::int4 as done,
					(select count(*) from tasks t
						where t.plan_id = p.id and t.status <> 'done' and t.deadline_due < ${today}::date)::int4 as overdue,
					coalesce(g.progress_sum, 0)::int8 as progress_sum
				from shown p
				join units u on u.id = p.owner_unit_id
				left join plan_progress g on g.plan_id = p.id
				order by p.title, p.id`.execute(db);
	// a plan's groups by the plan's one numbering; a directive's segments are plans, named by their unit
	const numbers = scope.kind === 'plan' ? await planNumberings(db, [scope.planId]) : null;
	return rows.map((r) => ({
		id: r.id ?? '',
		planId: r.plan_id,
		code: (numbers && r.id !== null ? numbers.get(r.plan_id)?.groups.get(r.id) : r.code) ?? r.code ?? '',
		title: r.title ?? '',
		total: r.total,
		done: r.done,
		overdue: r.overdue,
		averageProgress: r.total === 0 ? 0 : Math.round((Number(r.progress_sum) * 10) / r.total) / 10
	}));
}
