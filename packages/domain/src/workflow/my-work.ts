import type { Deadline } from '../plan/deadline.ts';
import type { TaskStatus } from '../plan/task.ts';
import { computeTimeStatus, type TimeStatus } from '../stats/time-status.ts';

/** A task a unit has to do or to review, across plans. */
export interface MyWorkTask {
	id: string;
	planId: string;
	planTitle: string;
	directiveIds: string[];
	code: string;
	content: string;
	/** Which of the reader's units it concerns, and how: leads, coordinates, or owns the plan (to confirm). */
	unitId: string;
	role: 'lead' | 'coordinator' | 'owner';
	status: TaskStatus;
	progress: number;
	deadline: Deadline | null;
	completedOn: string | null;
}

/** An opinion a unit owes on a draft. */
export interface MyWorkOpinion {
	planId: string;
	planTitle: string;
	roundId: string;
	unitId: string;
	dueOn: string;
}

/** Which list a task belongs to on "Việc của tôi". */
export type MyWorkBucket = 'overdue' | 'due_soon' | 'awaiting_confirmation' | 'open' | 'done';

/** A task with where it stands now. */
export interface ClassifiedTask extends MyWorkTask {
	bucket: MyWorkBucket;
	timeStatus: TimeStatus;
	daysLeft: number | null;
	daysOverdue: number | null;
}

/** What the filters of the page choose (empty: any). */
export interface MyWorkFilters {
	planId?: string;
	directiveId?: string;
	status?: TaskStatus | '';
	unitId?: string;
}

/**
 * Where each task stands at `now`: a result reported to the reader's unit as owner awaits its confirmation;
 * a task it leads or coordinates is overdue, due within `dueSoonDays`, open, or done.
 */
export function classifyMyWork(tasks: readonly MyWorkTask[], now: Date, dueSoonDays = 7): ClassifiedTask[] {
	return tasks.map((task) => {
		const time = computeTimeStatus(task, now, { dueSoonDays });
		const bucket: MyWorkBucket =
			task.role === 'owner'
				? 'awaiting_confirmation'
				: task.status === 'done'
					? 'done'
					: time.status === 'overdue'
						? 'overdue'
						: time.dueSoon
							? 'due_soon'
							: 'open';
		return {
			...task,
			bucket,
			timeStatus: time.status,
			daysLeft: time.daysLeft,
			daysOverdue: time.daysOverdue
		};
	});
}

/** The tasks that pass the filters. */
export function filterMyWork<T extends MyWorkTask>(tasks: readonly T[], filters: MyWorkFilters): T[] {
	return tasks.filter(
		(t) =>
			(!filters.planId || t.planId === filters.planId) &&
			(!filters.directiveId || t.directiveIds.includes(filters.directiveId)) &&
			(!filters.status || t.status === filters.status) &&
			(!filters.unitId || t.unitId === filters.unitId)
	);
}

/** The counts the header and the page's tabs show. */
export interface MyWorkCounts {
	overdue: number;
	dueSoon: number;
	awaitingConfirmation: number;
	opinionsOwed: number;
	open: number;
	/** What needs acting on: overdue + due soon + awaiting confirmation + opinions owed. */
	urgent: number;
}

/** Counts of the classified tasks and owed opinions. */
export function countMyWork(
	tasks: readonly ClassifiedTask[],
	opinions: readonly MyWorkOpinion[]
): MyWorkCounts {
	const n = (bucket: MyWorkBucket) => tasks.filter((t) => t.bucket === bucket).length;
	const counts = {
		overdue: n('overdue'),
		dueSoon: n('due_soon'),
		awaitingConfirmation: n('awaiting_confirmation'),
		opinionsOwed: opinions.length,
		open: n('open')
	};
	return {
		...counts,
		urgent: counts.overdue + counts.dueSoon + counts.awaitingConfirmation + counts.opinionsOwed
	};
}
