import type { PlanSection, TaskFieldValues } from '../plan/content.events.ts';
import type { Deadline } from '../plan/deadline.ts';
import { PLAN_STATUS_LABELS_VI } from '../plan/plan.ts';
import { TASK_STATUS_LABELS_VI } from '../plan/task.ts';
import type { ChainedEventContent } from './event-record.ts';
import { describeExchangeEvent } from './describe-exchange-event.ts';
import { describeOfficeEvent, issuedNumberSuffix } from './describe-office-event.ts';
import { describeWorkflowEvent } from './describe-workflow-event.ts';
import { describeUnitsMerged } from './describe-merge-event.ts';

/** Names the describer may need: task codes and unit short names, by id. */
export interface DescribeContext {
	taskCode?: string | null;
	unitName?: (unitId: string) => string;
}

const SECTION_VI: Record<PlanSection, string> = {
	title: 'tên kế hoạch',
	purpose: 'mục I. Mục đích, yêu cầu',
	organisation: 'mục III. Tổ chức thực hiện'
};

const FIELD_VI: Record<keyof TaskFieldValues, string> = {
	code: 'số thứ tự',
	leadUnitId: 'cơ quan chủ trì',
	coordinatorUnitIds: 'cơ quan phối hợp',
	deadline: 'thời hạn',
	output: 'sản phẩm',
	difficulties: 'khó khăn, vướng mắc',
	extensionRequest: 'đề nghị gia hạn'
};

const DENY_VI: Record<string, string> = {
	plan_frozen: 'kế hoạch đã ban hành',
	not_owner: 'không phải đơn vị chủ trì kế hoạch',
	not_lead: 'không phải đơn vị chủ trì nhiệm vụ',
	not_coordinator: 'không phải đơn vị phối hợp',
	not_on_task: 'không chủ trì, không phối hợp nhiệm vụ',
	viewer_read_only: 'chỉ có quyền xem',
	not_draft: 'kế hoạch không còn là dự thảo',
	not_issued: 'kế hoạch chưa ban hành',
	already_issued: 'kế hoạch đã ban hành',
	already_amending: 'kế hoạch đang sửa đổi'
};

const MAX_QUOTE = 80;

function quote(text: string | null | undefined): string {
	if (text === null || text === undefined || text === '') return '(trống)';
	const flat = text.replace(/\s+/g, ' ').trim();
	return `“${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}”`;
}

function fieldValue(field: keyof TaskFieldValues, value: unknown, context: DescribeContext): string {
	const unit = (id: string) => context.unitName?.(id) ?? id;
	if (value === null || value === undefined) return '(trống)';
	switch (field) {
		case 'leadUnitId':
			return unit(value as string);
		case 'coordinatorUnitIds':
			return (value as string[]).length === 0 ? '(trống)' : (value as string[]).map(unit).join(', ');
		case 'deadline':
			return quote((value as Deadline).text);
		default:
			return quote(value as string);
	}
}

/**
 * One Vietnamese sentence saying what an event did, for the activity feed ("Nhiệm vụ II.1.a: cơ quan
 * chủ trì Sở Tài chính → Sở KH&CN"). Who did it is shown beside the sentence, not in it.
 */
