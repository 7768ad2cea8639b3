import type { DenyReason, DocumentViolation } from '@trienkhai/domain';

/** Vietnamese sentences for refusals; the web client shows them as they are. */
export const DENY_REASONS_VI: Record<DenyReason, string> = {
	plan_frozen: 'Kế hoạch đã ban hành nên nội dung không sửa được.',
	not_owner: 'Chỉ đơn vị chủ trì xây dựng kế hoạch được làm việc này.',
	not_lead: 'Chỉ đơn vị chủ trì nhiệm vụ được cập nhật nội dung này.',
	not_coordinator: 'Chỉ đơn vị phối hợp được ghi ý kiến phối hợp của mình.',
	not_on_task: 'Đơn vị của bạn không chủ trì cũng không phối hợp thực hiện nhiệm vụ này.',
	viewer_read_only: 'Bạn chỉ có quyền xem kế hoạch này.',
	not_draft: 'Kế hoạch không còn là dự thảo.',
	not_issued: 'Kế hoạch chưa được ban hành.',
	already_issued: 'Kế hoạch đã được ban hành.',
	already_amending: 'Kế hoạch đang được sửa đổi, bổ sung.'
};

/** What the author of a refused update is told: a code, the first reason in Vietnamese, and every violation. */
export function denialMessage(violations: readonly DocumentViolation[]): {
	code: 'permission_denied';
	message: string;
	violations: readonly DocumentViolation[];
} {
	const first = violations[0];
	return {
		code: 'permission_denied',
		message: first ? DENY_REASONS_VI[first.reason] : 'Không có quyền thực hiện thay đổi này.',
		violations
	};
}

/** What the author of an update over the byte budget (SyncConfig.maxUpdateBytesPerUserHour) is told. */
export const BUDGET_MESSAGE_VI =
	'Bạn đã gửi quá nhiều dữ liệu vào kế hoạch này trong một giờ; thay đổi không được lưu. Vui lòng thử lại sau.';
