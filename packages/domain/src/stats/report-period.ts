import { isIsoDate, isoDate, type IsoDate } from '../time/dates.ts';

/** The periods of periodic reports (báo cáo định kỳ). */
export type ReportPeriodKind = 'month' | 'quarter' | 'half' | 'year';

/** The first and last day (inclusive) of data a periodic report covers. */
export interface ReportPeriod {
	from: IsoDate;
	to: IsoDate;
}

// Nghị định 09/2019/NĐ-CP, Điều 12: data runs from the 15th of the month before the period to the
// 14th of its last month, so the report can be written and sent before the month ends. Month 0 is
// December of the previous year.
function day(year: number, month: number, d: number): IsoDate {
	const y = month < 1 ? year - 1 : year;
	const m = month < 1 ? month + 12 : month;
	const iso = isoDate(y, m, d);
	if (iso === null) throw new RangeError(`invalid date ${y}-${m}-${d}`);
	return iso;
}

function requireIndex(kind: ReportPeriodKind, index: number, max: number): void {
	if (!Number.isInteger(index) || index < 1 || index > max) {
		throw new RangeError(`${kind} index must be 1..${max}, got ${index}`);
	}
}

/**
 * The data period of a report per Nghị định 09/2019: month m is 15th of the previous month to 14th
 * of m; quarter q is 15th of the month before it to 14th of its last month; half 1 is 15/12 of the
 * previous year to 14/06, half 2 is 15/06 to 14/12; the year is 15/12 of the previous year to 14/12.
 * `index` is 1-based (month 1–12, quarter 1–4, half 1–2) and ignored for a year.
 */
export function reportPeriod(kind: ReportPeriodKind, year: number, index: number): ReportPeriod {
	if (!Number.isInteger(year) || year < 2 || year > 9999) throw new RangeError(`invalid year ${year}`);
	switch (kind) {
		case 'month':
			requireIndex(kind, index, 12);
			return { from: day(year, index - 1, 15), to: day(year, index, 14) };
		case 'quarter':
			requireIndex(kind, index, 4);
			return { from: day(year, index * 3 - 3, 15), to: day(year, index * 3, 14) };
		case 'half':
			requireIndex(kind, index, 2);
			return { from: day(year, index * 6 - 6, 15), to: day(year, index * 6, 14) };
		case 'year':
			return { from: day(year, 0, 15), to: day(year, 12, 14) };
		default: {
			const unreachable: never = kind;
			throw new RangeError(`unknown period kind ${String(unreachable)}`);
		}
	}
}

/** The report period of a kind that contains a date: 20/12/2024 falls in month 1, quarter 1, half 1 of 2025. */
export function reportPeriodOf(
	kind: ReportPeriodKind,
	date: IsoDate
): ReportPeriod & { year: number; index: number } {
	if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${String(date)}`);
	const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
	// from the 15th on, a day belongs to the next month's report
	const month = d >= 15 ? (m % 12) + 1 : m;
	const year = d >= 15 && m === 12 ? y + 1 : y;
	const perKind: Record<ReportPeriodKind, number> = {
		month,
		quarter: Math.ceil(month / 3),
		half: Math.ceil(month / 6),
		year: 1
	};
	const index = perKind[kind];
	return { year, index, ...reportPeriod(kind, year, index) };
}
