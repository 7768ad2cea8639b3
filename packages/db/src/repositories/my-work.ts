import {
	foldWorkflow,
	unitsOwingOpinions,
	WORKFLOW_EVENT_TYPES,
	type Deadline,
	type MyWorkOpinion,
	type MyWorkTask
} from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** The work of some units across plans: tasks they lead or coordinate, results to confirm, opinions owed. */
export interface MyWorkData {
	tasks: MyWorkTask[];
	opinions: MyWorkOpinion[];
	plans: Array<{ id: string; title: string }>;
	directives: Array<{ id: string; label: string }>;
}

/**
 * Reads the work of the given units (the reader's unit, or it and the units under it): tasks of plans in
 * force (not drafts) they lead or coordinate, results reported on tasks of plans they own (to confirm or
 * return), and opinions their rounds still owe on drafts.
 */
export async function readMyWork(db: Kysely<Schema>, unitIds: readonly string[]): Promise<MyWorkData> {
	if (unitIds.length === 0) return { tasks: [], opinions: [], plans: [], directives: [] };
	const ids = [...unitIds];
	const base = db
		.selectFrom('tasks')
		.innerJoin('plans', 'plans.id', 'tasks.plan_id')
		.select([
			'tasks.id',
			'tasks.plan_id',
			'plans.title as plan_title',
			'tasks.code',
			'tasks.content',
			'tasks.status',
			'tasks.progress',
			'tasks.deadline',
			'tasks.completed_on',
			'tasks.lead_unit_id',
			'plans.owner_unit_id'
		])
		.where('plans.status', '<>', 'draft');
	const [led, coordinated, toConfirm] = await Promise.all([
		base.where('tasks.lead_unit_id', 'in', ids).execute(),
		base
			.innerJoin('task_coordinators as tc', 'tc.task_id', 'tasks.id')
			.select('tc.unit_id as coordinator')
			.where('tc.unit_id', 'in', ids)
			.execute(),
		base.where('plans.owner_unit_id', 'in', ids).where('tasks.status', '=', 'reported').execute()
	]);
	const row = (r: (typeof led)[number], unitId: string, role: MyWorkTask['role']) => ({
		id: r.id,
		planId: r.plan_id,
		planTitle: r.plan_title,
		directiveIds: [] as string[],
		code: r.code,
		content: r.content,
		unitId,
		role,
		status: r.status,
		progress: r.progress,
		deadline: (r.deadline as Deadline | null) ?? null,
		completedOn: r.completed_on
	});
	const tasks: MyWorkTask[] = [
		...toConfirm.map((r) => row(r, r.owner_unit_id, 'owner')),
		...led.map((r) => row(r, r.lead_unit_id ?? '', 'lead')),
		...coordinated.map((r) => row(r, r.coordinator, 'coordinator'))
	];
	const opinions = await owedOpinions(db, ids);
	const planIds = [...new Set([...tasks.map((t) => t.planId), ...opinions.map((o) => o.planId)])];
	const implementsRows = planIds.length
		? await db
				.selectFrom('plan_implements')
				.innerJoin('directives', 'directives.id', 'plan_implements.directive_id')
				.select([
					'plan_implements.plan_id',
					'directives.id',
					'directives.number_display',
					'directives.subject'
				])
				.where('plan_implements.plan_id', 'in', planIds)
				.execute()
		: [];
	for (const task of tasks) {
		task.directiveIds = implementsRows.filter((r) => r.plan_id === task.planId).map((r) => r.id);
	}
	const plans = new Map<string, string>();
	for (const t of tasks) plans.set(t.planId, t.planTitle);
	for (const o of opinions) plans.set(o.planId, o.planTitle);
	const directives = new Map(implementsRows.map((r) => [r.id, r.number_display ?? r.subject]));
	return {
		tasks,
		opinions,
		plans: [...plans]
			.map(([id, title]) => ({ id, title }))
			.sort((a, b) => a.title.localeCompare(b.title, 'vi')),
		directives: [...directives].map(([id, label]) => ({ id, label }))
	};
}

/** Opinions the units owe: rounds that asked them, on plans not yet issued, with no answer of theirs. */
async function owedOpinions(db: Kysely<Schema>, unitIds: string[]): Promise<MyWorkOpinion[]> {
	const events = await db
		.selectFrom('events')
		.innerJoin('plans', 'plans.id', 'events.plan_id')
		.select([
			'events.plan_id',
			'plans.title',
			'events.type',
			'events.task_id',
			'events.data',
			'events.user_id',
			'events.unit_id',
			'events.occurred_at'
		])
		.where('plans.status', '<>', 'issued')
		.where('events.type', 'in', [...WORKFLOW_EVENT_TYPES])
		.where('events.plan_id', 'in', (eb) =>
			eb.selectFrom('events').select('plan_id').where('type', '=', 'OpinionsRequested')
		)
		.orderBy('events.plan_id')
		.orderBy('events.seq')
		.execute();
	const byPlan = new Map<string, typeof events>();
	for (const e of events) byPlan.set(e.plan_id, [...(byPlan.get(e.plan_id) ?? []), e]);
	const out: MyWorkOpinion[] = [];
	for (const [planId, rows] of byPlan) {
		const state = foldWorkflow(
			rows.map((r) => ({
				type: r.type,
				taskId: r.task_id,
				data: r.data,
				userId: r.user_id,
				unitId: r.unit_id,
				occurredAt: new Date(r.occurred_at).toISOString()
			}))
		);
		for (const round of state.rounds) {
			for (const unitId of unitsOwingOpinions(state, round.id).filter((u) => unitIds.includes(u))) {
				out.push({ planId, planTitle: rows[0]!.title, roundId: round.id, unitId, dueOn: round.dueOn });
			}
		}
	}
	return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
