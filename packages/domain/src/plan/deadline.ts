import { daysInMonth, formatDateVi, isoDate, parseVietnameseDate, type IsoDate } from '../time/dates.ts';
import { foldVietnamese } from '../text/fold.ts';
import { fromRoman } from './numbering.ts';

/**
 * A task's deadline (thời hạn) as worded in the plan, plus what it means. `text` is always the
 * original wording; `due` is the last day the wording allows (null when there is none);
 * `latest` marks 'chậm nhất …' / 'trước ngày …'.
 */
export type Deadline = { text: string; due: IsoDate | null; latest: boolean } & (
	| { kind: 'date' }
	| { kind: 'month'; year: number; month: number }
	| { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
	| { kind: 'half'; year: number; half: 1 | 2 }
	| { kind: 'year'; year: number }
	| { kind: 'range'; from: IsoDate; to: IsoDate }
	| { kind: 'yearly' }
	| { kind: 'ongoing' }
	| { kind: 'unparsed' }
);

/** The kinds of deadline wording the parser recognises. */
export type DeadlineKind = Deadline['kind'];

const YEAR = String.raw`((?:19|20|21)\d{2})`;
const DATE = String.raw`(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2} thang \d{1,2} nam \d{4})`;
const SEP = String.raw`\s*(?:[/-]|nam)\s*`;

// Matched against folded text (no accents, lower case, single spaces).
const LATEST =
	/^(?:cham nhat(?: la)?|truoc|han chot(?: la)?|khong qua|khong muon hon)\s+(?:vao\s+|trong\s+)?/;
const FILLER = /^(?:trong|vao|den|cuoi|hoan thanh(?: trong)?|thoi han|thoi gian)\s+/;
const DAY = new RegExp(`^(?:ngay\\s+)?${DATE}$`);
const RANGE = new RegExp(`^(?:tu\\s+)?(?:ngay\\s+)?${DATE}\\s*(?:den|-|–)\\s*(?:ngay\\s+)?${DATE}$`);
const MONTH = new RegExp(`^(?:thang\\s+)?(\\d{1,2})${SEP}${YEAR}$`);
const QUARTER = new RegExp(`^(?:quy|q)\\s*(iv|iii|ii|i|[1-4])${SEP}${YEAR}$`);
const HALF = new RegExp(`^(?:6 thang|nua) (dau|cuoi) nam ${YEAR}$`);
const YEAR_ONLY = new RegExp(`^(?:nam\\s+)?${YEAR}$`);
const YEARS = new RegExp(
	`^(?:(?:giai doan|thoi ky|nam|tu nam|tu)\\s+)?${YEAR}\\s*(?:-|–|den(?: nam)?)\\s*${YEAR}$`
);

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Meaning = DistributiveOmit<Deadline, 'text' | 'latest'>;

function lastOfMonth(year: number, month: number): IsoDate | null {
	return isoDate(year, month, daysInMonth(year, month));
}

function readMeaning(folded: string): Meaning | null {
	const day = DAY.exec(folded);
	if (day?.[1] !== undefined) {
		const due = parseVietnameseDate(day[1]);
		return due === null ? null : { kind: 'date', due };
	}
	const range = RANGE.exec(folded);
	if (range?.[1] !== undefined && range[2] !== undefined) {
		const from = parseVietnameseDate(range[1]);
		const to = parseVietnameseDate(range[2]);
		return from === null || to === null || from > to ? null : { kind: 'range', from, to, due: to };
	}
	const month = MONTH.exec(folded);
	if (month !== null) {
		const [m, y] = [Number(month[1]), Number(month[2])];
		const due = m >= 1 && m <= 12 ? lastOfMonth(y, m) : null;
		return due === null ? null : { kind: 'month', year: y, month: m, due };
	}
	const quarter = QUARTER.exec(folded);
	if (quarter?.[1] !== undefined) {
		const q = /^\d$/.test(quarter[1]) ? Number(quarter[1]) : fromRoman(quarter[1]);
		const y = Number(quarter[2]);
		if (q !== 1 && q !== 2 && q !== 3 && q !== 4) return null;
		return { kind: 'quarter', year: y, quarter: q, due: lastOfMonth(y, q * 3) };
	}
	const half = HALF.exec(folded);
	if (half !== null) {
		const h = half[1] === 'dau' ? 1 : 2;
		const y = Number(half[2]);
		return { kind: 'half', year: y, half: h, due: lastOfMonth(y, h * 6) };
	}
	const year = YEAR_ONLY.exec(folded);
	if (year !== null) {
		const y = Number(year[1]);
		return { kind: 'year', year: y, due: `${y}-12-31` };
	}
	const years = YEARS.exec(folded);
	if (years !== null) {
		const [a, b] = [Number(years[1]), Number(years[2])];
		if (a > b) return null;
		return { kind: 'range', from: `${a}-01-01`, to: `${b}-12-31`, due: `${b}-12-31` };
	}
	return null;
}

/**
 * Reads Vietnamese deadline wording: dates ('chậm nhất ngày 27/02/2024', 'Trước ngày 30/6/2025'),
 * months, quarters ('Quý II/2025'), halves ('6 tháng đầu năm 2025'), years ('Năm 2025', 'đến năm 2030'),
 * spans ('Giai đoạn 2021 - 2030', 'từ 01/3/2024 đến 30/6/2024'), 'Hằng năm' and 'Thường xuyên'.
 * Anything else is kept as 'unparsed' with its text.
 */
export function parseDeadline(text: string): Deadline {
	// seeds mark deadlines in bold ('**chậm nhất ngày 27/02/2024**')
	let folded = foldVietnamese(text.replace(/[*_]/g, ' ')).replace(/[\s.,;:!]+$/, '');
	if (/\bthuong xuyen\b|^lien tuc$/.test(folded)) return { kind: 'ongoing', text, due: null, latest: false };
	if (/\bhang nam\b/.test(folded)) return { kind: 'yearly', text, due: null, latest: false };

	let latest = false;
	const lead = LATEST.exec(folded);
	if (lead !== null) {
		latest = true;
		folded = folded.slice(lead[0].length);
	}
	for (let filler = FILLER.exec(folded); filler !== null; filler = FILLER.exec(folded)) {
		folded = folded.slice(filler[0].length);
	}
	const meaning = readMeaning(folded);
	if (meaning === null) return { kind: 'unparsed', text, due: null, latest: false };
	return { ...meaning, text, latest };
}

/** The deadline as the plan words it (the original text, never a reformatted one). */
export function formatDeadline(d: Deadline): string {
	return d.text;
}

/** A date deadline for a date picked in the UI, worded 'dd/mm/yyyy' or 'chậm nhất ngày dd/mm/yyyy'. */
export function dateDeadline(due: IsoDate, opts: { latest?: boolean } = {}): Deadline {
	const latest = opts.latest ?? false;
	const day = formatDateVi(due);
	return { kind: 'date', due, latest, text: latest ? `chậm nhất ngày ${day}` : day };
}
