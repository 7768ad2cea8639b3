import { parseDeadline, type Deadline } from '../plan/deadline.ts';
import { isIsoDate } from '../time/dates.ts';

type Fields = Record<string, unknown>;

const isInt = (value: unknown): value is number => Number.isInteger(value);

/** The kind-specific part of a deadline, rebuilt from known keys only; null when a key is missing or wrong. */
function readKind(d: Fields): Deadline | null {
	const base = { text: d['text'] as string, due: d['due'] as string | null, latest: d['latest'] as boolean };
	const year = d['year'];
	switch (d['kind']) {
		case 'date':
		case 'yearly':
		case 'ongoing':
		case 'unparsed':
			return { ...base, kind: d['kind'] };
		case 'month':
			return isInt(year) && isInt(d['month']) && d['month'] >= 1 && d['month'] <= 12
				? { ...base, kind: 'month', year, month: d['month'] }
				: null;
		case 'quarter': {
			const q = d['quarter'];
			return isInt(year) && (q === 1 || q === 2 || q === 3 || q === 4)
				? { ...base, kind: 'quarter', year, quarter: q }
				: null;
		}
		case 'half': {
			const h = d['half'];
			return isInt(year) && (h === 1 || h === 2) ? { ...base, kind: 'half', year, half: h } : null;
		}
		case 'year':
			return isInt(year) ? { ...base, kind: 'year', year } : null;
		case 'range':
			return isIsoDate(d['from']) && isIsoDate(d['to'])
				? { ...base, kind: 'range', from: d['from'], to: d['to'] }
				: null;
		default:
			return null;
	}
}

/**
 * A deadline value as a client stored it, checked: a well-formed one is copied (known keys only), a
 * malformed one with wording is re-read from its text, anything else is null. `coerced` says the stored
 * value was not taken as is.
 */
export function readDeadline(value: unknown): { deadline: Deadline | null; coerced: boolean } {
	if (value === null || value === undefined) return { deadline: null, coerced: false };
	if (typeof value === 'string') return { deadline: parseDeadline(value), coerced: true };
	if (typeof value !== 'object' || Array.isArray(value)) return { deadline: null, coerced: true };
	const d = value as Fields;
	const text = d['text'];
	const wellFormed =
		typeof text === 'string' &&
		(d['due'] === null || isIsoDate(d['due'])) &&
		typeof d['latest'] === 'boolean';
	const deadline = wellFormed ? readKind(d) : null;
	if (deadline !== null) return { deadline, coerced: false };
	return { deadline: typeof text === 'string' ? parseDeadline(text) : null, coerced: true };
}
