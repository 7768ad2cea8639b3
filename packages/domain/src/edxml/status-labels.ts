import type { EdxmlStatusCode } from './model.ts';

/** The Vietnamese names of the status codes, as e-office systems show them. */
export const EDXML_STATUS_VI: Record<EdxmlStatusCode, string> = {
	'01': 'Đã đến',
	'02': 'Từ chối tiếp nhận',
	'03': 'Đã tiếp nhận',
	'04': 'Đã phân công',
	'05': 'Đang xử lý',
	'06': 'Hoàn thành'
};
