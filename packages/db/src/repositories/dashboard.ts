import {
	DUE_SOON_WINDOWS,
	addDays,
	computeTimeStatus,
	describeEventIn,
	localDateOf,
	statisticsFromCounts,
	weekStartOf,
	weeklySeries,
	type Dashboard,
	type DashboardActivity,
	type DashboardHeading,
	type DashboardSegment,
	type DashboardStatistics,
	type DashboardTask,
	type DashboardUnitRow,
	type Deadline,
	type IsoDate,
	type TimeStatusCounts,
	type WeekPoint,
	type ChainedEventContent
} from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../schema.ts';
import { unitShortNames, type UnitNamer } from './history.ts';
import { planNumberings } from './plan-numbers.ts';

// Dashboards aggregate in SQL: a directive's cascade can hold 100,000 tasks, and no query here loads
// more rows than it shows. The time-status rules below are computeTimeStatus's (packages/domain/src/stats),
// written as SQL; the integration suite holds the two to the same numbers at several "now"s.

/** What a dashboard covers: one plan, or every plan implementing a directive down its cascade. */
export type DashboardScope = { kind: 'plan'; planId: string } | { kind: 'directive'; directiveId: string };

/** How deep a directive cascade is followed; the seeds are 4 levels, real ones rarely more than 6. */
const MAX_CASCADE_DEPTH = 12;

/**
 * `scope_plans(plan_id)`, a CTE of the plans a scope covers. A directive's cascade follows every relation
 * (implements, guides, copies, continues) from the document it points to; the path guards against cycles.
 */
function scopeCte(scope: DashboardScope, options: ScopeOptions = {}): RawBuilder<unknown> {
	if (scope.kind === 'plan') return sql`scope_plans(plan_id) as (select ${scope.planId}::text)`;
	// a roll-up counts what binds: issued plans (and issued plans under amendment), never drafts
	const counted = options.includeDrafts ? sql`true` : sql`p.status <> 'draft'`;
	return sql`
		docs(id, path) as (
			select ${scope.directiveId}::text, array[${scope.directiveId}::text]
			union all
			select r.from_id, d.path || r.from_id
			from directive_relations r join docs d on r.to_id = d.id
			where r.from_id <> all(d.path) and cardinality(d.path) < ${MAX_CASCADE_DEPTH}
		),
		scope_plans(plan_id) as (
			select p.id from plans p where p.directive_id in (select id from docs) and ${counted}
			union
			select pi.plan_id from plan_implements pi join plans p on p.id = pi.plan_id
			where pi.directive_id in (select id from docs) and ${counted}
		)`;
}

/** Which plans of a directive's cascade a query covers. */
export interface ScopeOptions {
	/** Also drafts (the live stream listens to them, so it notices the moment one is issued). */
	includeDrafts?: boolean;
}

/** `with recursive <scope>` for a query over the scope's tasks. */
function withScope(scope: DashboardScope, options: ScopeOptions = {}): RawBuilder<unknown> {
	return sql`with recursive ${scopeCte(scope, options)}`;
}

/**
 * `t.plan_id` restricted to the scope. A hashed `= any(array(…))` rather than a join: PostgreSQL then tests
 * each of 100,000 task rows against an in-memory set instead of probing a hash join, about half the time.
 */
function taskInScope(scope: DashboardScope): RawBuilder<unknown> {
	return scope.kind === 'plan'
		? sql`t.plan_id = ${scope.planId}`
		: sql`t.plan_id = any(array(select plan_id from scope_plans))`;
}

/** Options every dashboard query takes: the instant "now" is (injected; never read from the clock here). */
export interface DashboardClock {
	now: Date;
}

function todayOf(clock: DashboardClock): IsoDate {
	return localDateOf(clock.now);
}

