import { addDays, daysBetween, isIsoDate, type IsoDate } from '../time/dates.ts';
import { percent, type UnitStatistics } from './statistics.ts';

/** The due-soon windows a dashboard shows, in days (due within 7, 3, 1 days). */
export const DUE_SOON_WINDOWS = [7, 3, 1] as const;

/** Counts of one unit (or of all) by time status, as a database aggregates them. */
export interface TimeStatusCounts {
	total: number;
	doneOnTime: number;
	doneLate: number;
	withinDeadline: number;
	overdue: number;
	notStarted: number;
	dueSoon: number;
}

/**
 * The Government Office's shape (see computeStatistics) from counts aggregated elsewhere (SQL), so a
 * dashboard's numbers are built by the same rules as the domain's: done = on time + late,
 * not done = within deadline + overdue, rates one decimal.
 */
export function statisticsFromCounts(unitId: string | null, c: TimeStatusCounts): UnitStatistics {
	const done = c.doneOnTime + c.doneLate;
	const notDone = c.withinDeadline + c.overdue;
	if (done + notDone !== c.total) {
		throw new RangeError(`counts do not add up: ${done} done + ${notDone} not done ≠ ${c.total}`);
	}
	return {
		unitId,
		total: c.total,
		done: { total: done, onTime: c.doneOnTime, late: c.doneLate },
		notDone: { total: notDone, withinDeadline: c.withinDeadline, overdue: c.overdue },
		notStarted: c.notStarted,
		dueSoon: c.dueSoon,
		rates: {
			done: percent(done, c.total),
			doneOnTime: percent(c.doneOnTime, c.total),
			doneLate: percent(c.doneLate, c.total),
			notDone: percent(notDone, c.total),
			overdue: percent(c.overdue, c.total)
		}
	};
}

/** The Monday of the week a date falls in (weeks run Monday to Sunday, as Vietnamese calendars do). */
export function weekStartOf(date: IsoDate): IsoDate {
	if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${String(date)}`);
	// 1970-01-05 was a Monday
	const offset = ((daysBetween('1970-01-05', date) % 7) + 7) % 7;
	return addDays(date, -offset);
}

/** One week of the progress-over-time chart. */
export interface WeekPoint {
	weekStart: IsoDate;
	/** Tasks completed in the week. */
	completed: number;
	/** Tasks whose due date falls in the week. */
	due: number;
	/** Tasks completed up to the end of the week (since the beginning, not the window). */
	completedToDate: number;
	/** Tasks due up to the end of the week. */
	dueToDate: number;
}

/**
 * The last `weeks` weeks ending with the week of `today`, filled from per-week counts (weeks with
 * nothing are zeros) and the counts before the window, so the running totals start right.
 */
export function weeklySeries(input: {
	today: IsoDate;
	weeks: number;
	completedByWeek: ReadonlyMap<IsoDate, number>;
	dueByWeek: ReadonlyMap<IsoDate, number>;
	completedBefore: number;
	dueBefore: number;
}): WeekPoint[] {
	if (!Number.isInteger(input.weeks) || input.weeks < 1 || input.weeks > 520) {
		throw new RangeError(`weeks must be 1..520, got ${input.weeks}`);
	}
	const last = weekStartOf(input.today);
	const points: WeekPoint[] = [];
	let completedToDate = input.completedBefore;
	let dueToDate = input.dueBefore;
	for (let i = input.weeks - 1; i >= 0; i--) {
		const weekStart = addDays(last, -7 * i);
		const completed = input.completedByWeek.get(weekStart) ?? 0;
		const due = input.dueByWeek.get(weekStart) ?? 0;
		completedToDate += completed;
		dueToDate += due;
		points.push({ weekStart, completed, due, completedToDate, dueToDate });
	}
	return points;
}

/** What the presenter of a meeting shows: a panel, optionally one unit or one task. */
export interface MeetingFocus {
	panel: MeetingPanel;
	unitId: string | null;
	taskId: string | null;
}

/** The panels of a dashboard in meeting mode, in rotation order. */
export const MEETING_PANELS = ['overview', 'units', 'overdue', 'due', 'groups', 'activity'] as const;

/** One panel of a dashboard in meeting mode. */
export type MeetingPanel = (typeof MEETING_PANELS)[number];

// ids are opaque ('plan-ubnd-qb-kl69/II.2.b.1', uuids); nothing that could break out of an attribute
const ID = /^[^\s<>"'`]{1,200}$/u;

/** Reads a focus sent by a presenter; null when it is not one (unknown panel, malformed ids). */
export function parseMeetingFocus(value: unknown): MeetingFocus | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	const panel = MEETING_PANELS.find((p) => p === v['panel']);
	if (panel === undefined) return null;
	const id = (x: unknown): string | null | undefined =>
		x === null || x === undefined ? null : typeof x === 'string' && ID.test(x) ? x : undefined;
	const unitId = id(v['unitId']);
	const taskId = id(v['taskId']);
	if (unitId === undefined || taskId === undefined) return null;
	return { panel, unitId, taskId };
}

// No 0/O, 1/I/L: a code read aloud or off a projector must not be mistyped.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The length of a meeting code. */
export const MEETING_CODE_LENGTH = 6;

/** A meeting code from random bytes (at least MEETING_CODE_LENGTH of them). */
export function meetingCodeFrom(bytes: Uint8Array): string {
	if (bytes.length < MEETING_CODE_LENGTH) throw new RangeError('not enough random bytes');
	let code = '';
	for (let i = 0; i < MEETING_CODE_LENGTH; i++) code += CODE_ALPHABET[bytes[i]! % CODE_ALPHABET.length];
	return code;
}

/** A code as typed by an attendee, normalised (upper case, no spaces), or null when it cannot be one. */
export function normaliseMeetingCode(input: string): string | null {
	const code = input.replace(/[\s-]+/g, '').toUpperCase();
	return code.length === MEETING_CODE_LENGTH && [...code].every((ch) => CODE_ALPHABET.includes(ch))
		? code
		: null;
}
