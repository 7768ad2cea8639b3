import { formatDateVi } from '../time/dates.ts';
import type { DescribeContext } from './describe-event.ts';

const FIELD_EN: Record<string, string> = {
	content: 'text',
	leadUnitId: 'lead unit',
	deadline: 'deadline',
	output: 'output'
};
/** A due date as people read it, dd/mm/yyyy; what is not an ISO date as it is. */
export function dueDateText(value: unknown): string {
	if (typeof value !== 'string') return '';
	try {
		return formatDateVi(value);
	} catch {
		return value;
	}
}

const STANCE_EN: Record<string, string> = {
	agree: 'agrees',
	propose: 'proposes a change',
	comment: 'comments'
};

/** One English sentence for a workflow event (comments, suggestions, opinion rounds), or null for other types. */
export function describeWorkflowEventEn(
	type: string,
	data: Record<string, unknown>,
	task: string | null,
	context: DescribeContext
): string | null {
	const where = task ?? 'Plan';
	const units = (value: unknown) =>
		(Array.isArray(value) ? (value as string[]) : []).map((id) => context.unitName?.(id) ?? id).join(', ');
	const field = typeof data['field'] === 'string' ? (FIELD_EN[data['field']] ?? data['field']) : '';
	switch (type) {
		case 'CommentPosted':
			return `${where}: comment${data['replyTo'] ? ' (reply)' : ''}`;
		case 'CommentResolved':
			return `${where}: comment resolved`;
		case 'CommentReopened':
			return `${where}: comment reopened`;
		case 'ChangeSuggested':
			return `${where}: suggested a new ${field}`;
		case 'SuggestionAccepted':
			return `${where}: accepted the suggested ${field}`.trim();
		case 'SuggestionRejected':
			return `${where}: rejected a suggestion`;
		case 'OpinionsRequested':
			return `Asked ${units(data['unitIds'])} for opinions, due ${dueDateText(data['dueOn'])}`;
		case 'OpinionsReminded':
			return `Reminded ${units(data['unitIds'])} to give opinions`;
		case 'OpinionGiven':
			return `${where}: opinion, ${STANCE_EN[String(data['stance'])] ?? String(data['stance'])}`;
		case 'OpinionDecided':
			return `${where}: ${data['decision'] === 'taken_in' ? 'took in' : 'explained why not taking in'} the opinion of ${units([data['unitId']])}`;
		default:
			return null;
	}
}