/** The plans a scope covers, by id (a directive's: issued ones, unless drafts are asked for too). */
export async function dashboardPlanIds(
	db: Kysely<Schema>,
	scope: DashboardScope,
	options: ScopeOptions = {}
): Promise<string[]> {
	const { rows } = await sql<{ plan_id: string }>`
		${withScope(scope, options)}
		select s.plan_id from scope_plans s join plans p on p.id = s.plan_id order by s.plan_id`.execute(db);
	return rows.map((r) => r.plan_id);
}

type CountRow = {
	unit_id: string | null;
	unit_name: string | null;
	unit_short_name: string | null;
	total: number;
	done_on_time: number;
	done_late: number;
	within_deadline: number;
	overdue: number;
	not_started: number;
	due7: number;
	due3: number;
	due1: number;
	progress_sum: number;
};

// Each task falls in one class, so the database runs two aggregates per row rather than a dozen (the
// difference between 140 and 50 ms on a 100,000-task cascade): 1 done on time, 2 done late, 3 overdue;
// not done within deadline: 10 + (10 if not started) + the due-soon window (0: ≤ 1 day, 1: ≤ 3, 2: ≤ 7,
// 3: later or no due date).
const CLASS_ON_TIME = 1;
const CLASS_LATE = 2;
const CLASS_OVERDUE = 3;

function emptyCounts(unitId: string | null, name: string | null, shortName: string | null): CountRow {
	return {
		unit_id: unitId,
		unit_name: name,
		unit_short_name: shortName,
		total: 0,
		done_on_time: 0,
		done_late: 0,
		within_deadline: 0,
		overdue: 0,
		not_started: 0,
		due7: 0,
		due3: 0,
		due1: 0,
		progress_sum: 0
	};
}

function addClass(c: CountRow, cls: number, n: number, progressSum: number): void {
	c.total += n;
	c.progress_sum += progressSum;
	if (cls === CLASS_ON_TIME) c.done_on_time += n;
	else if (cls === CLASS_LATE) c.done_late += n;
	else if (cls === CLASS_OVERDUE) c.overdue += n;
	else {
		c.within_deadline += n;
		if (cls >= 20) c.not_started += n;
		const window = cls % 10;
		if (window <= 2) c.due7 += n;
		if (window <= 1) c.due3 += n;
		if (window === 0) c.due1 += n;
	}
}

/**
 * Per lead unit at `now` (Asia/Ho_Chi_Minh): đã hoàn thành = đúng hạn + quá hạn, chưa hoàn thành = trong
 * hạn + quá hạn, rates in percent; units with the most tasks first, tasks without a lead last.
 */
export async function dashboardStatistics(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock
): Promise<DashboardStatistics> {
	const today = todayOf(clock);
	const [w7, w3, w1] = DUE_SOON_WINDOWS;
	const { rows } = await sql<{
		unit_id: string | null;
		unit_name: string | null;
		unit_short_name: string | null;
		cls: number;
		n: number;
		progress_sum: number;
	}>`
		${withScope(scope)}
		select a.unit_id, u.name as unit_name, u.short_name as unit_short_name, a.cls, a.n, a.progress_sum
		from (
			select t.lead_unit_id as unit_id,
				case
					when t.status = 'done' then
						case when t.deadline_due is null
							or coalesce(t.completed_on, ${today}::date) <= t.deadline_due
						then ${sql.lit(CLASS_ON_TIME)} else ${sql.lit(CLASS_LATE)} end
					when t.deadline_due < ${today}::date then ${sql.lit(CLASS_OVERDUE)}
					else 10
						+ case when t.status = 'assigned' and t.progress = 0 then 10 else 0 end
						+ case
							when t.deadline_due is null then 3
							when t.deadline_due - ${today}::date <= ${sql.lit(w1)} then 0
							when t.deadline_due - ${today}::date <= ${sql.lit(w3)} then 1
							when t.deadline_due - ${today}::date <= ${sql.lit(w7)} then 2
							else 3 end
				end::int4 as cls,
				count(*)::int4 as n,
				sum(case when t.status = 'done' then 100 else t.progress end)::int8 as progress_sum
			from tasks t
			where ${taskInScope(scope)}
			group by 1, 2
		) a
		left join units u on u.id = a.unit_id`.execute(db);
	const total = emptyCounts(null, null, null);
	const units = new Map<string | null, CountRow>();
	for (const r of rows) {
		let unit = units.get(r.unit_id);
		if (!unit) {
			unit = emptyCounts(r.unit_id, r.unit_name, r.unit_short_name);
			units.set(r.unit_id, unit);
		}
		for (const c of [total, unit]) addClass(c, r.cls, r.n, Number(r.progress_sum));
	}
	const byUnit = [...units.values()].sort(
		(a, b) =>
			Number(a.unit_id === null) - Number(b.unit_id === null) ||
			b.total - a.total ||
			(a.unit_short_name ?? '').localeCompare(b.unit_short_name ?? '', 'vi')
	);
	return { total: toUnitRow(total), byUnit: byUnit.map(toUnitRow) };
}

