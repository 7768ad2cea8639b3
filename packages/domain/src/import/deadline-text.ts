import { parseDeadline } from '../plan/deadline.ts';
import type { IsoDate } from '../time/dates.ts';

const DATE = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}`;
const PERIOD = String.raw`(?:ngày\s+${DATE}|quý\s+(?:I{1,3}|IV|[1-4])\s*[/-]\s*\d{4}|tháng\s+\d{1,2}\s*[/-]\s*\d{4}|(?:6 tháng|nửa)\s+(?:đầu|cuối)\s+năm\s+\d{4}|năm\s+\d{4})`;
// 'chậm nhất ngày 27/02/2024', 'hoàn thành trước ngày 30/6/2025', 'trong Quý II/2025', 'trong năm 2025'
const IN_TEXT = new RegExp(
	String.raw`(?:chậm nhất(?: là)?(?: vào| trong)?|trước|không quá|hoàn thành(?: trong| vào)?|trong)\s+${PERIOD}`,
	'iu'
);

/** A deadline: the wording as written and its last day (null for 'Thường xuyên', 'Hằng năm', unknown). */
export function deadlineOf(text: string): { text: string; due: IsoDate | null } {
	const wording = text
		.replace(/\s+/g, ' ')
		.replace(/[\s.;,]+$/u, '')
		.trim();
	const parsed = parseDeadline(wording);
	return { text: wording, due: parsed.due };
}

/** A deadline stated inside a task's text ('… chậm nhất ngày 27/02/2024'), or null. */
export function deadlineInText(text: string): { text: string; due: IsoDate | null } | null {
	const m = IN_TEXT.exec(text.replace(/\*+/g, ''));
	if (m === null) return null;
	const wording = m[0].replace(/^hoàn thành\s+(?=trước|chậm)/iu, '');
	const found = deadlineOf(wording);
	return found.due === null ? null : found;
}
