import {
	DomainError,
	decidePlan,
	decideTask,
	toEventInput,
	type Deadline,
	type Plan,
	type PlanCommand,
	type PlanStreamEvent,
	type ResumableTaskStatus,
	type Task,
	type TaskCommand
} from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { AppendResult } from '../events/batch.ts';
import type { EventStore } from '../events/event-store.ts';
import type { Decision, LockedPlan } from '../events/execute.ts';
import type { Schema } from '../schema.ts';

/** The plan as decidePlan sees it: its rights as the write path read them, the rest from the read model. */
export async function readPlan({ trx, planId, rights }: LockedPlan): Promise<Plan | null> {
	if (!rights) return null;
	const row = await trx
		.selectFrom('plans')
		.select(['title', 'issued_at', 'revision'])
		.where('id', '=', planId)
		.executeTakeFirstOrThrow();
	const implementsRows = await trx
		.selectFrom('plan_implements')
		.select('directive_id')
		.where('plan_id', '=', planId)
		.execute();
	return {
		id: planId,
		title: row.title,
		...rights,
		implementsDirectiveIds: implementsRows.map((r) => r.directive_id),
		issuedAt: row.issued_at ? new Date(row.issued_at).toISOString() : null,
		revision: row.revision
	};
}

/** The task as decideTask sees it, from the read model. */
async function readTask(db: Kysely<Schema>, planId: string, taskId: string): Promise<Task | null> {
	const row = await db
		.selectFrom('tasks')
		.selectAll()
		.where('id', '=', taskId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	if (!row) return null;
	const coordinators = await db
		.selectFrom('task_coordinators')
		.select('unit_id')
		.where('task_id', '=', taskId)
		.orderBy('position')
		.execute();
	return {
		id: row.id,
		planId: row.plan_id,
		code: row.code,
		content: row.content,
		leadUnitId: row.lead_unit_id,
		coordinatorUnitIds: coordinators.map((c) => c.unit_id),
		deadline: (row.deadline as Deadline | null) ?? null,
		output: row.output,
		status: row.status,
		progress: row.progress,
		completedOn: row.completed_on,
		pausedFrom: (row.paused_from as ResumableTaskStatus | null) ?? null
	};
}

function decided(events: readonly PlanStreamEvent[]): Decision<null> {
	return { events: events.map(toEventInput), value: null };
}

/** Runs a plan lifecycle command (create, invite a co-drafter, issue, amend); throws DomainError when refused. */
export async function executePlanCommand(
	store: EventStore,
	command: PlanCommand
): Promise<AppendResult | null> {
	const { result } = await store.execute(command.planId, async (plan) =>
		decided(decidePlan(command, await readPlan(plan)))
	);
	return result;
}

/** Runs a task workflow command; throws DomainError when refused (wrong unit, wrong state, plan not issued). */
export async function executeTaskCommand(
	store: EventStore,
	planId: string,
	command: TaskCommand
): Promise<AppendResult | null> {
	const { result } = await store.execute(planId, async ({ trx, rights }) => {
		if (!rights) throw new DomainError('not_found', `no plan ${planId}`);
		const task = await readTask(trx, planId, command.taskId);
		if (!task) throw new DomainError('not_found', `no task ${command.taskId} in plan ${planId}`);
		return decided(decideTask(command, task, { planStatus: rights.status, ownerUnitId: rights.ownerUnitId }));
	});
	return result;
}
