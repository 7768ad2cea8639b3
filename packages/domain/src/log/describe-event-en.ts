import { describeUnitsMergedEn } from './describe-merge-event.ts';
import type { PlanSection, TaskFieldValues } from '../plan/content.events.ts';
import type { Deadline } from '../plan/deadline.ts';
import type { ChainedEventContent } from './event-record.ts';
import { describeEvent, type DescribeContext } from './describe-event.ts';
import { issuedNumberSuffix } from './describe-office-event.ts';
import { describeWorkflowEventEn } from './describe-workflow-event-en.ts';

const SECTION_EN: Record<PlanSection, string> = {
	title: 'the plan title',
	purpose: 'section I. Purpose and requirements',
	organisation: 'section III. Organisation of implementation'
};

const FIELD_EN: Record<keyof TaskFieldValues, string> = {
	code: 'number',
	leadUnitId: 'lead unit',
	coordinatorUnitIds: 'coordinating units',
	deadline: 'deadline',
	output: 'output',
	difficulties: 'difficulties',
	extensionRequest: 'extension request'
};

const DENY_EN: Record<string, string> = {
	plan_frozen: 'the plan is issued',
	not_owner: 'not the plan’s owner unit',
	not_lead: 'not the task’s lead unit',
	not_coordinator: 'not a coordinating unit',
	not_on_task: 'neither lead nor coordinator of the task',
	viewer_read_only: 'read-only access',
	not_draft: 'the plan is no longer a draft',
	not_issued: 'the plan is not issued',
	already_issued: 'the plan is already issued',
	already_amending: 'the plan is already being amended'
};

const EDXML_STATUS_EN: Record<string, string> = {
	'01': 'arrived',
	'02': 'refused',
	'03': 'received',
	'04': 'assigned',
	'05': 'in progress',
	'06': 'done'
};

const MAX_QUOTE = 80;

function quote(text: unknown): string {
	if (typeof text !== 'string' || text === '') return '(empty)';
	const flat = text.replace(/\s+/g, ' ').trim();
	return `“${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}”`;
}

function unitOf(context: DescribeContext, id: unknown): string {
	return typeof id === 'string' ? (context.unitName?.(id) ?? id) : '';
}

function fieldValue(field: keyof TaskFieldValues, value: unknown, context: DescribeContext): string {
	if (value === null || value === undefined) return '(empty)';
	switch (field) {
		case 'leadUnitId':
			return unitOf(context, value);
		case 'coordinatorUnitIds':
			return (value as string[]).length === 0
				? '(empty)'
				: (value as string[]).map((id) => unitOf(context, id)).join(', ');
		case 'deadline':
			return quote((value as Deadline).text);
		default:
			return quote(value);
	}
}

/** ' no. 01/KH-UBND' for an issue that carries its number, '' otherwise. */
function numberEn(data: Record<string, unknown>): string {
	return issuedNumberSuffix(data).replace(/^ số /u, ' no. ');
}

