import type { ChangeNotice, InboxNotice, PreparedDatabase } from '@trienkhai/db';
import { EXCHANGE_EVENT_TYPES, OFFICE_EVENT_TYPES } from '@trienkhai/domain';
import { mayReadPlan } from '#lib/plan-visibility.ts';
import { noticeFacts, type NoticeFacts } from './live-notice-facts.ts';

/** What a person's own pages follow: their notifications, their unit's work, the audit trail they may read. */
export const MY_TOPICS = ['notifications', 'work', 'audit'] as const;
export type MyTopic = (typeof MY_TOPICS)[number];

/** Who reads: the person, their unit and the units under it (the work pages may show those), their role. */
export interface LiveReader {
	userId: string;
	unitId: string;
	isAdmin: boolean;
	/** The reader's unit and the units under it. */
	unitIds: readonly string[];
}

/**
 * Events after which no work page's counts or states move (text typed, comments, refusals, the office's
 * sign-off, the exchange): not worth a reload of every open page of the units involved.
 */
const NO_WORK: ReadonlySet<string> = new Set([
	'PlanCreated',
	'CoDrafterInvited',
	'PlanSectionEdited',
	'TaskTextEdited',
	'TaskContributionNoted',
	'PermissionDenied',
	'CommentPosted',
	'CommentResolved',
	'CommentReopened',
	'ChangeSuggested',
	'SuggestionRejected',
	...OFFICE_EVENT_TYPES,
	...EXCHANGE_EVENT_TYPES
]);

/** A task's own steps: they move the work of its lead and coordinating units only. */
const TASK_UNITS_ONLY: ReadonlySet<string> = new Set([
	'TaskAccepted',
	'TaskStarted',
	'TaskProgressUpdated',
	'TaskPaused',
	'TaskResumed'
]);

/** What moves the work of anyone while the plan is a draft: the opinions asked of units, and its issue. */
const DRAFT_WORK: ReadonlySet<string> = new Set([
	'OpinionsRequested',
	'OpinionGiven',
	'OpinionDecided',
	'PlanIssued'
]);

/** Whether a batch of these types moves the reader's work (counts, states) in the plan. */
function movesWork(reader: LiveReader, facts: NoticeFacts): boolean {
	const ofTasks = reader.unitIds.some((id) => facts.taskUnitIds.has(id));
	const ofPlan = reader.unitIds.some((id) => facts.planUnitIds.has(id));
	return [...facts.types].some(
		(type) =>
			!NO_WORK.has(type) &&
			(facts.visibility.status !== 'draft' || DRAFT_WORK.has(type)) &&
			(ofTasks || (ofPlan && !TASK_UNITS_ONLY.has(type)))
	);
}

/** The topics a committed batch touches for this reader (with the reader's rights applied). */
export async function topicsOfChange(
	database: PreparedDatabase,
	reader: LiveReader,
	notice: ChangeNotice
): Promise<MyTopic[]> {
	const facts = await noticeFacts(database, notice);
	if (!facts || !mayReadPlan(reader, facts.visibility)) return [];
	return movesWork(reader, facts) ? ['audit', 'work'] : ['audit'];
}

/** Whether a change of notification lists concerns this reader. */
export function inboxConcerns(reader: LiveReader, notice: InboxNotice): boolean {
	return notice.unitIds.includes(reader.unitId) || notice.userIds.includes(reader.userId);
}
