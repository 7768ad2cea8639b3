import { WORKFLOW_EVENT_TYPES, foldWorkflow, type WorkflowState } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** A plan's comments, suggestions and opinion rounds, folded from its workflow events in the log. */
export async function readWorkflowState(db: Kysely<Schema>, planId: string): Promise<WorkflowState> {
	const rows = await db
		.selectFrom('events')
		.select(['type', 'task_id', 'data', 'user_id', 'unit_id', 'occurred_at'])
		.where('plan_id', '=', planId)
		.where('type', 'in', [...WORKFLOW_EVENT_TYPES])
		.orderBy('seq')
		.execute();
	return foldWorkflow(
		rows.map((r) => ({
			type: r.type,
			taskId: r.task_id,
			data: r.data,
			userId: r.user_id,
			unitId: r.unit_id,
			occurredAt: new Date(r.occurred_at).toISOString()
		}))
	);
}

/** The plans that asked a unit for opinions (in any round), newest first. */
export async function plansAskingOpinions(db: Kysely<Schema>, unitId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('events')
		.select('plan_id')
		.where('type', '=', 'OpinionsRequested')
		.where(sql<boolean>`data->'unitIds' @> ${JSON.stringify([unitId])}::jsonb`)
		.groupBy('plan_id')
		.orderBy(sql`max(position)`, 'desc')
		.execute();
	return rows.map((r) => r.plan_id);
}

/** Whether a unit was asked for opinions on a plan (it may then read the draft). */
export async function isAskedForOpinions(
	db: Kysely<Schema>,
	planId: string,
	unitId: string
): Promise<boolean> {
	const row = await db
		.selectFrom('events')
		.select('seq')
		.where('plan_id', '=', planId)
		.where('type', '=', 'OpinionsRequested')
		.where(sql<boolean>`data->'unitIds' @> ${JSON.stringify([unitId])}::jsonb`)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}
