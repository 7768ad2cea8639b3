import { numberPlan, type PlanNumbering } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** The numbering (numberPlan) of each of these plans from the read model's order, by plan id. */
export async function planNumberings(
	db: Kysely<Schema>,
	planIds: readonly string[]
): Promise<Map<string, PlanNumbering>> {
	const ids = [...new Set(planIds)];
	if (ids.length === 0) return new Map();
	const [groups, tasks] = await Promise.all([
		db
			.selectFrom('task_groups')
			.select(['id', 'plan_id'])
			.where('plan_id', 'in', ids)
			.orderBy('plan_id')
			.orderBy('position')
			.execute(),
		db
			.selectFrom('tasks')
			.select(['id', 'plan_id', 'group_id', 'position'])
			.where('plan_id', 'in', ids)
			.execute()
	]);
	return new Map(
		ids.map((planId) => [
			planId,
			numberPlan(
				groups.filter((g) => g.plan_id === planId),
				tasks
					.filter((t) => t.plan_id === planId)
					.map((t) => ({ id: t.id, groupId: t.group_id, position: t.position }))
			)
		])
	);
}

/** The numbering of a plan read with its groups and tasks (getPlanWithTasks). */
export function numberingOf(found: {
	groups: ReadonlyArray<{ id: string }>;
	tasks: ReadonlyArray<{ id: string; group_id: string | null; position: number }>;
}): PlanNumbering {
	return numberPlan(
		found.groups,
		found.tasks.map((t) => ({ id: t.id, groupId: t.group_id, position: t.position }))
	);
}