function describePlanEvent(
	type: string,
	data: Record<string, unknown>,
	context: DescribeContext
): string | null {
	switch (type) {
		case 'PlanCreated':
			return `Created the draft plan ${quote(data['title'])}`;
		case 'CoDrafterInvited':
			return `Invited ${unitOf(context, data['unitId'])} to co-draft`;
		case 'PlanIssued':
			return `Issued the plan${numberEn(data)}`;
		case 'PlanAmendmentStarted':
			return `Started an amendment: ${quote(data['reason'])}`;
		case 'PlanAmendmentIssued':
			return `Issued amendment no. ${Number(data['revision']) - 1}${numberEn(data)}`;
		case 'PlanSubmittedForSignature':
			return `Submitted for signature to ${String(data['signerName'])}`;
		case 'PlanReturnedForRevision':
			return `The signer returned the draft, reason ${quote(data['reason'])}`;
		case 'PlanApprovedForSignature':
			return 'The signer approved the issue';
		case 'UnitsMerged':
			return describeUnitsMergedEn(data);
		case 'PlanReceived':
			return `${unitOf(context, data['unitId'])} received the document`;
		case 'PlanReceiptAssigned':
			return `${unitOf(context, data['unitId'])} assigned the document to ${String(data['userName'])}`;
		case 'EdxmlPackageQueued':
			return `Packed an edXML message for ${Array.isArray(data['recipients']) ? data['recipients'].length : 0} recipients`;
		case 'EdxmlPackageSent':
			return `Sent the edXML message (attempt ${String(data['attempt'])}, ${data['destination'] === 'gateway' ? 'through the exchange hub' : 'to the outbox folder'})`;
		case 'EdxmlPackageFailed':
			return `Sending the edXML message failed (attempt ${String(data['attempt'])}): ${String(data['error'])}${data['retryAt'] ? ', will retry' : ', no more retries'}`;
		case 'EdxmlStatusReceived': {
			const code = String(data['statusCode']);
			return `${unitOf(context, data['unitId']) || String(data['organId'])}: ${EDXML_STATUS_EN[code] ?? code}`;
		}
		case 'PlanSectionEdited':
			return `Edited ${SECTION_EN[data['section'] as PlanSection] ?? String(data['section'])}`;
		case 'TaskGroupCreated':
			return `Added task group ${String(data['code'])} ${quote(data['title'])}`;
		case 'TaskGroupChanged':
			return `Edited a task group: ${quote(data['from'])} → ${quote(data['to'])}`;
		case 'TaskGroupMoved':
			return 'Moved a task group';
		case 'TaskGroupDeleted':
			return `Deleted task group ${String(data['code'])}`;
		case 'TaskCreated':
			return `Added task ${String(data['code'])}: ${quote(data['content'])}`;
		case 'TaskDeleted':
			return `Deleted task ${String(data['code'])}`;
		default:
			return null;
	}
}

function describeTaskEvent(
	type: string,
	data: Record<string, unknown>,
	task: string,
	context: DescribeContext
): string | null {
	switch (type) {
		case 'TaskMoved':
			return `${task}: moved`;
		case 'TaskFieldChanged': {
			const field = data['field'] as keyof TaskFieldValues;
			return `${task}: ${FIELD_EN[field] ?? String(field)} ${fieldValue(field, data['from'], context)} → ${fieldValue(field, data['to'], context)}`;
		}
		case 'TaskTextEdited':
			return `${task}: edited the text`;
		case 'TaskContributionNoted':
			return `${task}: ${unitOf(context, data['unitId'])} updated its contribution`;
		case 'TaskAccepted':
			return `${task}: accepted`;
		case 'TaskStarted':
			return `${task}: started`;
		case 'TaskProgressUpdated':
			return `${task}: progress ${String(data['from'])}% → ${String(data['to'])}%`;
		case 'TaskResultReported':
			return `${task}: reported the result ${quote(data['summary'])}`;
		case 'TaskResultConfirmed':
			return `${task}: confirmed as done`;
		case 'TaskResultReturned':
			return `${task}: result returned, reason ${quote(data['reason'])}`;
		case 'TaskPaused':
			return `${task}: paused, reason ${quote(data['reason'])}`;
		case 'TaskResumed':
			return `${task}: resumed`;
		default:
			return null;
	}
}

/**
 * One English sentence saying what an event did: the English reader's counterpart of `describeEvent`,
 * rendered at read time from the event's data. Who did it is shown beside the sentence, not in it.
 */
export function describeEventEn(event: ChainedEventContent, context: DescribeContext = {}): string {
	const data = (event.data ?? {}) as Record<string, unknown>;
	const task = `Task ${context.taskCode ?? event.taskId ?? ''}`.trim();
	if (event.type === 'PermissionDenied') {
		const reason = DENY_EN[data['reason'] as string] ?? String(data['reason']);
		return `${event.taskId ? `${task}: r` : 'R'}efused a change without the right (${reason})`;
	}
	return (
		describePlanEvent(event.type, data, context) ??
		describeTaskEvent(event.type, data, task, context) ??
		describeWorkflowEventEn(event.type, data, event.taskId === null ? null : task, context) ??
		event.type
	);
}

/** The sentence for an event in the reader's language (Vietnamese unless English is asked for). */
export function describeEventIn(
	locale: string,
	event: ChainedEventContent,
	context: DescribeContext = {}
): string {
	return locale === 'en' ? describeEventEn(event, context) : describeEvent(event, context);
}
