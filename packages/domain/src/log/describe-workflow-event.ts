import type { WorkflowEvent } from '../workflow/workflow.events.ts';
import type { DescribeContext } from './describe-event.ts';
import { dueDateText } from './describe-workflow-event-en.ts';

const FIELD_VI = {
	content: 'nội dung',
	leadUnitId: 'cơ quan chủ trì',
	deadline: 'thời hạn',
	output: 'sản phẩm'
};
const STANCE_VI = { agree: 'nhất trí', propose: 'đề xuất sửa', comment: 'góp ý' };

/** One Vietnamese sentence for a workflow event (comments, suggestions, opinion rounds). */
export function describeWorkflowEvent(
	type: WorkflowEvent['type'],
	data: Record<string, unknown>,
	task: string,
	context: DescribeContext
): string {
	const where = task === 'Nhiệm vụ' ? 'Kế hoạch' : task;
	const units = (value: unknown) =>
		(Array.isArray(value) ? (value as string[]) : []).map((id) => context.unitName?.(id) ?? id).join(', ');
	switch (type) {
		case 'CommentPosted':
			return `${where}: bình luận${data['replyTo'] ? ' (trả lời)' : ''}`;
		case 'CommentResolved':
			return `${where}: đánh dấu đã giải quyết bình luận`;
		case 'CommentReopened':
			return `${where}: mở lại bình luận`;
		case 'ChangeSuggested':
			return `${where}: đề xuất sửa ${FIELD_VI[data['field'] as keyof typeof FIELD_VI] ?? String(data['field'])}`;
		case 'SuggestionAccepted':
			return `${where}: chấp nhận đề xuất sửa ${FIELD_VI[data['field'] as keyof typeof FIELD_VI] ?? ''}`.trim();
		case 'SuggestionRejected':
			return `${where}: không chấp nhận đề xuất sửa`;
		case 'OpinionsRequested':
			return `Xin ý kiến ${units(data['unitIds'])}, hạn ${dueDateText(data['dueOn'])}`;
		case 'OpinionsReminded':
			return `Nhắc ${units(data['unitIds'])} góp ý kiến`;
		case 'OpinionGiven':
			return `${where}: ý kiến ${STANCE_VI[data['stance'] as keyof typeof STANCE_VI] ?? ''}`.trim();
		case 'OpinionDecided':
			return `${where}: ${data['decision'] === 'taken_in' ? 'tiếp thu' : 'giải trình'} ý kiến của ${units([data['unitId']])}`;
	}
}
