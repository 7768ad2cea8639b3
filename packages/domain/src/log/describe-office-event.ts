import { issuedNumberLine } from '../office/register.ts';
import type { OfficeEvent } from '../plan/office.events.ts';
import type { DescribeContext } from './describe-event.ts';

/** The Vietnamese sentence of an office workflow event (signing off, receiving). */
export function describeOfficeEvent(
	type: OfficeEvent['type'],
	data: Record<string, unknown>,
	context: DescribeContext
): string {
	const unit = (id: unknown) => context.unitName?.(String(id)) ?? String(id);
	switch (type) {
		case 'PlanSubmittedForSignature':
			return `Trình ký: gửi ${String(data['signerName'])} xem xét, ký ban hành`;
		case 'PlanReturnedForRevision':
			return `Người ký trả lại dự thảo, lý do “${String(data['reason'])}”`;
		case 'PlanApprovedForSignature':
			return 'Người ký đồng ý ban hành';
		case 'PlanReceived':
			return `${unit(data['unitId'])} đã tiếp nhận văn bản`;
		case 'PlanReceiptAssigned':
			return `${unit(data['unitId'])} giao ${String(data['userName'])} xử lý văn bản`;
		default: {
			const unreachable: never = type;
			return String(unreachable);
		}
	}
}

/** ' số 01/KH-UBND' for an issue event that carries its number, '' otherwise. */
export function issuedNumberSuffix(data: Record<string, unknown>): string {
	const issue = data['issue'] as { number?: unknown; symbol?: unknown } | undefined;
	if (!issue || typeof issue.number !== 'number' || typeof issue.symbol !== 'string') return '';
	return ` ${issuedNumberLine(issue.number, issue.symbol, issue.symbol.includes('/') ? 'party' : 'state').replace(/^Số:?/u, 'số')}`;
}
