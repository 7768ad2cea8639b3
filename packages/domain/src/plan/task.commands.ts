import type { Actor } from './actor.ts';

interface TaskCommandBase<T extends string> {
	type: T;
	taskId: string;
	actor: Actor;
	/** ISO instant; the caller's clock, never read inside decide */
	at: string;
}

/** The lead unit takes the task on (tiếp nhận). */
export type AcceptTask = TaskCommandBase<'AcceptTask'>;
/** The lead unit starts work. */
export type StartTask = TaskCommandBase<'StartTask'>;
/** The lead unit reports how far along the task is. */
export interface UpdateTaskProgress extends TaskCommandBase<'UpdateTaskProgress'> {
	progress: number;
	note?: string;
}
/** The lead unit reports the result (báo cáo kết quả). */
export interface ReportTaskResult extends TaskCommandBase<'ReportTaskResult'> {
	summary: string;
}
/** The owner unit confirms the result (xác nhận); the task is done. */
export interface ConfirmTaskResult extends TaskCommandBase<'ConfirmTaskResult'> {
	comment?: string;
}
/** The owner unit returns the result for more work (trả lại). */
export interface ReturnTaskResult extends TaskCommandBase<'ReturnTaskResult'> {
	reason: string;
}
/** The lead unit pauses the task (tạm dừng). */
export interface PauseTask extends TaskCommandBase<'PauseTask'> {
	reason: string;
}
/** The lead unit resumes a paused task where it stopped. */
export type ResumeTask = TaskCommandBase<'ResumeTask'>;

/** Every workflow command on a task. */
export type TaskCommand =
	| AcceptTask
	| StartTask
	| UpdateTaskProgress
	| ReportTaskResult
	| ConfirmTaskResult
	| ReturnTaskResult
	| PauseTask
	| ResumeTask;
