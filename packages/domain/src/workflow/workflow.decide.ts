import type { Actor } from '../plan/actor.ts';
import type { Plan } from '../plan/plan.ts';
import type { Task } from '../plan/task.ts';
import { isIsoDate, type IsoDate } from '../time/dates.ts';
import {
	mayComment,
	mayGiveOpinion,
	mayManageDraft,
	maySuggest,
	type WorkflowDenyReason
} from './workflow.rights.ts';
import type {
	CommentSection,
	OpinionDecision,
	OpinionStance,
	SuggestableField,
	SuggestedValue,
	WorkflowEvent
} from './workflow.events.ts';
import { OPINION_STANCES, SUGGESTABLE_FIELDS } from './workflow.events.ts';
import { opinionUnitIds, unitsOwingOpinions, type WorkflowState } from './workflow.state.ts';

/** The longest comment, opinion, note or reason taken (a paragraph, not a file pasted in). */
export const WORKFLOW_TEXT_MAX = 4000;

interface Base {
	planId: string;
	actor: Actor;
	/** ISO instant; the caller's clock. */
	at: string;
}

/** What a unit asks of a draft's workflow. Ids arrive in the command (decide makes none). */
export type WorkflowCommand = Base &
	(
		| {
				type: 'PostComment';
				commentId: string;
				taskId: string | null;
				section: CommentSection;
				text: string;
				mentionUnitIds: string[];
				mentionUserIds: string[];
				replyTo: string | null;
		  }
		| { type: 'ResolveComment' | 'ReopenComment'; commentId: string }
		| {
				type: 'SuggestChange';
				suggestionId: string;
				taskId: string;
				field: SuggestableField;
				to: SuggestedValue;
				note: string;
		  }
		| { type: 'AcceptSuggestion'; suggestionId: string }
		| { type: 'RejectSuggestion'; suggestionId: string; reason: string }
		| { type: 'RequestOpinions'; roundId: string; unitIds: string[]; dueOn: string; note: string }
		| { type: 'RemindOpinions'; roundId: string }
		| {
				type: 'GiveOpinion';
				roundId: string;
				opinionId: string;
				taskId: string | null;
				stance: OpinionStance;
				text: string;
		  }
		| { type: 'DecideOpinion'; opinionId: string; decision: OpinionDecision; explanation: string }
	);

/** A task as the workflow needs it: its units and the current values of the suggestable fields. */
export type WorkflowTask = Pick<
	Task,
	'leadUnitId' | 'coordinatorUnitIds' | 'content' | 'deadline' | 'output'
>;

/** What decideWorkflow knows: the plan's rights, its tasks, the workflow so far, and the known units. */
export interface WorkflowContext {
	plan: Pick<Plan, 'status' | 'ownerUnitId' | 'coDrafterUnitIds'>;
	tasks: ReadonlyMap<string, WorkflowTask>;
	state: WorkflowState;
	unitExists(unitId: string): boolean;
	/** The calendar day today (Vietnam), for the round's due date. */
	today: IsoDate;
}

/** Why a command was refused. */
export type WorkflowRefusal =
	| { refused: 'rights'; reason: WorkflowDenyReason }
	| { refused: 'not_found' }
	| { refused: 'invalid'; problem: WorkflowProblem }
	| { refused: 'already_decided' };

/** What is wrong with a command's input; stable codes the UI translates. */
export type WorkflowProblem =
	| 'empty_text'
	| 'too_long'
	| 'bad_field'
	| 'unchanged'
	| 'no_units'
	| 'unknown_unit'
	| 'bad_due_date'
	| 'bad_stance'
	| 'nothing_owed';

export type WorkflowOutcome = { ok: true; events: WorkflowEvent[] } | ({ ok: false } & WorkflowRefusal);

const rights = (reason: WorkflowDenyReason): WorkflowOutcome => ({ ok: false, refused: 'rights', reason });
const invalid = (problem: WorkflowProblem): WorkflowOutcome => ({ ok: false, refused: 'invalid', problem });
const NOT_FOUND: WorkflowOutcome = { ok: false, refused: 'not_found' };

function checkText(text: string, required: boolean): WorkflowProblem | null {
	if (required && text.trim() === '') return 'empty_text';
	return text.length > WORKFLOW_TEXT_MAX ? 'too_long' : null;
}