export function describeEvent(event: ChainedEventContent, context: DescribeContext = {}): string {
	const task = `Nhiệm vụ ${context.taskCode ?? event.taskId ?? ''}`.trim();
	const data = event.data as Record<string, unknown>;
	switch (event.type) {
		case 'PlanCreated':
			return `Tạo dự thảo kế hoạch ${quote(data['title'] as string)}`;
		case 'CoDrafterInvited':
			return `Mời ${context.unitName?.(data['unitId'] as string) ?? String(data['unitId'])} cùng soạn thảo`;
		case 'PlanIssued':
			return `Ban hành kế hoạch${issuedNumberSuffix(data)} (${PLAN_STATUS_LABELS_VI.issued.toLowerCase()})`;
		case 'PlanAmendmentStarted':
			return `Bắt đầu sửa đổi, bổ sung kế hoạch: ${quote(data['reason'] as string)}`;
		case 'PlanAmendmentIssued':
			return `Ban hành kế hoạch sửa đổi, bổ sung lần ${Number(data['revision']) - 1}${issuedNumberSuffix(data)}`;
		case 'EdxmlPackageQueued':
		case 'EdxmlPackageSent':
		case 'EdxmlPackageFailed':
		case 'EdxmlStatusReceived':
			return describeExchangeEvent(event.type, data, context);
		case 'PlanSubmittedForSignature':
		case 'PlanReturnedForRevision':
		case 'PlanApprovedForSignature':
		case 'PlanReceived':
		case 'PlanReceiptAssigned':
			return describeOfficeEvent(event.type, data, context);
		case 'CommentPosted':
		case 'CommentResolved':
		case 'CommentReopened':
		case 'ChangeSuggested':
		case 'SuggestionAccepted':
		case 'SuggestionRejected':
		case 'OpinionsRequested':
		case 'OpinionsReminded':
		case 'OpinionGiven':
		case 'OpinionDecided':
			return describeWorkflowEvent(event.type, data, task, context);
		case 'UnitsMerged':
			return describeUnitsMerged(data);
		case 'PlanSectionEdited':
			return `Sửa ${SECTION_VI[data['section'] as PlanSection]}`;
		case 'TaskGroupCreated':
			return `Thêm nhóm nhiệm vụ ${String(data['code'])} ${quote(data['title'] as string)}`;
		case 'TaskGroupChanged':
			return `Sửa nhóm nhiệm vụ: ${quote(data['from'] as string)} → ${quote(data['to'] as string)}`;
		case 'TaskGroupMoved':
			return `Chuyển vị trí nhóm nhiệm vụ`;
		case 'TaskGroupDeleted':
			return `Xóa nhóm nhiệm vụ ${String(data['code'])}`;
		case 'TaskCreated':
			return `Thêm nhiệm vụ ${String(data['code'])}: ${quote(data['content'] as string)}`;
		case 'TaskDeleted':
			return `Xóa nhiệm vụ ${String(data['code'])}`;
		case 'TaskMoved':
			return `${task}: chuyển vị trí`;
		case 'TaskFieldChanged': {
			const field = data['field'] as keyof TaskFieldValues;
			return `${task}: ${FIELD_VI[field]} ${fieldValue(field, data['from'], context)} → ${fieldValue(field, data['to'], context)}`;
		}
		case 'TaskTextEdited':
			return `${task}: sửa nội dung`;
		case 'TaskContributionNoted':
			return `${task}: ${context.unitName?.(data['unitId'] as string) ?? String(data['unitId'])} cập nhật ý kiến phối hợp`;
		case 'TaskAccepted':
			return `${task}: ${TASK_STATUS_LABELS_VI.accepted.toLowerCase()}`;
		case 'TaskStarted':
			return `${task}: bắt đầu thực hiện`;
		case 'TaskProgressUpdated':
			return `${task}: tiến độ ${String(data['from'])}% → ${String(data['to'])}%`;
		case 'TaskResultReported':
			return `${task}: báo cáo kết quả ${quote(data['summary'] as string)}`;
		case 'TaskResultConfirmed':
			return `${task}: xác nhận hoàn thành`;
		case 'TaskResultReturned':
			return `${task}: trả lại kết quả, lý do ${quote(data['reason'] as string)}`;
		case 'TaskPaused':
			return `${task}: tạm dừng, lý do ${quote(data['reason'] as string)}`;
		case 'TaskResumed':
			return `${task}: tiếp tục thực hiện (${TASK_STATUS_LABELS_VI[data['status'] as 'accepted'].toLowerCase()})`;
		case 'PermissionDenied':
			return `${event.taskId ? `${task}: t` : 'T'}ừ chối thay đổi không có quyền (${DENY_VI[data['reason'] as string] ?? String(data['reason'])})`;
		default:
			return event.type;
	}
}
