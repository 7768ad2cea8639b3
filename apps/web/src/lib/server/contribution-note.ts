import { isConcurrencyError, type PreparedDatabase } from '@trienkhai/db';
import {
	can,
	toEventInput,
	type Actor,
	type DenyReason,
	type Plan,
	type Task,
	type TaskContributionNoted
} from '@trienkhai/domain';
import { TASK_NOTE_MAX_LENGTH } from '#lib/components/plan-editor/task-notes.ts';

/** Limits of a contribution note, spelled out in one place. */
export const CONTRIBUTION_NOTE_DEFAULTS = {
	/** A note longer than this is refused: a report paragraph, not a file pasted in. */
	maxLength: TASK_NOTE_MAX_LENGTH,
	/** Appends retried when another writer got to the plan between the read and the append. */
	attempts: 3
} as const;

/** What a coordinating unit asks: write (or, with an empty note, clear) its note on a task. */
export interface ContributionNoteCommand {
	planId: string;
	taskId: string;
	actor: Actor;
	/** ISO instant; the caller's clock. */
	at: string;
	note: string;
}

/** What decideContributionNote knows: the plan, the task's units and the note as it stands. */
export interface ContributionNoteState {
	plan: Pick<Plan, 'status' | 'ownerUnitId' | 'coDrafterUnitIds'>;
	task: Pick<Task, 'leadUnitId' | 'coordinatorUnitIds'>;
	current: string | null;
}

/** The answer: the event to append (null: the note is unchanged), a refusal by the rights, or a bad note. */
export type ContributionNoteDecision =
	| { ok: true; event: TaskContributionNoted | null }
	| { ok: false; refused: 'rights'; reason: DenyReason }
	| { ok: false; refused: 'too_long' };

/**
 * Decides a contribution note (docs/rights.md): only a coordinating unit of the task, on an issued plan, writes
 * its own note; an empty note clears it. Pure: the same check the page uses to offer the form.
 */
export function decideContributionNote(
	command: ContributionNoteCommand,
	state: ContributionNoteState
): ContributionNoteDecision {
	const decision = can({
		unitId: command.actor.unitId,
		plan: state.plan,
		task: state.task,
		action: { kind: 'editTaskField', field: 'contributionNote' },
		contributionUnitId: command.actor.unitId
	});
	if (!decision.allowed) return { ok: false, refused: 'rights', reason: decision.reason };
	const note = command.note.trim();
	if (note.length > CONTRIBUTION_NOTE_DEFAULTS.maxLength) return { ok: false, refused: 'too_long' };
	const to = note === '' ? null : note;
	if (to === state.current) return { ok: true, event: null };
	return {
		ok: true,
		event: {
			type: 'TaskContributionNoted',
			taskId: command.taskId,
			actor: command.actor,
			at: command.at,
			data: { unitId: command.actor.unitId, from: state.current, to }
		}
	};
}

/** The plan, task and note from the read model; null when the plan or the task is not there. */
async function readState(
	db: PreparedDatabase['db'],
	command: ContributionNoteCommand
): Promise<ContributionNoteState | null> {
	const [plan, task, coordinators, note] = await Promise.all([
		db
			.selectFrom('plans')
			.select(['status', 'owner_unit_id', 'co_drafter_unit_ids'])
			.where('id', '=', command.planId)
			.executeTakeFirst(),
		db
			.selectFrom('tasks')
			.select('lead_unit_id')
			.where('id', '=', command.taskId)
			.where('plan_id', '=', command.planId)
			.executeTakeFirst(),
		db
			.selectFrom('task_coordinators')
			.select('unit_id')
			.where('task_id', '=', command.taskId)
			.orderBy('position')
			.execute(),
		db
			.selectFrom('task_contributions')
			.select('note')
			.where('task_id', '=', command.taskId)
			.where('unit_id', '=', command.actor.unitId)
			.executeTakeFirst()
	]);
	if (!plan || !task) return null;
	return {
		plan: {
			status: plan.status,
			ownerUnitId: plan.owner_unit_id,
			coDrafterUnitIds: plan.co_drafter_unit_ids
		},
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
 * Writes a coordinating unit's note on a task as a TaskContributionNoted event. The state is read, the
 * rights decided, and the event appended only if no other event reached the plan in between (the
 * stream's head is the expected one); otherwise it is decided again on the new state.
 */
export async function noteContribution(
	database: PreparedDatabase,
	command: ContributionNoteCommand
): Promise<ContributionNoteOutcome> {
	for (let attempt = 1; ; attempt++) {
		const head = await database.events.head(command.planId);
		const state = await readState(database.db, command);
		if (!state) return { ok: false, refused: 'not_found' };
		const decision = decideContributionNote(command, state);
		if (!decision.ok) return decision;
		if (decision.event === null) return { ok: true, saved: false };
		try {
			await database.events.append({
				planId: command.planId,
				events: [toEventInput(decision.event)],
				expected: { eventSeq: head.eventSeq }
			});
			return { ok: true, saved: true };
		} catch (error) {
			if (!isConcurrencyError(error) || attempt >= CONTRIBUTION_NOTE_DEFAULTS.attempts) throw error;
		}
	}
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
