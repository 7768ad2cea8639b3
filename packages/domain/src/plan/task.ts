import type { Deadline } from './deadline.ts';
import type { IsoDate } from '../time/dates.ts';

/**
 * giao → tiếp nhận → đang thực hiện → báo cáo kết quả → xác nhận (done) or trả lại (returned, back
 * to work); tạm dừng (paused) from any state but done, resuming where it stopped.
 */
export type TaskStatus =
	'assigned' | 'accepted' | 'in_progress' | 'reported' | 'returned' | 'done' | 'paused';

/** A status a task can be paused from and resumed to. */
export type ResumableTaskStatus = Exclude<TaskStatus, 'paused' | 'done'>;

/** Vietnamese labels of the task statuses. */
export const TASK_STATUS_LABELS_VI: Record<TaskStatus, string> = {
	assigned: 'Đã giao',
	accepted: 'Đã tiếp nhận',
	in_progress: 'Đang thực hiện',
	reported: 'Đã báo cáo kết quả',
	returned: 'Bị trả lại',
	done: 'Hoàn thành',
	paused: 'Tạm dừng'
};

/** A task (nhiệm vụ, giải pháp) of a plan, led by one unit with coordinating units. */
export interface Task {
	id: string;
	planId: string;
	/** As numbered in the plan, e.g. 'II.3.a'. */
	code: string;
	content: string;
	leadUnitId: string | null;
	coordinatorUnitIds: string[];
	deadline: Deadline | null;
	/** Expected output (sản phẩm): Đề án, Báo cáo, Quyết định … */
	output: string | null;
	status: TaskStatus;
	/** Percent, 0..100. */
	progress: number;
	completedOn: IsoDate | null;
	/** Where a paused task resumes; absent or null when not paused. */
	pausedFrom?: ResumableTaskStatus | null;
}

/** A freshly assigned task with the given fields and defaults for the rest. */
export function newTask(init: Pick<Task, 'id' | 'planId' | 'code' | 'content'> & Partial<Task>): Task {
	return {
		leadUnitId: null,
		coordinatorUnitIds: [],
		deadline: null,
		output: null,
		status: 'assigned',
		progress: 0,
		completedOn: null,
		...init
	};
}
