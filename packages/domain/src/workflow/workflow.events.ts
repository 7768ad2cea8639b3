import type { Actor } from '../plan/actor.ts';
import type { PlanSection } from '../plan/content.events.ts';
import type { Deadline } from '../plan/deadline.ts';
import type { IsoDate } from '../time/dates.ts';

/**
 * Events of the office's work around a draft: comment threads, tracked suggestions by units that may not
 * edit, and opinion rounds (xin ý kiến) with each opinion taken in (tiếp thu) or explained (giải trình).
 * They change nothing the plan says; an accepted suggestion is applied as the owner's own edit beside its
 * SuggestionAccepted. `taskId` is the task concerned, null for a section or the plan as a whole.
 */
interface WorkflowEventBase<T extends string, D> {
	type: T;
	taskId: string | null;
	actor: Actor;
	/** ISO instant */
	at: string;
	data: D;
}

/** Where a comment sits when it is not on a task: a plan text, or the plan in general (null). */
export type CommentSection = PlanSection | null;

/** A comment was posted on a task (taskId) or a section, mentioning units and people, maybe as a reply. */
export type CommentPosted = WorkflowEventBase<
	'CommentPosted',
	{
		commentId: string;
		section: CommentSection;
		text: string;
		mentionUnitIds: string[];
		mentionUserIds: string[];
		replyTo: string | null;
	}
>;
/** A comment thread was marked resolved. */
export type CommentResolved = WorkflowEventBase<'CommentResolved', { commentId: string }>;
/** A resolved comment thread was opened again. */
export type CommentReopened = WorkflowEventBase<'CommentReopened', { commentId: string }>;

/** The task fields a unit may propose a new value for. */
export type SuggestableField = 'content' | 'leadUnitId' | 'deadline' | 'output';
export const SUGGESTABLE_FIELDS = [
	'content',
	'leadUnitId',
	'deadline',
	'output'
] as const satisfies readonly SuggestableField[];

/** The value of a suggestable field: text for content and output, a unit id, a deadline. */
export type SuggestedValue = string | Deadline | null;

/** A unit that may not edit a task proposed a new value for one of its fields (a tracked change). */
export type ChangeSuggested = WorkflowEventBase<
	'ChangeSuggested',
	{
		suggestionId: string;
		field: SuggestableField;
		from: SuggestedValue;
		to: SuggestedValue;
		note: string | null;
	}
>;
/** The owner accepted a suggestion; the change itself follows as the owner's edit, attributed to both. */
export type SuggestionAccepted = WorkflowEventBase<
	'SuggestionAccepted',
	{ suggestionId: string; suggestedBy: Actor; field: SuggestableField; to: SuggestedValue }
>;
/** The owner rejected a suggestion, saying why. */
export type SuggestionRejected = WorkflowEventBase<
	'SuggestionRejected',
	{ suggestionId: string; suggestedBy: Actor; reason: string }
>;

/** The owner sent the draft to units for their opinions, answers due by `dueOn`. */
export type OpinionsRequested = WorkflowEventBase<
	'OpinionsRequested',
	{ roundId: string; unitIds: string[]; dueOn: IsoDate; note: string | null }
>;
/** The owner reminded units of a round that have not answered. */
export type OpinionsReminded = WorkflowEventBase<'OpinionsReminded', { roundId: string; unitIds: string[] }>;

/** How a unit answers: agrees, proposes a change, or comments. */
export type OpinionStance = 'agree' | 'propose' | 'comment';
export const OPINION_STANCES = ['agree', 'propose', 'comment'] as const satisfies readonly OpinionStance[];

/** A unit asked for opinions answered, on a task (taskId) or in general. */
export type OpinionGiven = WorkflowEventBase<
	'OpinionGiven',
	{ roundId: string; opinionId: string; stance: OpinionStance; text: string }
>;

/** What the owner did with an opinion: took it in (tiếp thu) or explained why not (giải trình). */
export type OpinionDecision = 'taken_in' | 'explained';

/** The owner decided on an opinion. */
export type OpinionDecided = WorkflowEventBase<
	'OpinionDecided',
	{ roundId: string; opinionId: string; unitId: string; decision: OpinionDecision; explanation: string }
>;

/** Every workflow event of a plan stream. */
export type WorkflowEvent =
	| CommentPosted
	| CommentResolved
	| CommentReopened
	| ChangeSuggested
	| SuggestionAccepted
	| SuggestionRejected
	| OpinionsRequested
	| OpinionsReminded
	| OpinionGiven
	| OpinionDecided;

/** The workflow event type names, for validating stored events. */
export const WORKFLOW_EVENT_TYPES = [
	'CommentPosted',
	'CommentResolved',
	'CommentReopened',
	'ChangeSuggested',
	'SuggestionAccepted',
	'SuggestionRejected',
	'OpinionsRequested',
	'OpinionsReminded',
	'OpinionGiven',
	'OpinionDecided'
] as const satisfies ReadonlyArray<WorkflowEvent['type']>;
