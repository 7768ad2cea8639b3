import { EDXML_STATUS_VI } from '../edxml/status-labels.ts';
import { isEdxmlStatusCode } from '../edxml/model.ts';
import type { ExchangeEvent } from '../plan/exchange.events.ts';
import type { DescribeContext } from './describe-event.ts';

/** One Vietnamese sentence for an edXML exchange event of a plan. */
export function describeExchangeEvent(
	type: ExchangeEvent['type'],
	data: Record<string, unknown>,
	context: DescribeContext
): string {
	const unit = (id: unknown) => (typeof id === 'string' ? (context.unitName?.(id) ?? id) : '');
	switch (type) {
		case 'EdxmlPackageQueued': {
			const recipients = Array.isArray(data['recipients']) ? data['recipients'].length : 0;
			return `Đóng gói edXML gửi ${recipients} cơ quan nhận`;
		}
		case 'EdxmlPackageSent':
			return `Đã gửi gói edXML (lần ${String(data['attempt'])}, ${data['destination'] === 'gateway' ? 'qua trục liên thông' : 'vào thư mục gửi'})`;
		case 'EdxmlPackageFailed':
			return `Gửi gói edXML không được (lần ${String(data['attempt'])}): ${String(data['error'])}${data['retryAt'] ? ', sẽ gửi lại' : ', ngừng gửi lại'}`;
		case 'EdxmlStatusReceived': {
			const code = String(data['statusCode']);
			const status = isEdxmlStatusCode(code) ? EDXML_STATUS_VI[code] : code;
			return `${unit(data['unitId']) || String(data['organId'])}: ${status.toLowerCase()}`;
		}
	}
}