/** The current value of a suggestable field of a task. */
export function suggestableValue(task: WorkflowTask, field: SuggestableField): SuggestedValue {
	switch (field) {
		case 'content':
			return task.content;
		case 'leadUnitId':
			return task.leadUnitId;
		case 'deadline':
			return task.deadline;
		case 'output':
			return task.output;
	}
}

/**
 * Decides a workflow command against the plan as stored: comments and suggestions by the rights
 * (mayComment, maySuggest), suggestions and opinion rounds decided by the owner, opinions given by the
 * units asked. Pure; returns the events to append or why not.
 */
export function decideWorkflow(command: WorkflowCommand, context: WorkflowContext): WorkflowOutcome {
	const { actor, at } = command;
	const { plan, state } = context;
	const base = { actor, at };
	const asked = opinionUnitIds(state);
	switch (command.type) {
		case 'PostComment': {
			const task = command.taskId === null ? undefined : context.tasks.get(command.taskId);
			if (command.taskId !== null && !task) return NOT_FOUND;
			if (command.replyTo !== null && !state.comments.some((c) => c.id === command.replyTo)) return NOT_FOUND;
			const allowed = mayComment({ unitId: actor.unitId, plan, task, opinionUnitIds: asked });
			if (!allowed.allowed) return rights(allowed.reason);
			const problem = checkText(command.text, true);
			if (problem) return invalid(problem);
			const mentionUnitIds = [...new Set(command.mentionUnitIds)];
			if (mentionUnitIds.some((u) => !context.unitExists(u))) return invalid('unknown_unit');
			const data = {
				commentId: command.commentId,
				section: command.taskId === null ? command.section : null,
				text: command.text.trim(),
				mentionUnitIds,
				mentionUserIds: [...new Set(command.mentionUserIds)],
				replyTo: command.replyTo
			};
			return { ok: true, events: [{ ...base, type: 'CommentPosted', taskId: command.taskId, data }] };
		}
		case 'ResolveComment':
		case 'ReopenComment': {
			const comment = state.comments.find((c) => c.id === command.commentId);
			if (!comment) return NOT_FOUND;
			const task = comment.taskId === null ? undefined : context.tasks.get(comment.taskId);
			const allowed = mayComment({ unitId: actor.unitId, plan, task, opinionUnitIds: asked });
			if (!allowed.allowed) return rights(allowed.reason);
			if (comment.resolved === (command.type === 'ResolveComment')) return { ok: true, events: [] };
			const type = command.type === 'ResolveComment' ? 'CommentResolved' : 'CommentReopened';
			return {
				ok: true,
				events: [{ ...base, type, taskId: comment.taskId, data: { commentId: comment.id } }]
			};
		}
		case 'SuggestChange': {
			const task = context.tasks.get(command.taskId);
			if (!task) return NOT_FOUND;
			if (!(SUGGESTABLE_FIELDS as readonly string[]).includes(command.field)) return invalid('bad_field');
			const allowed = maySuggest({
				unitId: actor.unitId,
				plan,
				task,
				field: command.field,
				opinionUnitIds: asked
			});
			if (!allowed.allowed) return rights(allowed.reason);
			const problem = checkText(command.note, false);
			if (problem) return invalid(problem);
			const to = command.to;
			if (command.field === 'leadUnitId' && (typeof to !== 'string' || !context.unitExists(to)))
				return invalid('unknown_unit');
			if ((command.field === 'content' || command.field === 'output') && typeof to === 'string') {
				const textProblem = checkText(to, command.field === 'content');
				if (textProblem) return invalid(textProblem);
			}
			const from = suggestableValue(task, command.field);
			if (JSON.stringify(from) === JSON.stringify(to)) return invalid('unchanged');
			const data = {
				suggestionId: command.suggestionId,
				field: command.field,
				from,
				to,
				note: command.note.trim() || null
			};
			return { ok: true, events: [{ ...base, type: 'ChangeSuggested', taskId: command.taskId, data }] };
		}
		case 'AcceptSuggestion':
		case 'RejectSuggestion': {
			const suggestion = state.suggestions.find((s) => s.id === command.suggestionId);
			if (!suggestion || !context.tasks.has(suggestion.taskId)) return NOT_FOUND;
			const allowed = mayManageDraft({ unitId: actor.unitId, plan });
			if (!allowed.allowed) return rights(allowed.reason);
			if (suggestion.status !== 'open') return { ok: false, refused: 'already_decided' };
			const taskId = suggestion.taskId;
			if (command.type === 'AcceptSuggestion') {
				const data = {
					suggestionId: suggestion.id,
					suggestedBy: suggestion.author,
					field: suggestion.field,
					to: suggestion.to
				};
				return { ok: true, events: [{ ...base, type: 'SuggestionAccepted', taskId, data }] };
			}
			const problem = checkText(command.reason, true);
			if (problem) return invalid(problem);
			const data = {
				suggestionId: suggestion.id,
				suggestedBy: suggestion.author,
				reason: command.reason.trim()
			};
			return { ok: true, events: [{ ...base, type: 'SuggestionRejected', taskId, data }] };
		}
		case 'RequestOpinions': {
			const allowed = mayManageDraft({ unitId: actor.unitId, plan });
			if (!allowed.allowed) return rights(allowed.reason);
			const unitIds = [...new Set(command.unitIds)].filter((u) => u !== plan.ownerUnitId);
			if (unitIds.length === 0) return invalid('no_units');
			if (unitIds.some((u) => !context.unitExists(u))) return invalid('unknown_unit');
			if (!isIsoDate(command.dueOn) || command.dueOn < context.today) return invalid('bad_due_date');
			const problem = checkText(command.note, false);
			if (problem) return invalid(problem);
			const data = {
				roundId: command.roundId,
				unitIds,
				dueOn: command.dueOn,
				note: command.note.trim() || null
			};
			return { ok: true, events: [{ ...base, type: 'OpinionsRequested', taskId: null, data }] };
		}
		case 'RemindOpinions': {
			if (!state.rounds.some((r) => r.id === command.roundId)) return NOT_FOUND;
			const allowed = mayManageDraft({ unitId: actor.unitId, plan });
			if (!allowed.allowed) return rights(allowed.reason);
			const unitIds = unitsOwingOpinions(state, command.roundId);
			if (unitIds.length === 0) return invalid('nothing_owed');
			const data = { roundId: command.roundId, unitIds };
			return { ok: true, events: [{ ...base, type: 'OpinionsReminded', taskId: null, data }] };
		}
		case 'GiveOpinion': {
			const round = state.rounds.find((r) => r.id === command.roundId);
			if (!round) return NOT_FOUND;
			if (command.taskId !== null && !context.tasks.has(command.taskId)) return NOT_FOUND;
			const allowed = mayGiveOpinion(actor.unitId, round.unitIds);
			if (!allowed.allowed) return rights(allowed.reason);
			if (plan.status === 'issued') return rights('plan_frozen');
			if (!(OPINION_STANCES as readonly string[]).includes(command.stance)) return invalid('bad_stance');
			const problem = checkText(command.text, command.stance !== 'agree');
			if (problem) return invalid(problem);
			const data = {
				roundId: round.id,
				opinionId: command.opinionId,
				stance: command.stance,
				text: command.text.trim()
			};
			return { ok: true, events: [{ ...base, type: 'OpinionGiven', taskId: command.taskId, data }] };
		}
		case 'DecideOpinion': {
			const opinion = state.opinions.find((o) => o.id === command.opinionId);
			if (!opinion) return NOT_FOUND;
			const allowed = mayManageDraft({ unitId: actor.unitId, plan });
			if (!allowed.allowed) return rights(allowed.reason);
			if (command.decision !== 'taken_in' && command.decision !== 'explained') return invalid('bad_stance');
			// an explanation (giải trình) says why the opinion was not taken in; taking in may go without words
			const problem = checkText(command.explanation, command.decision === 'explained');
			if (problem) return invalid(problem);
			const data = {
				roundId: opinion.roundId,
				opinionId: opinion.id,
				unitId: opinion.unitId,
				decision: command.decision,
				explanation: command.explanation.trim()
			};
			return { ok: true, events: [{ ...base, type: 'OpinionDecided', taskId: opinion.taskId, data }] };
		}
	}
}
