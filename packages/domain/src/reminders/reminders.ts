import type { TaskStatus } from '../plan/task.ts';
import { computeTimeStatus } from '../stats/time-status.ts';
import { VN_TIME_ZONE, type IsoDate } from '../time/dates.ts';

/** The stage of a reminder: 7, 3 or 1 day(s) before the due date, or past it. */
export type ReminderKind = 'due7' | 'due3' | 'due1' | 'overdue';

/** Every reminder kind, from the earliest to the latest stage. */
export const REMINDER_KINDS = ['due7', 'due3', 'due1', 'overdue'] as const satisfies readonly ReminderKind[];

/** What a reminder needs of a task. */
export interface ReminderTask {
	id: string;
	planId: string;
	leadUnitId: string | null;
	status: TaskStatus;
	/** The due date of the task's deadline (null: no date, e.g. "Thường xuyên"). */
	due: IsoDate | null;
	completedOn: IsoDate | null;
}

/** One reminder owed to a task's lead unit. */
export interface Reminder {
	taskId: string;
	planId: string;
	unitId: string;
	kind: ReminderKind;
	due: IsoDate;
	/** Days until the due date (0 on the day); null when overdue. */
	daysLeft: number | null;
	/** Days past the due date; null when not overdue. */
	daysOverdue: number | null;
}

/** Options of dueReminders. */
export interface ReminderOptions {
	/** The zone "today" is taken in; default Asia/Ho_Chi_Minh. */
	timeZone?: string;
}

/** The stage a task with `daysLeft` days to go is in: the nearest threshold not yet passed. */
export function reminderKindFor(daysLeft: number): ReminderKind | null {
	if (daysLeft < 0) return 'overdue';
	if (daysLeft <= 1) return 'due1';
	if (daysLeft <= 3) return 'due3';
	if (daysLeft <= 7) return 'due7';
	return null;
}

/**
 * The reminders owed at `now`: for every task not done that has a lead unit and a due date, the one stage it
 * is in (7, 3, 1 days before, or overdue), counted in Vietnam's calendar days. A task more than 7 days from
 * its due date, a done task, and a task without a due date or a lead unit are never reminded. Callers store
 * reminders keyed by (task, kind, due date), so running this again is harmless and a moved deadline
 * re-notifies.
 */
export function dueReminders(
	tasks: Iterable<ReminderTask>,
	now: Date,
	options: ReminderOptions = {}
): Reminder[] {
	const reminders: Reminder[] = [];
	for (const task of tasks) {
		if (task.status === 'done' || task.due === null || task.leadUnitId === null) continue;
		const timed = computeTimeStatus(
			{
				status: task.status,
				completedOn: task.completedOn,
				deadline: { kind: 'date', text: task.due, due: task.due, latest: false }
			},
			now,
			{ timeZone: options.timeZone ?? VN_TIME_ZONE }
		);
		const kind =
			timed.status === 'overdue'
				? 'overdue'
				: timed.daysLeft === null
					? null
					: reminderKindFor(timed.daysLeft);
		if (kind === null) continue;
		reminders.push({
			taskId: task.id,
			planId: task.planId,
			unitId: task.leadUnitId,
			kind,
			due: task.due,
			daysLeft: kind === 'overdue' ? null : timed.daysLeft,
			daysOverdue: kind === 'overdue' ? timed.daysOverdue : null
		});
	}
	return reminders;
}