function toUnitRow(r: CountRow): DashboardUnitRow {
	const counts: TimeStatusCounts = {
		total: r.total,
		doneOnTime: r.done_on_time,
		doneLate: r.done_late,
		withinDeadline: r.within_deadline,
		overdue: r.overdue,
		notStarted: r.not_started,
		dueSoon: r.due7
	};
	return {
		unitId: r.unit_id,
		unitName: r.unit_name,
		unitShortName: r.unit_short_name,
		statistics: statisticsFromCounts(r.unit_id, counts),
		dueWithin: { 7: r.due7, 3: r.due3, 1: r.due1 },
		averageProgress: r.total === 0 ? 0 : Math.round((r.progress_sum * 10) / r.total) / 10
	};
}

type TaskRow = {
	id: string;
	plan_id: string;
	plan_title: string;
	code: string;
	content: string;
	lead_unit_id: string | null;
	lead_unit_name: string | null;
	deadline_text: string | null;
	deadline_due: string | null;
	deadline: unknown;
	status: Schema['tasks']['status'];
	progress: number;
	completed_on: string | null;
};

const TASK_COLUMNS = sql`t.id, t.plan_id, p.title as plan_title, t.code, t.content, t.lead_unit_id,
	u.short_name as lead_unit_name, t.deadline_text, t.deadline_due, t.deadline, t.status, t.progress,
	t.completed_on`;

function toTask(r: TaskRow, clock: DashboardClock): DashboardTask {
	const deadline = (r.deadline as Deadline | null) ?? null;
	const time = computeTimeStatus(
		{ status: r.status, deadline, completedOn: r.completed_on, progress: r.progress },
		clock.now
	);
	return {
		id: r.id,
		planId: r.plan_id,
		planTitle: r.plan_title,
		code: r.code,
		content: r.content,
		leadUnitId: r.lead_unit_id,
		leadUnitName: r.lead_unit_name,
		deadlineText: r.deadline_text,
		due: r.deadline_due,
		status: r.status,
		progress: r.status === 'done' ? 100 : r.progress,
		completedOn: r.completed_on,
		timeStatus: time.status,
		daysOverdue: time.daysOverdue,
		daysLeft: time.daysLeft
	};
}

/** The scope's tasks that meet `where`, ordered and capped, as dashboard tasks at the clock's "now". */
async function scopeTasks(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock,
	query: { where: RawBuilder<unknown>; orderBy: RawBuilder<unknown>; limit: number }
): Promise<DashboardTask[]> {
	const { rows } = await sql<TaskRow>`
		${withScope(scope)}
		select ${TASK_COLUMNS}
		from tasks t
		join plans p on p.id = t.plan_id
		left join task_groups g on g.id = t.group_id
		left join units u on u.id = t.lead_unit_id
		where ${taskInScope(scope)} and ${query.where}
		order by ${query.orderBy}
		limit ${query.limit}`.execute(db);
	const numbers = await planNumberings(
		db,
		rows.map((r) => r.plan_id)
	);
	return rows.map((r) =>
		toTask({ ...r, code: numbers.get(r.plan_id)?.tasks.get(r.id)?.code ?? r.code }, clock)
	);
}

