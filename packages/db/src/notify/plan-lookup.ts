import type { NotifyLookup } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** A plan as the notifier needs it: the rule lookups, its title, and its tasks' codes. */
export interface NotifierPlan extends NotifyLookup {
	title: string;
	taskCode(taskId: string): string | null;
}

/** Reads what the notification rules may ask about a plan (null: no such plan in the read model). */
export async function readNotifierPlan(db: Kysely<Schema>, planId: string): Promise<NotifierPlan | null> {
	const plan = await db
		.selectFrom('plans')
		.select(['owner_unit_id', 'title'])
		.where('id', '=', planId)
		.executeTakeFirst();
	if (!plan) return null;
	const tasks = await db
		.selectFrom('tasks')
		.select(['id', 'code', 'lead_unit_id'])
		.where('plan_id', '=', planId)
		.execute();
	const coordinators = await db
		.selectFrom('task_coordinators')
		.innerJoin('tasks', 'tasks.id', 'task_coordinators.task_id')
		.select(['task_coordinators.task_id', 'task_coordinators.unit_id'])
		.where('tasks.plan_id', '=', planId)
		.orderBy('task_coordinators.position')
		.execute();
	const comments = await db
		.selectFrom('events')
		.select(['data', 'user_id', 'unit_id'])
		.where('plan_id', '=', planId)
		.where('type', '=', 'CommentPosted')
		.execute();
	const byTask = new Map(
		tasks.map((t) => [t.id, { code: t.code, leadUnitId: t.lead_unit_id, coordinatorUnitIds: [] as string[] }])
	);
	for (const c of coordinators) byTask.get(c.task_id)?.coordinatorUnitIds.push(c.unit_id);
	const authors = new Map(
		comments.map((c) => [
			(c.data as { commentId: string }).commentId,
			{ userId: c.user_id ?? '', unitId: c.unit_id ?? '' }
		])
	);
	return {
		ownerUnitId: plan.owner_unit_id,
		title: plan.title,
		task: (taskId) => byTask.get(taskId) ?? null,
		taskCode: (taskId) => byTask.get(taskId)?.code ?? null,
		assignedUnitIds: () => [
			...new Set(
				[...byTask.values()].flatMap((t) => [
					...(t.leadUnitId ? [t.leadUnitId] : []),
					...t.coordinatorUnitIds
				])
			)
		],
		commentAuthor: (commentId) => authors.get(commentId) ?? null
	};
}
