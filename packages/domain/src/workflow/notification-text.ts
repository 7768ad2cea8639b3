import type { NotificationKey } from './notification-rules.ts';

/** What a notification's sentence names: who acted, on which plan and task. */
export interface NotificationTextContext {
	actorUnitName: string | null;
	planTitle: string | null;
	taskCode: string | null;
}

const VI: Record<NotificationKey, (c: { who: string; task: string }) => string> = {
	assigned: (c) => `Đơn vị được giao chủ trì nhiệm vụ${c.task}`,
	assigned_coordinator: (c) => `Đơn vị được giao phối hợp thực hiện nhiệm vụ${c.task}`,
	invited: (c) => `${c.who} mời đơn vị cùng soạn thảo kế hoạch`,
	opinions_requested: (c) => `${c.who} xin ý kiến đơn vị về dự thảo kế hoạch`,
	opinions_reminded: (c) => `${c.who} nhắc đơn vị gửi ý kiến về dự thảo kế hoạch`,
	opinion_given: (c) => `${c.who} đã gửi ý kiến về dự thảo${c.task}`,
	opinion_decided: (c) => `${c.who} đã tiếp thu, giải trình ý kiến của đơn vị${c.task}`,
	plan_issued: (c) => `${c.who} đã ban hành kế hoạch có nhiệm vụ giao đơn vị`,
	result_reported: (c) => `${c.who} báo cáo kết quả nhiệm vụ${c.task}`,
	result_returned: (c) => `${c.who} trả lại kết quả nhiệm vụ${c.task}`,
	result_confirmed: (c) => `${c.who} xác nhận hoàn thành nhiệm vụ${c.task}`,
	comment_mention: (c) => `${c.who} nhắc đến đơn vị trong một bình luận${c.task}`,
	comment_reply: (c) => `${c.who} trả lời bình luận của bạn${c.task}`,
	suggestion_made: (c) => `${c.who} đề xuất sửa nhiệm vụ${c.task}`,
	suggestion_decided: (c) => `${c.who} đã xử lý đề xuất sửa của bạn${c.task}`,
	signature_requested: (c) => `${c.who} trình bạn ký ban hành kế hoạch`,
	signature_returned: (c) => `${c.who} (người ký) trả lại dự thảo kế hoạch`,
	signature_approved: (c) => `${c.who} (người ký) đồng ý ban hành kế hoạch`,
	document_received: (c) => `Văn bản đến: ${c.who} gửi kế hoạch đã ban hành`,
	receipt_confirmed: (c) => `${c.who} đã tiếp nhận kế hoạch đơn vị gửi`,
	receipt_assigned: (c) => `${c.who} giao bạn xử lý văn bản đến`,
	units_merged: () => 'Sắp xếp đơn vị: công việc của đơn vị giải thể trong kế hoạch chuyển sang đơn vị'
};

/** The Vietnamese sentence of a workflow notification (e-mails; the web page renders it per language). */
export function notificationTextVi(key: NotificationKey, context: NotificationTextContext): string {
	const who = context.actorUnitName ?? 'Một đơn vị';
	const task = context.taskCode ? ` ${context.taskCode}` : '';
	return VI[key]({ who, task });
}
