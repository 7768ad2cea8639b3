import type { WorkflowRecord } from './workflow.state.ts';

/** Who a notification goes to: whole units (everyone in them) and single people. */
export interface Recipients {
	unitIds: string[];
	userIds: string[];
}

/** What a rule may look up about the plan an event belongs to (read by the caller, as stored). */
export interface NotifyLookup {
	ownerUnitId: string;
	/** The task's lead and coordinating units; null when the plan has no such task. */
	task(taskId: string): { leadUnitId: string | null; coordinatorUnitIds: string[] } | null;
	/** Every unit that leads or coordinates a task of the plan. */
	assignedUnitIds(): string[];
	/** The author of a comment (for replies). */
	commentAuthor(commentId: string): { userId: string; unitId: string } | null;
}

/** The message keys of workflow notifications; the page renders each in the reader's language. */
export type NotificationKey =
	| 'assigned'
	| 'assigned_coordinator'
	| 'invited'
	| 'opinions_requested'
	| 'opinions_reminded'
	| 'opinion_given'
	| 'opinion_decided'
	| 'plan_issued'
	| 'result_reported'
	| 'result_returned'
	| 'result_confirmed'
	| 'comment_mention'
	| 'comment_reply'
	| 'suggestion_made'
	| 'suggestion_decided'
	| 'signature_requested'
	| 'signature_returned'
	| 'signature_approved'
	| 'document_received'
	| 'receipt_confirmed'
	| 'receipt_assigned'
	| 'units_merged';

type Rule = { key: NotificationKey; to: (event: WorkflowRecord, plan: NotifyLookup) => Partial<Recipients> };

type Data = Record<string, unknown>;
const data = (event: WorkflowRecord): Data => (event.data ?? {}) as Data;
const ids = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const one = (value: unknown): string[] => (typeof value === 'string' && value !== '' ? [value] : []);
const lead = (event: WorkflowRecord, plan: NotifyLookup) =>
	one(event.taskId && plan.task(event.taskId)?.leadUnitId);
const owner = (_: WorkflowRecord, plan: NotifyLookup) => ({ unitIds: [plan.ownerUnitId] });
/** The recipient units (nơi nhận) an issue event names. */
const issueRecipients = (event: WorkflowRecord): string[] => {
	const issue = data(event)['issue'] as { recipients?: Array<{ unitId?: unknown }> } | undefined;
	return (issue?.recipients ?? []).flatMap((r) => one(r.unitId));
};
const actorOf = (value: unknown) => (value ?? {}) as { userId?: string; unitId?: string };

/**
 * Event type → notification: the one table that says who hears of what. Adding a notification for a new
 * event type is one line here (its message key goes in the message catalogue).
 */
export const NOTIFICATION_RULES: Readonly<Record<string, readonly Rule[]>> = {
	TaskCreated: [{ key: 'assigned', to: (e) => ({ unitIds: one(data(e)['leadUnitId']) }) }],
	TaskFieldChanged: [
		{
			key: 'assigned',
			to: (e) => ({ unitIds: data(e)['field'] === 'leadUnitId' ? one(data(e)['to']) : [] })
		},
		{
			key: 'assigned_coordinator',
			to: (e) => {
				const d = data(e);
				if (d['field'] !== 'coordinatorUnitIds') return {};
				const before = new Set(ids(d['from']));
				return { unitIds: ids(d['to']).filter((u) => !before.has(u)) };
			}
		}
	],
	CoDrafterInvited: [{ key: 'invited', to: (e) => ({ unitIds: one(data(e)['unitId']) }) }],
	OpinionsRequested: [{ key: 'opinions_requested', to: (e) => ({ unitIds: ids(data(e)['unitIds']) }) }],
	OpinionsReminded: [{ key: 'opinions_reminded', to: (e) => ({ unitIds: ids(data(e)['unitIds']) }) }],
	OpinionGiven: [{ key: 'opinion_given', to: owner }],
	OpinionDecided: [{ key: 'opinion_decided', to: (e) => ({ unitIds: one(data(e)['unitId']) }) }],
	PlanIssued: [
		{ key: 'plan_issued', to: (_, plan) => ({ unitIds: plan.assignedUnitIds() }) },
		{ key: 'document_received', to: (e) => ({ unitIds: issueRecipients(e) }) }
	],
	PlanAmendmentIssued: [
		{ key: 'plan_issued', to: (_, plan) => ({ unitIds: plan.assignedUnitIds() }) },
		{ key: 'document_received', to: (e) => ({ unitIds: issueRecipients(e) }) }
	],
	// the office's sign-off and the recipients' handling of what they received
	PlanSubmittedForSignature: [
		{ key: 'signature_requested', to: (e) => ({ userIds: one(data(e)['signerUserId']) }) }
	],
	PlanReturnedForRevision: [{ key: 'signature_returned', to: owner }],
	PlanApprovedForSignature: [{ key: 'signature_approved', to: owner }],
	PlanReceived: [{ key: 'receipt_confirmed', to: owner }],
	PlanReceiptAssigned: [{ key: 'receipt_assigned', to: (e) => ({ userIds: one(data(e)['userId']) }) }],
	TaskResultReported: [{ key: 'result_reported', to: owner }],
	TaskResultReturned: [{ key: 'result_returned', to: (e, plan) => ({ unitIds: lead(e, plan) }) }],
	TaskResultConfirmed: [{ key: 'result_confirmed', to: (e, plan) => ({ unitIds: lead(e, plan) }) }],
	CommentPosted: [
		{
			key: 'comment_mention',
			to: (e) => ({ unitIds: ids(data(e)['mentionUnitIds']), userIds: ids(data(e)['mentionUserIds']) })
		},
		{
			key: 'comment_reply',
			to: (e, plan) => {
				const author =
					typeof data(e)['replyTo'] === 'string' ? plan.commentAuthor(data(e)['replyTo'] as string) : null;
				return { userIds: author ? [author.userId] : [] };
			}
		}
	],
	ChangeSuggested: [{ key: 'suggestion_made', to: owner }],
	// a reorganisation: the successor hears once per plan that work of a merged unit passed to it
	UnitsMerged: [{ key: 'units_merged', to: (e) => ({ unitIds: one(actorOf(data(e)['successor']).unitId) }) }],
	SuggestionAccepted: [
		{ key: 'suggestion_decided', to: (e) => ({ userIds: one(actorOf(data(e)['suggestedBy']).userId) }) }
	],
	SuggestionRejected: [
		{ key: 'suggestion_decided', to: (e) => ({ userIds: one(actorOf(data(e)['suggestedBy']).userId) }) }
	]
};

/** One notification owed for an event: its message key and who gets it. */
export interface OwedNotification {
	key: NotificationKey;
	recipients: Recipients;
}

/**
 * The notifications an event owes, by the rule table. Nobody is told of their own act: the acting
 * person never, the acting unit not as a whole; a person already reached through a unit-wide
 * notification of the same key is still listed (the store keeps one row per recipient).
 */
export function notificationsFor(event: WorkflowRecord, plan: NotifyLookup): OwedNotification[] {
	const rules = NOTIFICATION_RULES[event.type] ?? [];
	const out: OwedNotification[] = [];
	for (const rule of rules) {
		const to = rule.to(event, plan);
		const unitIds = [...new Set(to.unitIds ?? [])].filter((u) => u !== event.unitId);
		const userIds = [...new Set(to.userIds ?? [])].filter((u) => u !== event.userId);
		if (unitIds.length + userIds.length > 0) out.push({ key: rule.key, recipients: { unitIds, userIds } });
	}
	return out;
}
