import type { Task } from '../plan/task.ts';
import { computeTimeStatus, type TimeStatusOptions } from './time-status.ts';

/**
 * Task counts of one lead unit (or of all) in the Government Office's shape:
 * done = onTime + late; notDone = withinDeadline + overdue. `notStarted` is a subset of
 * `notDone.withinDeadline` (a not-started task past its due date counts as overdue only), so
 * done.onTime + done.late + (withinDeadline − notStarted) + overdue + notStarted = total,
 * one colour each. Rates are percent of total, one decimal, 0 when total is 0.
 */
export interface UnitStatistics {
	unitId: string | null;
	total: number;
	done: { total: number; onTime: number; late: number };
	notDone: { total: number; withinDeadline: number; overdue: number };
	notStarted: number;
	/** Not done, within deadline, and due within `dueSoonDays`. */
	dueSoon: number;
	rates: { done: number; doneOnTime: number; doneLate: number; notDone: number; overdue: number };
}

/** Statistics of a task list: the whole and per lead unit. */
export interface Statistics {
	total: UnitStatistics;
	/** One entry per lead unit, in order of first appearance; unassigned tasks under unitId null. */
	byUnit: UnitStatistics[];
}

/** The task fields statistics read. */
export type StatisticsTask = Pick<Task, 'leadUnitId' | 'status' | 'deadline' | 'completedOn'> & {
	progress?: number;
};

interface Counts {
	total: number;
	onTime: number;
	late: number;
	within: number;
	overdue: number;
	notStarted: number;
	dueSoon: number;
}

const zero = (): Counts => ({
	total: 0,
	onTime: 0,
	late: 0,
	within: 0,
	overdue: 0,
	notStarted: 0,
	dueSoon: 0
});

/** Percent of a total rounded to one decimal; 0 of nothing is 0, not NaN. */
export function percent(part: number, total: number): number {
	return total === 0 ? 0 : Math.round((part * 1000) / total) / 10;
}

function toUnitStatistics(unitId: string | null, c: Counts): UnitStatistics {
	const done = c.onTime + c.late;
	const notDone = c.within + c.overdue;
	return {
		unitId,
		total: c.total,
		done: { total: done, onTime: c.onTime, late: c.late },
		notDone: { total: notDone, withinDeadline: c.within, overdue: c.overdue },
		notStarted: c.notStarted,
		dueSoon: c.dueSoon,
		rates: {
			done: percent(done, c.total),
			doneOnTime: percent(c.onTime, c.total),
			doneLate: percent(c.late, c.total),
			notDone: percent(notDone, c.total),
			overdue: percent(c.overdue, c.total)
		}
	};
}

/** Counts tasks by time status at `now`, overall and per lead unit. */
export function computeStatistics(
	tasks: readonly StatisticsTask[],
	now: Date,
	opts: TimeStatusOptions = {}
): Statistics {
	const all = zero();
	const units = new Map<string | null, Counts>();
	for (const task of tasks) {
		const { status, dueSoon } = computeTimeStatus(task, now, opts);
		let unit = units.get(task.leadUnitId);
		if (unit === undefined) {
			unit = zero();
			units.set(task.leadUnitId, unit);
		}
		for (const c of [all, unit]) {
			c.total += 1;
			switch (status) {
				case 'done_on_time':
					c.onTime += 1;
					break;
				case 'done_late':
					c.late += 1;
					break;
				case 'overdue':
					c.overdue += 1;
					break;
				case 'not_started':
					c.notStarted += 1;
					c.within += 1;
					break;
				case 'within_deadline':
					c.within += 1;
					break;
				default: {
					const unreachable: never = status;
					throw new Error(`unknown time status ${String(unreachable)}`);
				}
			}
			if (dueSoon) c.dueSoon += 1;
		}
	}
	return {
		total: toUnitStatistics(null, all),
		byUnit: [...units].map(([unitId, c]) => toUnitStatistics(unitId, c))
	};
}
