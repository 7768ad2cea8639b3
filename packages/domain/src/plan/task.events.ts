import type { Actor } from './actor.ts';
import type { ResumableTaskStatus } from './task.ts';
import type { IsoDate } from '../time/dates.ts';

interface TaskEventBase<T extends string, D> {
	type: T;
	taskId: string;
	actor: Actor;
	/** ISO instant */
	at: string;
	data: D;
}

type NoData = Record<string, never>;

/** The lead unit accepted the task. */
export type TaskAccepted = TaskEventBase<'TaskAccepted', NoData>;
/** Work on the task started. */
export type TaskStarted = TaskEventBase<'TaskStarted', NoData>;
/** Progress changed from one percentage to another. */
export type TaskProgressUpdated = TaskEventBase<
	'TaskProgressUpdated',
	{ from: number; to: number; note: string | null }
>;
/** The lead unit reported a result. */
export type TaskResultReported = TaskEventBase<'TaskResultReported', { summary: string }>;
/** The owner confirmed the result; `completedOn` is the Vietnamese calendar day of confirmation. */
export type TaskResultConfirmed = TaskEventBase<
	'TaskResultConfirmed',
	{ comment: string | null; completedOn: IsoDate }
>;
/** The owner returned the result for more work. */
export type TaskResultReturned = TaskEventBase<'TaskResultReturned', { reason: string }>;
/** The task was paused; `previousStatus` is where it resumes. */
export type TaskPaused = TaskEventBase<'TaskPaused', { reason: string; previousStatus: ResumableTaskStatus }>;
/** The task resumed, back in `status`. */
export type TaskResumed = TaskEventBase<'TaskResumed', { status: ResumableTaskStatus }>;

/** Every workflow event of a task. */
export type TaskEvent =
	| TaskAccepted
	| TaskStarted
	| TaskProgressUpdated
	| TaskResultReported
	| TaskResultConfirmed
	| TaskResultReturned
	| TaskPaused
	| TaskResumed;

/** The task event type names, for validating stored events. */
export const TASK_EVENT_TYPES = [
	'TaskAccepted',
	'TaskStarted',
	'TaskProgressUpdated',
	'TaskResultReported',
	'TaskResultConfirmed',
	'TaskResultReturned',
	'TaskPaused',
	'TaskResumed'
] as const satisfies ReadonlyArray<TaskEvent['type']>;
