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
