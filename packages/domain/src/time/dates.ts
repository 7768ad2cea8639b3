import { foldVietnamese } from '../text/fold.ts';

/** The time zone every displayed date and every "today" of the platform is taken in. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A calendar date without time, 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds an IsoDate from parts, or null when the parts are not a real calendar date. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		return null;
	}
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a well-formed, real 'YYYY-MM-DD' date. */
export function isIsoDate(value: unknown): value is IsoDate {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

function utcMidnight(iso: IsoDate): number {
	const m = ISO_DATE.exec(iso);
	if (m === null) throw new RangeError(`not an ISO date: ${iso}`);
	return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return Math.round((utcMidnight(b) - utcMidnight(a)) / 86_400_000);
}

/** The date n days after (or before, for negative n) the given one. */
export function addDays(iso: IsoDate, n: number): IsoDate {
	return new Date(utcMidnight(iso) + n * 86_400_000).toISOString().slice(0, 10);
}

// Building an Intl formatter is costly and statistics call this once per task; the cache holds
// only immutable formatters keyed by zone, so it cannot leak state between requests.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (f === undefined) {
		f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
		formatters.set(timeZone, f);
	}
	return f;
}

/** The calendar date of an instant in a time zone (Vietnam by default). */
export function localDateOf(instant: Date, timeZone: string = VN_TIME_ZONE): IsoDate {
	if (Number.isNaN(instant.getTime())) throw new RangeError('invalid Date');
	const parts = formatterFor(timeZone).formatToParts(instant);
	const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Formats a date the Vietnamese way, 'dd/mm/yyyy'; a Date is read in Asia/Ho_Chi_Minh. */
export function formatDateVi(iso: IsoDate | Date): string {
	const date = typeof iso === 'string' ? iso : localDateOf(iso);
	const m = ISO_DATE.exec(date);
	if (m === null) throw new RangeError(`not an ISO date: ${date}`);
	return `${m[3]}/${m[2]}/${m[1]}`;
}

const NUMERIC_DATE = /^(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const WORDED_DATE = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/;

/**
 * Reads a Vietnamese date: '11/01/2024', '1/11/2012', '23-01-2024', 'ngày 22 tháng 01 năm 2024'
 * (also an ISO date). Null when the text is not exactly one real date.
 */
export function parseVietnameseDate(text: string): IsoDate | null {
	const folded = foldVietnamese(text).replace(/[.,;]+$/, '');
	if (isIsoDate(folded)) return folded;
	const m = NUMERIC_DATE.exec(folded) ?? WORDED_DATE.exec(folded);
	if (m === null) return null;
	return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}
