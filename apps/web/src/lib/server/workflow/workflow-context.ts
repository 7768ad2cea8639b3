import { readWorkflowState, type Database } from '@trienkhai/db';
import { localDateOf, type Deadline, type WorkflowContext, type WorkflowTask } from '@trienkhai/domain';

/** The plan's rights as stored (status, owner, co-drafters). */
export type StoredRights = WorkflowContext['plan'];

/** Reads what decideWorkflow needs about a plan, with the reader given (a transaction under the plan's lock). */
export async function readWorkflowContext(
	db: Database['db'],
	planId: string,
	rights: StoredRights,
	now: Date
): Promise<WorkflowContext> {
	const rows = await db
		.selectFrom('tasks')
		.select(['id', 'content', 'lead_unit_id', 'deadline', 'output'])
		.where('plan_id', '=', planId)
		.execute();
	const coordinators = await db
		.selectFrom('task_coordinators')
		.innerJoin('tasks', 'tasks.id', 'task_coordinators.task_id')
		.select(['task_coordinators.task_id', 'task_coordinators.unit_id'])
		.where('tasks.plan_id', '=', planId)
		.orderBy('task_coordinators.position')
		.execute();
	const tasks = new Map<string, WorkflowTask>(
		rows.map((r) => [
			r.id,
			{
				content: r.content,
				leadUnitId: r.lead_unit_id,
				coordinatorUnitIds: [],
				deadline: (r.deadline as Deadline | null) ?? null,
				output: r.output
			}
		])
	);
	for (const c of coordinators) tasks.get(c.task_id)?.coordinatorUnitIds.push(c.unit_id);
	const units = new Set((await db.selectFrom('units').select('id').execute()).map((u) => u.id));
	return {
		plan: rights,
		tasks,
		state: await readWorkflowState(db, planId),
		unitExists: (id) => units.has(id),
		today: localDateOf(now)
	};
}
