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
import { sql, type Kysely } from 'kysely';
import type { AppendResult } from '../events/append.ts';
import type { EventStore } from '../events/event-store.ts';
import type { Schema } from '../schema.ts';

/** The plan as decidePlan sees it, from the read model (null when there is none). */
async function readPlan(db: Kysely<Schema>, planId: string): Promise<Plan | null> {
	const row = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
	if (!row) return null;
	const implementsRows = await db
		.selectFrom('plan_implements')
		.select('directive_id')
		.where('plan_id', '=', planId)
		.execute();
	return {
		id: row.id,
		title: row.title,
		ownerUnitId: row.owner_unit_id,
		status: row.status,
		coDrafterUnitIds: row.co_drafter_unit_ids,
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

/**
 * Decides a command against the current state and appends its events, all under the plan's lock, so no
 * other writer can change the state between the decision and the append. Returns null when the command
 * produced no events.
 */
async function decideUnderLock(
	db: Kysely<Schema>,
	store: EventStore,
	planId: string,
	decide: (trx: Kysely<Schema>) => Promise<PlanStreamEvent[]>
): Promise<AppendResult | null> {
	return db.transaction().execute(async (trx) => {
		// the same advisory lock append takes first (locks stack within a transaction): nothing is written yet
		await sql`select pg_advisory_xact_lock(hashtextextended(${planId}, 0))`.execute(trx);
		const events = await decide(trx);
		if (events.length === 0) return null;
		return store.appendIn(trx, { planId, events: events.map(toEventInput) });
	});
}

/** Runs a plan lifecycle command (create, invite a co-drafter, issue, amend); throws DomainError when refused. */
export async function executePlanCommand(
	db: Kysely<Schema>,
	store: EventStore,
	command: PlanCommand
): Promise<AppendResult | null> {
	return decideUnderLock(db, store, command.planId, async (trx) =>
		decidePlan(command, await readPlan(trx, command.planId))
	);
}

/** Runs a task workflow command; throws DomainError when refused (wrong unit, wrong state, plan not issued). */
export async function executeTaskCommand(
	db: Kysely<Schema>,
	store: EventStore,
	planId: string,
	command: TaskCommand
): Promise<AppendResult | null> {
	return decideUnderLock(db, store, planId, async (trx) => {
		const plan = await readPlan(trx, planId);
		if (!plan) throw new DomainError('not_found', `no plan ${planId}`);
		const task = await readTask(trx, planId, command.taskId);
		if (!task) throw new DomainError('not_found', `no task ${command.taskId} in plan ${planId}`);
		return decideTask(command, task, { planStatus: plan.status, ownerUnitId: plan.ownerUnitId });
	});
}