/** Unfinished tasks past their due date, the longest overdue first. */
export async function dashboardOverdue(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock & { limit?: number }
): Promise<DashboardTask[]> {
	const today = todayOf(clock);
	return scopeTasks(db, scope, clock, {
		where: sql`t.status <> 'done' and t.deadline_due is not null and t.deadline_due < ${today}::date`,
		orderBy: sql`t.deadline_due, t.plan_id, t.position, t.id`,
		limit: clock.limit ?? 50
	});
}

/** Unfinished tasks due from today to `days` days ahead, the soonest first. */
export async function dashboardDueSoon(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock & { days?: number; limit?: number }
): Promise<DashboardTask[]> {
	const today = todayOf(clock);
	const days = clock.days ?? DUE_SOON_WINDOWS[0];
	return scopeTasks(db, scope, clock, {
		where: sql`t.status <> 'done' and t.deadline_due is not null
			and t.deadline_due >= ${today}::date and t.deadline_due <= ${addDays(today, days)}::date`,
		orderBy: sql`t.deadline_due, t.plan_id, t.position, t.id`,
		limit: clock.limit ?? 50
	});
}

/** The tasks of one lead unit (null: without a lead) in a scope, in plan order, for a meeting's focus. */
export async function dashboardUnitTasks(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock & { unitId: string | null; limit?: number }
): Promise<DashboardTask[]> {
	return scopeTasks(db, scope, clock, {
		where: clock.unitId === null ? sql`t.lead_unit_id is null` : sql`t.lead_unit_id = ${clock.unitId}`,
		orderBy: sql`p.title, t.plan_id, g.position nulls last, t.position, t.id`,
		limit: clock.limit ?? 200
	});
}

/** One task of a scope (for a meeting's focus), or undefined when the scope does not hold it. */
export async function dashboardTask(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock & { taskId: string }
): Promise<DashboardTask | undefined> {
	const [task] = await scopeTasks(db, scope, clock, {
		where: sql`t.id = ${clock.taskId}`,
		orderBy: sql`t.id`,
		limit: 1
	});
	return task;
}

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
			: await sql<Row>`
				${withScope(scope)},
				per_plan as (
					select t.plan_id, ${aggregates}
					from tasks t where ${taskInScope(scope)}
					group by t.plan_id
				)
				select p.id, p.id as plan_id, u.short_name as code, p.title,
					coalesce(a.total, 0) as total, coalesce(a.done, 0) as done, coalesce(a.overdue, 0) as overdue,
					coalesce(a.progress_sum, 0) as progress_sum
				from scope_plans s
				join plans p on p.id = s.plan_id
				join units u on u.id = p.owner_unit_id
				left join per_plan a on a.plan_id = p.id
				order by p.title, p.id
				limit ${limit}`.execute(db);
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

