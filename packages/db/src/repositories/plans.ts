import type { Deadline, PlanDocumentSnapshot } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { foldedLikePattern } from './search.ts';
import { mayReadPlan, type PlanReader } from './plan-readers.ts';

/** Plans with owner, task counts and average progress, for the plan list. */
export async function listPlans(
	db: Kysely<Schema>,
	options: { search?: string; reader?: PlanReader | null } = {}
) {
	let query = db
		.selectFrom('plans')
		.innerJoin('units', 'units.id', 'plans.owner_unit_id')
		.leftJoin('tasks', 'tasks.plan_id', 'plans.id')
		.select([
			'plans.id',
			'plans.title',
			'plans.status',
			'plans.owner_unit_id',
			'units.name as owner_name',
			'plans.updated_at'
		])
		.select((eb) => [
			eb.fn.count<number>('tasks.id').as('task_count'),
			eb.fn.sum<number>(sql<number>`case when tasks.status = 'done' then 1 else 0 end`).as('done_count'),
			sql<number>`coalesce(round(avg(tasks.progress)), 0)::int`.as('progress')
		])
		.groupBy(['plans.id', 'units.name'])
		.orderBy('plans.updated_at', 'desc')
		.orderBy('plans.id');
	// a list for a person shows the drafts they may read, no others (undefined: every plan, for the tools)
	if (options.reader !== undefined) query = query.where(mayReadPlan(options.reader));
	if (options.search?.trim()) {
		query = query.where('plans.search_text', 'like', foldedLikePattern(options.search));
	}
	const rows = await query.execute();
	// count() is int8 and sum() of int is int8/numeric: normalise to numbers on both dialects.
	return rows.map((r) => ({ ...r, task_count: Number(r.task_count), done_count: Number(r.done_count ?? 0) }));
}

/** Whether a plan with this id exists. */
export async function planExists(db: Kysely<Schema>, planId: string): Promise<boolean> {
	const row = await db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
	return row !== undefined;
}

/** One plan with its groups and tasks (coordinators in order), or undefined. */
export async function getPlanWithTasks(db: Kysely<Schema>, planId: string) {
	const plan = await db
		.selectFrom('plans')
		.innerJoin('units', 'units.id', 'plans.owner_unit_id')
		.selectAll('plans')
		.select('units.name as owner_name')
		.where('plans.id', '=', planId)
		.executeTakeFirst();
	if (!plan) return undefined;
	const [groups, tasks, coordinators, implementsRows] = await Promise.all([
		db.selectFrom('task_groups').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
		db
			.selectFrom('tasks')
			.leftJoin('units', 'units.id', 'tasks.lead_unit_id')
			.leftJoin('task_groups', 'task_groups.id', 'tasks.group_id')
			.selectAll('tasks')
			.select(['units.name as lead_name', 'units.short_name as lead_short_name'])
			.where('tasks.plan_id', '=', planId)
			// plan order: groups in their order, tasks in their group's order, ungrouped tasks last
			.orderBy(sql`task_groups.position nulls last`)
			.orderBy('tasks.position')
			.execute(),
		db
			.selectFrom('task_coordinators')
			.innerJoin('tasks', 'tasks.id', 'task_coordinators.task_id')
			.innerJoin('units', 'units.id', 'task_coordinators.unit_id')
			.select([
				'task_coordinators.task_id',
				'task_coordinators.unit_id',
				'units.name as unit_name',
				'units.short_name as unit_short_name'
			])
			.where('tasks.plan_id', '=', planId)
			.orderBy('task_coordinators.task_id')
			.orderBy('task_coordinators.position')
			.execute(),
		db.selectFrom('plan_implements').select('directive_id').where('plan_id', '=', planId).execute()
	]);
	const byTask = new Map<string, { unitId: string; name: string; shortName: string }[]>();
	for (const c of coordinators) {
		const list = byTask.get(c.task_id) ?? [];
		list.push({ unitId: c.unit_id, name: c.unit_name, shortName: c.unit_short_name });
		byTask.set(c.task_id, list);
	}
	return {
		plan,
		implementsDirectiveIds: implementsRows.map((r) => r.directive_id),
		groups,
		tasks: tasks.map((t) => ({ ...t, coordinators: byTask.get(t.id) ?? [] }))
	};
}

/** A plan from the read model as a document snapshot: what a plan's first Y.Doc, or a first paint, shows. */
export function planDocumentSnapshot(
	found: NonNullable<Awaited<ReturnType<typeof getPlanWithTasks>>>
): PlanDocumentSnapshot {
	const indexInGroup = new Map<string | null, number>();
	return {
		title: found.plan.title,
		purpose: found.plan.purpose,
		organisation: found.plan.organisation,
		groups: found.groups.map((g) => ({ id: g.id, code: g.code, title: g.title })),
		tasks: found.tasks.map((t) => {
			const index = indexInGroup.get(t.group_id) ?? 0;
			indexInGroup.set(t.group_id, index + 1);
			return {
				id: t.id,
				groupId: t.group_id,
				index,
				code: t.code,
				content: t.content,
				leadUnitId: t.lead_unit_id,
				coordinatorUnitIds: t.coordinators.map((c) => c.unitId),
				deadline: (t.deadline as Deadline | null) ?? null,
				output: t.output,
				difficulties: t.difficulties,
				extensionRequest: t.extension_request
			};
		})
	};
}
