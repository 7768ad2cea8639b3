import { VN_TIME_ZONE } from '@trienkhai/domain';

const formatter = new Intl.DateTimeFormat('en-GB', {
	timeZone: VN_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

function parts(instant: string | Date): Record<string, string> {
	const date = typeof instant === 'string' ? new Date(instant) : instant;
	return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
}

/** An instant as Vietnam reads it: 'dd/mm/yyyy HH:mm' in Asia/Ho_Chi_Minh. */
export function formatDateTimeVi(instant: string | Date): string {
	const p = parts(instant);
	return `${p['day']}/${p['month']}/${p['year']} ${p['hour']}:${p['minute']}`;
}

/** An instant as the value of a datetime-local input in Vietnam's time: 'yyyy-mm-ddTHH:mm'. */
export function toLocalInputVi(instant: string | Date): string {
	const p = parts(instant);
	return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads a datetime-local value as Vietnam's time (UTC+7 all year); null when it is not one. */
export function fromLocalInputVi(value: string): Date | null {
	const match = LOCAL_INPUT.exec(value.trim());
	if (!match) return null;
	const date = new Date(
		`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? '00'}+07:00`
	);
	return Number.isNaN(date.getTime()) ||
		toLocalInputVi(date) !== `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}`
		? null
		: date;
}
