import type { NotificationKey } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';

type Params = { who: string; code: string };

/** The sentence of each workflow notification in the reader's language (the rule table gives the key). */
const TEXT: Record<NotificationKey, (p: Params) => string> = {
	assigned: m.notif_k_assigned,
	assigned_coordinator: m.notif_k_assigned_coordinator,
	invited: m.notif_k_invited,
	opinions_requested: m.notif_k_opinions_requested,
	opinions_reminded: m.notif_k_opinions_reminded,
	opinion_given: m.notif_k_opinion_given,
	opinion_decided: m.notif_k_opinion_decided,
	plan_issued: m.notif_k_plan_issued,
	result_reported: m.notif_k_result_reported,
	result_returned: m.notif_k_result_returned,
	result_confirmed: m.notif_k_result_confirmed,
	comment_mention: m.notif_k_comment_mention,
	comment_reply: m.notif_k_comment_reply,
	suggestion_made: m.notif_k_suggestion_made,
	suggestion_decided: m.notif_k_suggestion_decided,
	signature_requested: m.notif_k_signature_requested,
	signature_returned: m.notif_k_signature_returned,
	signature_approved: m.notif_k_signature_approved,
	document_received: m.notif_k_document_received,
	receipt_confirmed: m.notif_k_receipt_confirmed,
	receipt_assigned: m.notif_k_receipt_assigned,
	units_merged: m.notif_k_units_merged
};

/** Keys whose page is the plan's "Góp ý, xin ý kiến" page rather than the plan itself. */
const ON_OPINIONS_PAGE: ReadonlySet<string> = new Set([
	'opinions_requested',
	'opinions_reminded',
	'opinion_given',
	'opinion_decided',
	'comment_mention',
	'comment_reply',
	'suggestion_made',
	'suggestion_decided'
]);

/** The sentence of a workflow notification, or null for a kind this code does not know (a reminder). */
export function workflowNotificationText(kind: string, params: Params): string | null {
	const text = (TEXT as Record<string, ((p: Params) => string) | undefined>)[kind];
	return text ? text(params) : null;
}

/** Whether a notification is best opened on the plan's opinions page. */
export function opensOpinionsPage(kind: string): boolean {
	return ON_OPINIONS_PAGE.has(kind);
}
