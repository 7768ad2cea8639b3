import type { Actor } from '../plan/actor.ts';
import type { IsoDate } from '../time/dates.ts';
import {
	WORKFLOW_EVENT_TYPES,
	type CommentSection,
	type OpinionDecision,
	type OpinionStance,
	type SuggestableField,
	type SuggestedValue,
	type WorkflowEvent
} from './workflow.events.ts';

/** A comment with its thread state. */
export interface CommentView {
	id: string;
	taskId: string | null;
	section: CommentSection;
	text: string;
	mentionUnitIds: string[];
	mentionUserIds: string[];
	replyTo: string | null;
	author: Actor;
	at: string;
	resolved: boolean;
}

/** A tracked change and what became of it. */
export interface SuggestionView {
	id: string;
	taskId: string;
	field: SuggestableField;
	from: SuggestedValue;
	to: SuggestedValue;
	note: string | null;
	author: Actor;
	at: string;
	status: 'open' | 'accepted' | 'rejected';
	decidedBy: Actor | null;
	reason: string | null;
}

/** An opinion round (xin ý kiến). */
export interface OpinionRoundView {
	id: string;
	unitIds: string[];
	dueOn: IsoDate;
	note: string | null;
	by: Actor;
	at: string;
	/** When each unit was last reminded (ISO), by unit id. */
	remindedAt: Record<string, string>;
}

/** An answer of a unit in a round, and the owner's decision on it. */
export interface OpinionView {
	id: string;
	roundId: string;
	taskId: string | null;
	unitId: string;
	userId: string;
	stance: OpinionStance;
	text: string;
	at: string;
	decision: { kind: OpinionDecision; explanation: string; by: Actor; at: string } | null;
}

/** Everything the workflow events of one plan say, in the order they happened. */
export interface WorkflowState {
	comments: CommentView[];
	suggestions: SuggestionView[];
	rounds: OpinionRoundView[];
	opinions: OpinionView[];
}

/** The fields of a stored event the fold reads. */
export interface WorkflowRecord {
	type: string;
	taskId: string | null;
	data: unknown;
	userId: string | null;
	unitId: string | null;
	occurredAt: string;
}

const TYPES: ReadonlySet<string> = new Set(WORKFLOW_EVENT_TYPES);

/** Whether a stored event is a workflow event. */
export function isWorkflowEventType(type: string): type is WorkflowEvent['type'] {
	return TYPES.has(type);
}

/** The state before any workflow event. */
export function emptyWorkflowState(): WorkflowState {
	return { comments: [], suggestions: [], rounds: [], opinions: [] };
}

type Data<T extends WorkflowEvent['type']> = Extract<WorkflowEvent, { type: T }>['data'];

/** Applies one stored event (any type; others are ignored) to the state, in place. */
export function evolveWorkflow(state: WorkflowState, record: WorkflowRecord): WorkflowState {
	const actor: Actor = { userId: record.userId ?? '', unitId: record.unitId ?? '' };
	const at = record.occurredAt;
	switch (record.type) {
		case 'CommentPosted': {
			const d = record.data as Data<'CommentPosted'>;
			state.comments.push({
				id: d.commentId,
				taskId: record.taskId,
				section: d.section,
				text: d.text,
				mentionUnitIds: d.mentionUnitIds,
				mentionUserIds: d.mentionUserIds,
				replyTo: d.replyTo,
				author: actor,
				at,
				resolved: false
			});
			break;
		}
		case 'CommentResolved':
		case 'CommentReopened': {
			const d = record.data as Data<'CommentResolved'>;
			const comment = state.comments.find((c) => c.id === d.commentId);
			if (comment) comment.resolved = record.type === 'CommentResolved';
			break;
		}
		case 'ChangeSuggested': {
			const d = record.data as Data<'ChangeSuggested'>;
			if (record.taskId === null) break;
			state.suggestions.push({
				id: d.suggestionId,
				taskId: record.taskId,
				field: d.field,
				from: d.from,
				to: d.to,
				note: d.note,
				author: actor,
				at,
				status: 'open',
				decidedBy: null,
				reason: null
			});
			break;
		}
		case 'SuggestionAccepted':
		case 'SuggestionRejected': {
			const d = record.data as Data<'SuggestionAccepted'> & Partial<Data<'SuggestionRejected'>>;
			const suggestion = state.suggestions.find((s) => s.id === d.suggestionId);
			if (!suggestion) break;
			suggestion.status = record.type === 'SuggestionAccepted' ? 'accepted' : 'rejected';
			suggestion.decidedBy = actor;
			suggestion.reason = d.reason ?? null;
			break;
		}
		case 'OpinionsRequested': {
			const d = record.data as Data<'OpinionsRequested'>;
			state.rounds.push({
				id: d.roundId,
				unitIds: [...d.unitIds],
				dueOn: d.dueOn,
				note: d.note,
				by: actor,
				at,
				remindedAt: {}
			});
			break;
		}
		case 'OpinionsReminded': {
			const d = record.data as Data<'OpinionsReminded'>;
			const round = state.rounds.find((r) => r.id === d.roundId);
			if (round) for (const unitId of d.unitIds) round.remindedAt[unitId] = at;
			break;
		}
		case 'OpinionGiven': {
			const d = record.data as Data<'OpinionGiven'>;
			state.opinions.push({
				id: d.opinionId,
				roundId: d.roundId,
				taskId: record.taskId,
				unitId: actor.unitId,
				userId: actor.userId,
				stance: d.stance,
				text: d.text,
				at,
				decision: null
			});
			break;
		}
		case 'OpinionDecided': {
			const d = record.data as Data<'OpinionDecided'>;
			const opinion = state.opinions.find((o) => o.id === d.opinionId);
			if (opinion) opinion.decision = { kind: d.decision, explanation: d.explanation, by: actor, at };
			break;
		}
	}
	return state;
}

/** Folds a plan's events (seq order) into its workflow state. */
export function foldWorkflow(records: Iterable<WorkflowRecord>): WorkflowState {
	const state = emptyWorkflowState();
	for (const record of records) evolveWorkflow(state, record);
	return state;
}

/** Every unit asked for opinions in any round of the plan: they may read the draft and comment. */
export function opinionUnitIds(state: Pick<WorkflowState, 'rounds'>): string[] {
	return [...new Set(state.rounds.flatMap((r) => r.unitIds))];
}

/** The units of a round that have not answered yet (no opinion of theirs in it). */
export function unitsOwingOpinions(state: WorkflowState, roundId: string): string[] {
	const round = state.rounds.find((r) => r.id === roundId);
	if (!round) return [];
	const answered = new Set(state.opinions.filter((o) => o.roundId === roundId).map((o) => o.unitId));
	return round.unitIds.filter((u) => !answered.has(u));
}
