import { addDays, weekStartOf, weeklySeries, type IsoDate, type WeekPoint } from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../../schema.ts';
import { rollupRows } from './rollups.ts';
import { todayOf, type DashboardClock, type DashboardScope } from './scope.ts';

type WeekRow = { kind: 'c' | 'd'; week: string | null; n: number };

/** `points(kind, day, n)`: a plan's completions ('c') and due dates ('d') up to `end`, from its tasks. */
function planPoints(planId: string, end: IsoDate): RawBuilder<unknown> {
	return sql`with points(kind, day, n) as (
		select 'c', t.completed_on, 1 from tasks t
		where t.plan_id = ${planId} and t.status = 'done' and t.completed_on <= ${end}::date
		union all
		select 'd', t.deadline_due, 1 from tasks t
		where t.plan_id = ${planId} and t.deadline_due <= ${end}::date
	)`;
}

/** The same of a directive's cascade, from its roll-up (kind 0: completions; 1–5: tasks by due date). */
function directivePoints(directiveId: string, end: IsoDate): RawBuilder<unknown> {
	return sql`with points(kind, day, n) as (
		select case when r.kind = 0 then 'c' else 'd' end, r.day, r.n
		from ${rollupRows(directiveId)} as r
		where r.day <= ${end}::date
	)`;
}

/**
 * Progress over time, one point per week (Monday to Sunday) for the last `weeks` weeks: tasks completed
 * and tasks due in the week, with running totals (plan line vs. done line).
 */
export async function dashboardProgressOverTime(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock & { weeks?: number }
): Promise<WeekPoint[]> {
	const weeks = clock.weeks ?? 12;
	const today = todayOf(clock);
	const first = addDays(weekStartOf(today), -7 * (weeks - 1));
	const end = addDays(weekStartOf(today), 6);
	// isodow: Monday 1 … Sunday 7, so day − (isodow − 1) is the week's Monday; earlier weeks fold into null
	const { rows } = await sql<WeekRow>`
		${scope.kind === 'plan' ? planPoints(scope.planId, end) : directivePoints(scope.directiveId, end)}
		select kind,
			case when day < ${first}::date then null
				else (day - (extract(isodow from day)::int - 1))::text end as week,
			sum(n)::int4 as n
		from points group by 1, 2`.execute(db);
	const completedByWeek = new Map<string, number>();
	const dueByWeek = new Map<string, number>();
	let completedBefore = 0;
	let dueBefore = 0;
	for (const r of rows) {
		if (r.week === null) {
			if (r.kind === 'c') completedBefore += r.n;
			else dueBefore += r.n;
		} else (r.kind === 'c' ? completedByWeek : dueByWeek).set(r.week, r.n);
	}
	return weeklySeries({ today, weeks, completedByWeek, dueByWeek, completedBefore, dueBefore });
}
