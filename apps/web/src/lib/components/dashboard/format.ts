import { VN_TIME_ZONE, foldVietnamese, formatDateVi, type TimeStatus } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

/** A rate in percent the local way: 33,3 % in Vietnamese, 33.3% in English. */
export function formatRate(value: number): string {
	return new Intl.NumberFormat(getLocale() === 'vi' ? 'vi-VN' : 'en-GB', {
		maximumFractionDigits: 1
	}).format(value);
}

/** 'HH:mm dd/mm/yyyy' in Asia/Ho_Chi_Minh, whatever the browser's zone. */
export function formatDateTimeVi(iso: string): string {
	const date = new Date(iso);
	const time = new Intl.DateTimeFormat('en-GB', {
		timeZone: VN_TIME_ZONE,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(date);
	return `${time} ${formatDateVi(date)}`;
}

/** The localised label of a time status. */
export function timeStatusLabel(status: TimeStatus): string {
	switch (status) {
		case 'done_on_time':
			return m.dashboard_status_done_on_time();
		case 'done_late':
			return m.dashboard_status_done_late();
		case 'within_deadline':
			return m.dashboard_status_within_deadline();
		case 'overdue':
			return m.dashboard_status_overdue();
		case 'not_started':
			return m.dashboard_status_not_started();
		default: {
			const unreachable: never = status;
			return String(unreachable);
		}
	}
}

/** A file name for a snapshot: the plan's title without diacritics, and the date, e.g. bang-dieu-khien_ke-hoach-..._20-06-2025. */
export function snapshotFileName(title: string, today: string, extension: 'png' | 'pdf'): string {
	const slug = foldVietnamese(title)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80);
	return `bang-dieu-khien_${slug || 'ke-hoach'}_${formatDateVi(today).replaceAll('/', '-')}.${extension}`;
}
