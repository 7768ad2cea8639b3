import { randomUUID } from 'node:crypto';
import {
	PLAN_SECTIONS,
	parseDeadline,
	parseVietnameseDate,
	type Actor,
	type CommentSection,
	type OpinionDecision,
	type OpinionStance,
	type SuggestableField,
	type SuggestedValue,
	type WorkflowCommand
} from '@trienkhai/domain';

const text = (form: FormData, name: string): string => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};
const all = (form: FormData, name: string): string[] =>
	form.getAll(name).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
const orNull = (value: string): string | null => (value === '' ? null : value);

function section(value: string): CommentSection {
	return (PLAN_SECTIONS as readonly string[]).includes(value) ? (value as CommentSection) : null;
}

/** The suggested value of a field from the form: a deadline is read from its wording ('31/03/2027', 'Quý II/2027'). */
function suggested(field: SuggestableField, raw: string): SuggestedValue {
	if (field === 'deadline') return raw === '' ? null : parseDeadline(raw);
	if (field === 'output') return orNull(raw);
	return raw;
}

/**
 * The workflow command a form of the "Góp ý, xin ý kiến" page asks for (field `command`), with new ids and
 * the time; null for an unknown command. Values are checked by decideWorkflow, not here.
 */
export function parseWorkflowForm(
	form: FormData,
	planId: string,
	actor: Actor,
	now: Date
): WorkflowCommand | null {
	const base = { planId, actor, at: now.toISOString() };
	switch (text(form, 'command')) {
		case 'comment':
			return {
				...base,
				type: 'PostComment',
				commentId: randomUUID(),
				taskId: orNull(text(form, 'taskId')),
				section: section(text(form, 'section')),
				text: text(form, 'text'),
				mentionUnitIds: all(form, 'mention'),
				mentionUserIds: [],
				replyTo: orNull(text(form, 'replyTo'))
			};
		case 'resolve':
			return { ...base, type: 'ResolveComment', commentId: text(form, 'commentId') };
		case 'reopen':
			return { ...base, type: 'ReopenComment', commentId: text(form, 'commentId') };
		case 'suggest': {
			const field = text(form, 'field') as SuggestableField;
			return {
				...base,
				type: 'SuggestChange',
				suggestionId: randomUUID(),
				taskId: text(form, 'taskId'),
				field,
				to: suggested(field, text(form, 'value')),
				note: text(form, 'note')
			};
		}
		case 'accept':
			return { ...base, type: 'AcceptSuggestion', suggestionId: text(form, 'suggestionId') };
		case 'reject':
			return {
				...base,
				type: 'RejectSuggestion',
				suggestionId: text(form, 'suggestionId'),
				reason: text(form, 'reason')
			};
		case 'request':
			return {
				...base,
				type: 'RequestOpinions',
				roundId: randomUUID(),
				unitIds: all(form, 'unitId'),
				dueOn: parseVietnameseDate(text(form, 'dueOn')) ?? text(form, 'dueOn'),
				note: text(form, 'note')
			};
		case 'remind':
			return { ...base, type: 'RemindOpinions', roundId: text(form, 'roundId') };
		case 'opinion':
			return {
				...base,
				type: 'GiveOpinion',
				roundId: text(form, 'roundId'),
				opinionId: randomUUID(),
				taskId: orNull(text(form, 'taskId')),
				stance: text(form, 'stance') as OpinionStance,
				text: text(form, 'text')
			};
		case 'decide':
			return {
				...base,
				type: 'DecideOpinion',
				opinionId: text(form, 'opinionId'),
				decision: text(form, 'decision') as OpinionDecision,
				explanation: text(form, 'explanation')
			};
		default:
			return null;
	}
}
