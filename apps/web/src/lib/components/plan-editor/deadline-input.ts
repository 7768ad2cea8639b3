import { isoDate, parseDeadline, type Deadline } from '@trienkhai/domain';

/** What the deadline field makes of what was typed: the deadline to store (null: none), or a refusal. */
export type DeadlineInput = { ok: true; deadline: Deadline | null } | { ok: false; impossible: string };

// a day/month/year written in the text ('31/02/2025', 'chậm nhất ngày 31-02-2025', '31.02.2025')
const WRITTEN_DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g;

/**
 * Reads the deadline field: empty clears it; a text naming a day that does not exist ('31/02/2025', '15/13/2025')
 * is refused with that day, so it never becomes a deadline without a due date; anything else is the plan's own
 * wording, parsed by the domain ('Quý II/2025', 'Thường xuyên', '15/03/2025').
 */
export function readDeadlineInput(typed: string): DeadlineInput {
	const text = typed.trim();
	if (text === '') return { ok: true, deadline: null };
	for (const [written, day, month, year] of text.matchAll(WRITTEN_DATE)) {
		if (isoDate(Number(year), Number(month), Number(day)) === null) return { ok: false, impossible: written };
	}
	return { ok: true, deadline: parseDeadline(text) };
}
