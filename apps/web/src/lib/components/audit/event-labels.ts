import { PLAN_STREAM_EVENT_TYPES, foldVietnamese, type PlanStreamEventType } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';

const TYPE_LABELS: Record<PlanStreamEventType, () => string> = {
	PlanCreated: m.audit_type_plan_created,
	CoDrafterInvited: m.audit_type_co_drafter_invited,
	PlanIssued: m.audit_type_plan_issued,
	PlanAmendmentStarted: m.audit_type_plan_amendment_started,
	PlanAmendmentIssued: m.audit_type_plan_amendment_issued,
	TaskAccepted: m.audit_type_task_accepted,
	TaskStarted: m.audit_type_task_started,
	TaskProgressUpdated: m.audit_type_task_progress_updated,
	TaskResultReported: m.audit_type_task_result_reported,
	TaskResultConfirmed: m.audit_type_task_result_confirmed,
	TaskResultReturned: m.audit_type_task_result_returned,
	TaskPaused: m.audit_type_task_paused,
	TaskResumed: m.audit_type_task_resumed,
	PlanSectionEdited: m.audit_type_plan_section_edited,
	TaskGroupCreated: m.audit_type_task_group_created,
	TaskGroupChanged: m.audit_type_task_group_changed,
	TaskGroupMoved: m.audit_type_task_group_moved,
	TaskGroupDeleted: m.audit_type_task_group_deleted,
	TaskCreated: m.audit_type_task_created,
	TaskDeleted: m.audit_type_task_deleted,
	TaskMoved: m.audit_type_task_moved,
	TaskFieldChanged: m.audit_type_task_field_changed,
	TaskTextEdited: m.audit_type_task_text_edited,
	TaskContributionNoted: m.audit_type_task_contribution_noted,
	PermissionDenied: m.audit_type_permission_denied,
	EdxmlPackageQueued: m.audit_type_edxml_queued,
	EdxmlPackageSent: m.audit_type_edxml_sent,
	EdxmlPackageFailed: m.audit_type_edxml_failed,
	EdxmlStatusReceived: m.audit_type_edxml_status,
	PlanSubmittedForSignature: m.audit_type_plan_submitted,
	PlanReturnedForRevision: m.audit_type_plan_returned,
	PlanApprovedForSignature: m.audit_type_plan_approved,
	PlanReceived: m.audit_type_plan_received,
	PlanReceiptAssigned: m.audit_type_plan_receipt_assigned,
	UnitsMerged: m.audit_type_units_merged,
	CommentPosted: m.audit_type_comment_posted,
	CommentResolved: m.audit_type_comment_resolved,
	CommentReopened: m.audit_type_comment_reopened,
	ChangeSuggested: m.audit_type_change_suggested,
	SuggestionAccepted: m.audit_type_suggestion_accepted,
	SuggestionRejected: m.audit_type_suggestion_rejected,
	OpinionsRequested: m.audit_type_opinions_requested,
	OpinionsReminded: m.audit_type_opinions_reminded,
	OpinionGiven: m.audit_type_opinion_given,
	OpinionDecided: m.audit_type_opinion_decided
};

/** The label of an event type in the current language. */
export function eventTypeLabel(type: string): string {
	return (TYPE_LABELS as Record<string, (() => string) | undefined>)[type]?.() ?? type;
}

/** Every event type with its label, in the order of the domain's list. */
export function eventTypeOptions(): Array<{ type: PlanStreamEventType; label: string }> {
	return PLAN_STREAM_EVENT_TYPES.map((type) => ({ type, label: TYPE_LABELS[type]() }));
}

/** The event types whose label contains the text, ignoring diacritics (for the free-text search). */
export function typesMatching(text: string): PlanStreamEventType[] {
	const needle = foldVietnamese(text);
	if (needle === '') return [];
	return PLAN_STREAM_EVENT_TYPES.filter((type) => foldVietnamese(TYPE_LABELS[type]()).includes(needle));
}

const FIELD_LABELS: Record<string, () => string> = {
	code: m.audit_field_code,
	leadUnitId: m.audit_field_lead_unit_id,
	coordinatorUnitIds: m.audit_field_coordinator_unit_ids,
	deadline: m.audit_field_deadline,
	output: m.audit_field_output,
	difficulties: m.audit_field_difficulties,
	extensionRequest: m.audit_field_extension_request,
	content: m.audit_field_content,
	progress: m.audit_field_progress,
	status: m.audit_field_status,
	title: m.audit_field_title,
	purpose: m.audit_field_purpose,
	organisation: m.audit_field_organisation,
	contribution: m.audit_field_contribution
};

/** The label of a task field or plan section in the current language. */
export function fieldLabel(field: string): string {
	return FIELD_LABELS[field]?.() ?? field;
}
