import {
	DUE_SOON_WINDOWS,
	addDays,
	computeTimeStatus,
	type DashboardTask,
	type Deadline
} from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../../schema.ts';
import { planNumberings } from '../plan-numbers.ts';
import { todayOf, type DashboardClock, type DashboardScope } from './scope.ts';

// The dashboards' task lists (overdue, due soon, a unit's tasks, one task): no query loads more rows than
// it shows.

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

/** What a list asks of the scope's tasks: which, in what order, how many. */
interface ListQuery {
	where: RawBuilder<unknown>;
	orderBy: RawBuilder<unknown>;
	limit: number;
	/** The order is the open tasks' due-date order (`tasks_open_by_due_idx`): see dueOrderedTasks. */
	dueOrdered?: boolean;
}

/**
 * `listed`, the task rows of a directive's list in due order. A directive covering a fifth of the issued plans
 * or more (a national one) walks the open tasks' due-date index and keeps those of its plans until the list is
 * full; a narrower one, whose tasks could lie far down that index, reads its plans' own ranges and sorts them.
 * Both are planned; the one-time filter on `wide` runs one.
 */
function dueOrderedTasks(directiveId: string, query: ListQuery): RawBuilder<unknown> {
	return sql`wide as materialized (
			select (select count(*) from plan_scopes where directive_id = ${directiveId}) * 5
				>= (select count(*) from plans where status <> 'draft') as yes
		),
		listed as (
			(select t.* from tasks t
			where (select yes from wide) and ${query.where}
				and exists (select 1 from plan_scopes s where s.directive_id = ${directiveId} and s.plan_id = t.plan_id)
			order by ${query.orderBy} limit ${query.limit})
			union all
			(select t.* from tasks t
			where not (select yes from wide) and ${query.where}
				and t.plan_id = any(array(select plan_id from plan_scopes where directive_id = ${directiveId}))
			order by ${query.orderBy} limit ${query.limit})
		)`;
}

/** The scope's tasks that meet `where`, ordered and capped, as dashboard tasks at the clock's "now". */
async function scopeTasks(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock,
	query: ListQuery
): Promise<DashboardTask[]> {
	const joins = sql`join plans p on p.id = t.plan_id
		left join task_groups g on g.id = t.group_id
		left join units u on u.id = t.lead_unit_id`;
	const { rows } =
		scope.kind === 'plan'
			? await sql<TaskRow>`
				select ${TASK_COLUMNS} from tasks t ${joins}
				where t.plan_id = ${scope.planId} and ${query.where}
				order by ${query.orderBy}
				limit ${query.limit}`.execute(db)
			: query.dueOrdered
				? await sql<TaskRow>`
					with ${dueOrderedTasks(scope.directiveId, query)}
					select ${TASK_COLUMNS} from listed t ${joins}
					order by ${query.orderBy}`.execute(db)
				: // the tasks the condition names (a unit's, one task) first, then those of the directive's plans:
					// its cost is the unit's tasks, however many plans follow the directive
					await sql<TaskRow>`
					with matching as materialized (select t.* from tasks t where ${query.where})
					select ${TASK_COLUMNS} from matching t ${joins}
					where t.plan_id in (select plan_id from plan_scopes where directive_id = ${scope.directiveId})
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
		limit: clock.limit ?? 50,
		dueOrdered: true
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
		limit: clock.limit ?? 50,
		dueOrdered: true
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
