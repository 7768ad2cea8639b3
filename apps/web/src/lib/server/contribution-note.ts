import type { Decision, LockedPlan, PreparedDatabase } from '@trienkhai/db';
import {
	decideContributionNote,
	toEventInput,
	type ContributionNoteCommand,
	type ContributionNoteDecision,
	type ContributionNoteState
} from '@trienkhai/domain';
import { TASK_NOTE_MAX_LENGTH } from '#lib/components/plan-editor/task-notes.ts';

/** Limits of a contribution note, spelled out in one place. */
export const CONTRIBUTION_NOTE_DEFAULTS = {
	/** A note longer than this is refused: a report paragraph, not a file pasted in. */
	maxLength: TASK_NOTE_MAX_LENGTH
} as const;

export type { ContributionNoteCommand } from '@trienkhai/domain';

/** The task's units and the unit's note from the read model, under the plan's lock; null: no such task. */
async function readTaskNote(
	{ trx, planId }: LockedPlan,
	command: ContributionNoteCommand
): Promise<Omit<ContributionNoteState, 'plan'> | null> {
	const task = await trx
		.selectFrom('tasks')
		.select('lead_unit_id')
		.where('id', '=', command.taskId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	if (!task) return null;
	const coordinators = await trx
		.selectFrom('task_coordinators')
		.select('unit_id')
		.where('task_id', '=', command.taskId)
		.orderBy('position')
		.execute();
	const note = await trx
		.selectFrom('task_contributions')
		.select('note')
		.where('task_id', '=', command.taskId)
		.where('unit_id', '=', command.actor.unitId)
		.executeTakeFirst();
	return {
		task: { leadUnitId: task.lead_unit_id, coordinatorUnitIds: coordinators.map((c) => c.unit_id) },
		current: note?.note ?? null
	};
}

/** The outcome of noteContribution: saved (or unchanged), or why not. */
export type ContributionNoteOutcome =
	| { ok: true; saved: boolean }
	| { ok: false; refused: 'not_found' }
	| Extract<ContributionNoteDecision, { ok: false }>;

/**
 * Writes a coordinating unit's note on a task as a TaskContributionNoted event, through the event store's
 * write path: under the plan's lock, the rights and the note as stored are read and decided on, and the
 * event appended in the same transaction.
 */
export async function noteContribution(
	database: PreparedDatabase,
	command: ContributionNoteCommand
): Promise<ContributionNoteOutcome> {
	const { value } = await database.events.execute(
		command.planId,
		async (plan): Promise<Decision<ContributionNoteOutcome>> => {
			const stored = plan.rights ? await readTaskNote(plan, command) : null;
			if (!plan.rights || !stored) return { events: [], value: { ok: false, refused: 'not_found' } };
			const decision = decideContributionNote(
				command,
				{ plan: plan.rights, ...stored },
				CONTRIBUTION_NOTE_DEFAULTS.maxLength
			);
			if (!decision.ok) return { events: [], value: decision };
			if (decision.event === null) return { events: [], value: { ok: true, saved: false } };
			return { events: [toEventInput(decision.event)], value: { ok: true, saved: true } };
		}
	);
	return value;
}

/** Every contribution note of a plan's tasks from the read model: task id → coordinating unit id → note. */
export async function planContributions(
	db: PreparedDatabase['db'],
	planId: string
): Promise<Record<string, Record<string, string>>> {
	const rows = await db
		.selectFrom('task_contributions')
		.innerJoin('tasks', 'tasks.id', 'task_contributions.task_id')
		.select(['task_contributions.task_id', 'task_contributions.unit_id', 'task_contributions.note'])
		.where('tasks.plan_id', '=', planId)
		.execute();
	const notes: Record<string, Record<string, string>> = {};
	for (const row of rows) (notes[row.task_id] ??= {})[row.unit_id] = row.note;
	return notes;
}
