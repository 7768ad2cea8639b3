import { parseDeadline } from '../plan/deadline.ts';
import { fromRoman } from '../plan/numbering.ts';
import { daysInMonth, isoDate, parseVietnameseDate, type IsoDate } from '../time/dates.ts';
import { fold } from './text.ts';

const DATE = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}`;
// 'ngày 10/12 hằng năm': a day of every year
const YEARLY_DAY = String.raw`ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s+h[ằà]ng\s+năm`;
// 'ngày 15 tháng 12 năm 2025': a day written out
const WRITTEN_DAY = String.raw`ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
// 'Định kỳ hằng năm (trước ngày 15 tháng 12)': a day of every year written out, the yearly words before it
const WRITTEN_YEARLY_DAY = String.raw`ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?!\s*(?:năm|[/.-])\s*\d)`;
// 'trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này': a time counted from an event, with no day of its own
const RELATIVE =
	/(?:trong (?:thời hạn|vòng)|chậm nhất(?: là)?|không quá|sau)\s+\d{1,3}\s+ngày(?: làm việc)?,?\s+kể từ\s+[^,.;()]+/iu;
const PERIOD = String.raw`(?:${YEARLY_DAY}|${WRITTEN_DAY}|ngày\s+${DATE}|${DATE}|quý\s+(?:I{1,3}|IV|[1-4])\s*(?:[/-]\s*|\s+năm\s+)\d{4}|tháng\s+\d{1,2}\s*(?:[/-]\s*|\s+năm\s+)\d{4}|(?:6 tháng|nửa)\s+(?:đầu|cuối)\s+năm\s+\d{4}|năm học\s+\d{4}\s*[-–]\s*\d{4}|năm\s+\d{4})`;
// 'chậm nhất ngày 27/02/2024', 'hoàn thành trước ngày 30/6/2025', 'trong Quý II/2025', 'trong năm 2025',
// 'trước ngày 10/12 hằng năm'
const IN_TEXT = new RegExp(
	String.raw`(?:chậm nhất(?: là)?(?: vào| trong)?|trước|không quá|(?:hoàn thành|xong)(?: trong| vào| trước)?|trong|đến hết|cuối)\s+${PERIOD}(?:\s+và (?:các|những) năm tiếp theo)?`,
	'giu'
);

/** What the plan is dated, so that a yearly deadline with a day ('trước ngày 15/12 hằng năm') gets its first due. */
export interface DeadlineContext {
	issued?: IsoDate | null;
}

/**
 * The wording a person would copy into a 'Thời hạn' column: 'hoàn thành trong Quý III/2025' is
 * 'Quý III/2025'; 'chậm nhất ngày …', 'trước ngày …' keep their words.
 */
