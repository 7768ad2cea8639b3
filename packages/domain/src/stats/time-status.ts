import { VN_TIME_ZONE, daysBetween, localDateOf } from '../time/dates.ts';
import type { Task } from '../plan/task.ts';

/** Where a task stands against its deadline; computed, never stored. */
export type TimeStatus = 'done_on_time' | 'done_late' | 'within_deadline' | 'overdue' | 'not_started';

/** Colour tokens the dashboards map to their palette. */
export const TIME_STATUS_COLOURS: Record<TimeStatus, 'green' | 'amber' | 'blue' | 'red' | 'grey'> = {
	done_on_time: 'green',
	done_late: 'amber',
	within_deadline: 'blue',
	overdue: 'red',
	not_started: 'grey'
};

/** Default hex values of the colours, for exports (XLSX, DOCX) that cannot read CSS variables. */
export const TIME_STATUS_HEX: Record<TimeStatus, string> = {
	done_on_time: '#2e7d32',
	done_late: '#f59e0b',
	within_deadline: '#1d4ed8',
	overdue: '#c62828',
	not_started: '#9e9e9e'
};

/** Vietnamese labels, in the wording of official reports. */
export const TIME_STATUS_LABELS_VI: Record<TimeStatus, string> = {
	done_on_time: 'Hoàn thành đúng hạn',
	done_late: 'Hoàn thành quá hạn',
	within_deadline: 'Đang thực hiện trong hạn',
	overdue: 'Chưa hoàn thành, quá hạn',
	not_started: 'Chưa triển khai'
};

/** Options of the time-status computations. */
export interface TimeStatusOptions {
	/** A task within deadline is "due soon" when at most this many days remain; default 7. */
	dueSoonDays?: number;
	/** The zone "today" is taken in; default Asia/Ho_Chi_Minh. */
	timeZone?: string;
}

/** The time status of one task with the day counts behind it. */
export interface TimeStatusResult {
	status: TimeStatus;
	dueSoon: boolean;
	/** Days until the due date (0 on the day) for a task not done and not overdue. */
	daysLeft: number | null;
	/** Days past the due date: for an overdue task up to today, for a late one up to completion. */
	daysOverdue: number | null;
}

/** The task fields the time status depends on; progress, when known, tells a started 'assigned' task apart. */
export type TimedTask = Pick<Task, 'status' | 'deadline' | 'completedOn'> & { progress?: number };

/**
 * Where a task stands at `now`: a done task compares its completion day with the due date, any other
 * (paused included) compares today in Vietnam with it. No due date means never overdue.
 */
export function computeTimeStatus(
	task: TimedTask,
	now: Date,
	opts: TimeStatusOptions = {}
): TimeStatusResult {
	const today = localDateOf(now, opts.timeZone ?? VN_TIME_ZONE);
	const due = task.deadline?.due ?? null;
	if (task.status === 'done') {
		// a done task without a completion day (older imports) is judged as if completed today
		const completedOn = task.completedOn ?? today;
		const late = due !== null && completedOn > due;
		return {
			status: late ? 'done_late' : 'done_on_time',
			dueSoon: false,
			daysLeft: null,
			daysOverdue: late ? daysBetween(due, completedOn) : null
		};
	}
	if (due !== null && today > due) {
		return { status: 'overdue', dueSoon: false, daysLeft: null, daysOverdue: daysBetween(due, today) };
	}
	const daysLeft = due === null ? null : daysBetween(today, due);
	const notStarted = task.status === 'assigned' && (task.progress ?? 0) === 0;
	return {
		status: notStarted ? 'not_started' : 'within_deadline',
		dueSoon: daysLeft !== null && daysLeft <= (opts.dueSoonDays ?? 7),
		daysLeft,
		daysOverdue: null
	};
}