/**
 * The latest activity of a scope, newest first; one index range per plan, however long the log. Each
 * sentence is rendered now, in the reader's language (`locale`), from the event's data.
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
	const { rows } = await sql<Row>`
		${withScope(scope)}
		select f.position, e.seq, f.plan_id, f.task_id, f.task_code, f.type, f.summary, e.data, f.occurred_at,
			f.user_id as event_user_id, f.unit_id as event_unit_id,
			us.display_name as user_name, un.short_name as unit_name
		from scope_plans s
		cross join lateral (
			select * from activity_feed a where a.plan_id = s.plan_id order by a.position desc limit ${limit}
		) f
		left join events e on e.position = f.position
		left join users us on us.id = f.user_id
		left join units un on un.id = f.unit_id
		order by f.position desc
		limit ${limit}`.execute(db);
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
	type Row = { kind: 'c' | 'd'; week: string | null; n: number };
	// isodow: Monday 1 … Sunday 7, so day − (isodow − 1) is the week's Monday; earlier weeks fold into null
	const { rows } = await sql<Row>`
		${withScope(scope)},
		points(kind, day) as (
			select 'c', t.completed_on from tasks t
			where ${taskInScope(scope)} and t.status = 'done' and t.completed_on <= ${end}::date
			union all
			select 'd', t.deadline_due from tasks t
			where ${taskInScope(scope)} and t.deadline_due <= ${end}::date
		)
		select kind,
			case when day < ${first}::date then null
				else (day - (extract(isodow from day)::int - 1))::text end as week,
			count(*)::int4 as n
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

/** The heading of a scope, or undefined when the plan or directive does not exist. */
export async function dashboardHeading(
	db: Kysely<Schema>,
	scope: DashboardScope
): Promise<DashboardHeading | undefined> {
	if (scope.kind === 'plan') {
		const plan = await db
			.selectFrom('plans')
			.innerJoin('units', 'units.id', 'plans.owner_unit_id')
			.select(['plans.id', 'plans.title', 'plans.directive_id', 'units.name as owner_name'])
			.where('plans.id', '=', scope.planId)
			.executeTakeFirst();
		if (!plan) return undefined;
		// the directives the plan implements (their dashboards roll this plan up), else its own document
		const implemented = await db
			.selectFrom('plan_implements')
			.innerJoin('directives', 'directives.id', 'plan_implements.directive_id')
			.select(['directives.id', 'directives.number_display', 'directives.subject', 'directives.issued_on'])
			.where('plan_implements.plan_id', '=', plan.id)
			.orderBy('directives.issued_on')
			.orderBy('directives.id')
			.execute();
		const own =
			implemented.length > 0 || plan.directive_id === null
				? []
				: await db
						.selectFrom('directives')
						.select(['id', 'number_display', 'subject', 'issued_on'])
						.where('id', '=', plan.directive_id)
						.execute();
		return {
			kind: 'plan',
			id: plan.id,
			title: plan.title,
			subtitle: plan.owner_name,
			planCount: 1,
			directives: [...implemented, ...own].map((d) => ({
				id: d.id,
				// 'Số: 709/QĐ-TTg' → '709/QĐ-TTg'
				label: (d.number_display ?? d.subject).replace(/^Số:?\s*/u, '')
			}))
		};
	}
	const directive = await db
		.selectFrom('directives')
		.innerJoin('units', 'units.id', 'directives.issuer_unit_id')
		.select(['directives.id', 'directives.subject', 'directives.number_display', 'units.name as issuer_name'])
		.where('directives.id', '=', scope.directiveId)
		.executeTakeFirst();
	if (!directive) return undefined;
	const planIds = await dashboardPlanIds(db, scope);
	return {
		kind: 'directive',
		id: directive.id,
		title: directive.subject,
		subtitle: [directive.number_display, directive.issuer_name].filter(Boolean).join(' · '),
		planCount: planIds.length,
		directives: []
	};
}

/** A whole dashboard of a scope at `now`, or undefined when the scope does not exist. */
export async function loadDashboard(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock & { listLimit?: number; activityLimit?: number; weeks?: number; locale?: string }
): Promise<Dashboard | undefined> {
	const heading = await dashboardHeading(db, scope);
	if (!heading) return undefined;
	const limit = clock.listLimit ?? 30;
	const [statistics, overdue, dueSoon, segments, activity, progressOverTime] = await Promise.all([
		dashboardStatistics(db, scope, clock),
		dashboardOverdue(db, scope, { now: clock.now, limit }),
		dashboardDueSoon(db, scope, { now: clock.now, limit }),
		dashboardSegments(db, scope, { now: clock.now }),
		dashboardActivity(db, scope, { limit: clock.activityLimit ?? 15, locale: clock.locale }),
		dashboardProgressOverTime(db, scope, { now: clock.now, weeks: clock.weeks ?? 12 })
	]);
	return {
		heading,
		asOf: clock.now.toISOString(),
		today: todayOf(clock),
		statistics,
		overdue,
		dueSoon,
		segments,
		activity,
		progressOverTime
	};
}