export function deadlineWording(text: string): string {
	const wording = text
		.replace(/\*+/g, '')
		.replace(/\s+/g, ' ')
		.replace(/^[\s(,;:.-]+|[\s.;,:]+$/gu, '')
		.trim();
	const bare = wording.replace(/^(?:(?:hoàn thành|xong)\s+)?(?:trong|vào)\s+/iu, '');
	if (bare !== wording && /^(?:quý|tháng|năm|6 tháng|nửa|giai đoạn|\d)/iu.test(bare)) return capitalise(bare);
	const done = wording.replace(/^(?:hoàn thành|xong)\s+(?=trước|chậm nhất|đến)/iu, '');
	return done;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function lastOfMonth(year: number, month: number): IsoDate | null {
	return month >= 1 && month <= 12 ? isoDate(year, month, daysInMonth(year, month)) : null;
}

const QUARTER_WORD = String.raw`(?:iv|iii|ii|i|[1-4])`;

/** Last day of what the wording allows, beyond what parseDeadline reads: lists, yearly days, open ends. */
function dueOf(wording: string, context: DeadlineContext): IsoDate | null {
	// '(sau khi có hướng dẫn)', '(trước ngày 15/12)' — a bracket either adds a day or only a note
	const folded = fold(wording).replace(/\s+/g, ' ').trim();
	const yearly =
		/\bhang (?:nam|quy|thang|tuan)\b|\bdinh ky\b|\bthuong xuyen\b|\blien tuc\b|cac nam tiep theo|nhung nam tiep theo|\btu nam \d{4}$/.test(
			folded
		);
	if (yearly) {
		// 'Hằng năm (trước ngày 15/12)': the first such day on or after the plan's date
		const day =
			/\b(?:truoc|cham nhat|ngay)\s+(?:ngay\s+)?(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})(?!\s*(?:[/.-]|nam)\s*\d)/.exec(
				folded
			);
		const issued = context.issued ?? null;
		if (!/\bhang nam\b/.test(folded) || day === null || issued === null) return null;
		const [d, m] = [Number(day[1]), Number(day[2])];
		const year = Number(issued.slice(0, 4));
		const first = isoDate(year, m, d);
		if (first === null) return null;
		return first >= issued ? first : isoDate(year + 1, m, d);
	}
	// 'năm học 2025 - 2026': the school year ends with May
	const school = /^(?:trong )?nam hoc \d{4}\s*[-–]\s*(\d{4})$/.exec(folded);
	if (school?.[1] !== undefined) return lastOfMonth(Number(school[1]), 5);
	const direct = parseDeadline(wording).due;
	if (direct !== null) return direct;
	const plain = folded.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
	if (plain !== folded) {
		const inner = parseDeadline(plain).due;
		if (inner !== null) return inner;
	}
	// 'Quý I, II/2026', 'Quý III - IV/2025': the last quarter named
	const quarters = new RegExp(
		String.raw`^(?:(?:hoan thanh |trong )?)quy ((?:${QUARTER_WORD}\s*(?:,|-|–|va|den)\s*)+${QUARTER_WORD})\s*(?:/|-|nam)\s*(\d{4})$`
	).exec(plain);
	if (quarters?.[1] !== undefined) {
		const last = quarters[1].split(/\s*(?:,|-|–|va|den)\s*/).at(-1) ?? '';
		const q = /^\d$/.test(last) ? Number(last) : fromRoman(last.toUpperCase());
		return q === null || q < 1 || q > 4 ? null : lastOfMonth(Number(quarters[2]), q * 3);
	}
	// 'Tháng 5, 6/2025', 'Tháng 5 - 6/2025'
	const months = /^(?:trong )?thang ((?:\d{1,2}\s*(?:,|-|–|va|den)\s*)+\d{1,2})\s*(?:\/|nam)\s*(\d{4})$/.exec(
		plain
	);
	if (months?.[1] !== undefined) {
		const last = Number(months[1].split(/\s*(?:,|-|–|va|den)\s*/).at(-1));
		return lastOfMonth(Number(months[2]), last);
	}
	// 'Đến hết năm 2025', 'Trước 31/12/2025', 'Từ tháng 3/2025 đến tháng 6/2025'
	const end = /\b(?:den(?: het)?|toi)\s+(.+)$/.exec(plain);
	if (end?.[1] !== undefined) {
		const tail = parseDeadline(end[1].replace(/^het\s+/, '')).due;
		if (tail !== null) return tail;
	}
	const date = /(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*$/.exec(plain);
	if (date?.[1] !== undefined) return parseVietnameseDate(date[1]);
	return null;
}

/** Wording with no last day on purpose: 'Thường xuyên', 'Định kỳ hằng quý', 'Năm 2025 và các năm tiếp theo'. */
export function isOpenDeadline(text: string): boolean {
	return /\bthuong xuyen\b|\bhang (?:nam|quy|thang|tuan)\b|\bdinh ky\b|\blien tuc\b|cac nam tiep theo|nhung nam tiep theo/.test(
		fold(text)
	);
}

// '…, thực hiện hằng năm.' — an open deadline closing the task's text
const OPEN_CLOSING =
	/[,;]\s*(?:(?:thực hiện|triển khai|tổ chức|tiến hành)\s+)?(thường xuyên|hằng năm|hàng năm|liên tục|định kỳ hằng (?:quý|năm|tháng|tuần)|hằng (?:quý|tháng|tuần))\s*[.;]?\s*$/iu;

/** An open deadline closing the text ('…, thực hiện hằng năm.') with where it starts, or null. */
export function openDeadlineInText(text: string): { text: string; index: number } | null {
	const m = OPEN_CLOSING.exec(text);
	if (m?.[1] === undefined) return null;
	return { text: capitalise(m[1]), index: m.index };
}

/** A deadline: the wording to show and its last day (null for 'Thường xuyên', 'Hằng năm', unknown). */
export function deadlineOf(
	text: string,
	context: DeadlineContext = {}
): { text: string; due: IsoDate | null } {
	const wording = deadlineWording(text);
	return { text: wording, due: dueOf(wording, context) };
}

/**
 * A deadline stated inside a task's text ('…, hoàn thành trong Quý III/2025', '… chậm nhất ngày 27/02/2024'),
 * with where it starts and whether it closes the text (then the task's content can drop it), or null.
 */
export function deadlineInText(
	text: string,
	context: DeadlineContext = {}
): { text: string; due: IsoDate | null; index: number; closing: boolean } | null {
	const clean = text.replace(/\*+/g, '');
	// the last 'chậm nhất …', 'trước …', 'hoàn thành …' wins over a bare 'trong năm 2025' said on the way
	const all = [...clean.matchAll(IN_TEXT)];
	const found = all.filter((m) => !/^(?:trong|cuối)\s/iu.test(m[0])).at(-1) ?? all.at(-1);
	if (found === undefined) return yearlyDayInText(clean, context) ?? relativeInText(clean);
	const deadline = deadlineOf(found[0], context);
	if (deadline.due === null && !isOpenDeadline(deadline.text)) return null;
	const after = clean.slice(found.index + found[0].length);
	return { ...deadline, index: found.index, closing: /^[\s.;,)]*$/u.test(after) };
}

function at(
	clean: string,
	m: RegExpExecArray,
	deadline: { text: string; due: IsoDate | null }
): { text: string; due: IsoDate | null; index: number; closing: boolean } {
	const after = clean.slice(m.index + m[0].length);
	return { ...deadline, index: m.index, closing: /^[\s.;,)]*$/u.test(after) };
}

/** 'Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo …': the day, due its first time after the plan's date. */
function yearlyDayInText(
	clean: string,
	context: DeadlineContext
): { text: string; due: IsoDate | null; index: number; closing: boolean } | null {
	const m = new RegExp(String.raw`(?:chậm nhất|trước)\s+${WRITTEN_YEARLY_DAY}`, 'iu').exec(clean);
	if (m === null || !/h[ằà]ng năm/iu.test(clean.slice(0, m.index))) return null;
	const { due } = deadlineOf(`${m[0]} hằng năm`, context);
	return at(clean, m, { text: deadlineWording(m[0]), due });
}

/** 'trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này': kept as written; it has no day of its own. */
function relativeInText(
	clean: string
): { text: string; due: IsoDate | null; index: number; closing: boolean } | null {
	const m = RELATIVE.exec(clean);
	return m === null ? null : at(clean, m, { text: deadlineWording(m[0]), due: null });
}
