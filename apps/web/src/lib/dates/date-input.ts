import { isoDate, parseVietnameseDate, type IsoDate } from '@trienkhai/domain';
import { formatDateTimeVi } from '#lib/components/audit/format-time.ts';

// Native date inputs render in the browser's locale (an English Chromium shows 11/28/2026, 09:24 AM), so
// every date the user types is a text field in the Vietnamese form, read here on the server.

/** The `pattern` of a dd/mm/yyyy text field (a hint to the browser; the server decides). */
export const DATE_PATTERN = String.raw`\s*\d{1,2}\/\d{1,2}\/\d{4}\s*`;

/** The `pattern` of a 'dd/mm/yyyy HH:mm' text field; the time may be left out. */
export const DATE_TIME_PATTERN = String.raw`\s*\d{1,2}\/\d{1,2}\/\d{4}(\s+\d{1,2}:\d{2})?\s*`;

const DATE_TIME = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s+(\d{1,2})\s*[:hg]\s*(\d{2}))?$/i;
// what a datetime-local input sent: old shared addresses keep working
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/** Vietnam is UTC+7 all year (no daylight saving since 1975), so a wall-clock time maps to one instant. */
function vietnamInstant(day: IsoDate, hour: number, minute: number, second = 0): Date {
	const hh = String(hour).padStart(2, '0');
	const mm = String(minute).padStart(2, '0');
	const ss = String(second).padStart(2, '0');
	return new Date(`${day}T${hh}:${mm}:${ss}+07:00`);
}

/**
 * Reads a moment typed as Vietnam reads it, in Asia/Ho_Chi_Minh: '15/03/2026 14:30' (also '15/3/2026 9:05',
 * '15/03/2026 14h30'). A day alone means the end of that day, so "the plan on 15/03/2026" includes the
 * changes of that day. The 'yyyy-mm-ddTHH:mm' of a datetime-local input is read too. Null when not a real moment.
 */
export function parseDateTimeVi(text: string): Date | null {
	const value = text.trim();
	const local = LOCAL_INPUT.exec(value);
	const m = local ?? DATE_TIME.exec(value);
	if (m === null) return null;
	const [year, month, day] = local ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
	const date = isoDate(Number(year), Number(month), Number(day));
	if (date === null) return null;
	if (m[4] === undefined || m[5] === undefined) return vietnamInstant(date, 23, 59, 59);
	const hour = Number(m[4]);
	const minute = Number(m[5]);
	if (hour > 23 || minute > 59) return null;
	return vietnamInstant(date, hour, minute);
}

/** An instant as the value of a 'dd/mm/yyyy HH:mm' field, in Vietnam's time: how the audit trail shows it. */
export const dateTimeInputVi = formatDateTimeVi;

/** A dd/mm/yyyy field's text as a date ('2026-03-15' is accepted too); null when it is not one real date. */
export function parseDateVi(text: string): IsoDate | null {
	return parseVietnameseDate(text.trim());
}
