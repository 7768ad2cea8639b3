import { addDays, isoDate, type IsoDate } from '../time/dates.ts';

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

function weekday(day: IsoDate): number {
	// 0 = Monday … 6 = Sunday
	return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week a date falls in. */
export function mondayOf(day: IsoDate): IsoDate {
	return addDays(day, -weekday(day));
}

/** The ISO 8601 week of a date, '2026-W10' (the form of an HTML week input). */
export function isoWeekOf(day: IsoDate): string {
	// the week belongs to the year of its Thursday
	const thursday = addDays(mondayOf(day), 3);
	const year = Number(thursday.slice(0, 4));
	const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
	const week = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week '2026-W10', or null when the text is not a week that exists. */
export function isoWeekStart(week: string): IsoDate | null {
	const m = ISO_WEEK.exec(week.trim());
	if (m === null) return null;
	const year = Number(m[1]);
	const n = Number(m[2]);
	const jan4 = isoDate(year, 1, 4);
	if (jan4 === null || n < 1) return null;
	const monday = addDays(mondayOf(jan4), (n - 1) * 7);
	return isoWeekOf(monday) === `${m[1]}-W${m[2]}` ? monday : null;
}
