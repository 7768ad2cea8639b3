import type { DenyReason } from '../rights/rights.ts';
import { can } from '../rights/rights.ts';
import type { Actor } from './actor.ts';
import type { TaskContributionNoted } from './content.events.ts';
import type { Plan } from './plan.ts';
import type { Task } from './task.ts';

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
 * Decides a contribution note: only a coordinating unit of the task, on an issued plan, writes
 * its own note; an empty note clears it. Pure: the same check the page uses to offer the form.
 */
export function decideContributionNote(
	command: ContributionNoteCommand,
	state: ContributionNoteState,
	/** The longest note taken (a report paragraph, not a file pasted in). */
	maxLength: number
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
	if (note.length > maxLength) return { ok: false, refused: 'too_long' };
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
