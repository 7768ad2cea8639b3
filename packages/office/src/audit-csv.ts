import { VN_TIME_ZONE } from '@trienkhai/domain';
import { toCsv } from './csv.ts';

/** One line of a plan's audit log as the CSV lists it. */
export interface AuditCsvEntry {
	occurredAt: string;
	userName: string | null;
	unitName: string | null;
	taskCode: string | null;
	type: string;
	/** describeEventIn's sentence, in the reader's language. */
	summary: string;
}

const HEADER = ['Thời gian', 'Người thực hiện', 'Đơn vị', 'Nhiệm vụ', 'Loại sự kiện', 'Nội dung'];

const TIME = new Intl.DateTimeFormat('en-GB', {
	timeZone: VN_TIME_ZONE,
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** An instant as dd/mm/yyyy HH:mm in Vietnam's time zone. */
export function formatDateTimeVi(instant: string | Date): string {
	const parts = Object.fromEntries(
		TIME.formatToParts(typeof instant === 'string' ? new Date(instant) : instant).map((p) => [
			p.type,
			p.value
		])
	);
	return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** The audit log as CSV for Excel: a header row, then one row per event in the order given. */
export function auditCsv(entries: readonly AuditCsvEntry[]): string {
	return toCsv([
		HEADER,
		...entries.map((e) => [
			formatDateTimeVi(e.occurredAt),
			e.userName,
			e.unitName,
			e.taskCode,
			e.type,
			e.summary
		])
	]);
}
