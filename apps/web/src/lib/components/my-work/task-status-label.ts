import type { TaskStatus } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';

/** Task status labels in the reader's language. */
export const TASK_STATUS_LABEL: Record<TaskStatus, () => string> = {
	assigned: m.task_status_assigned,
	accepted: m.task_status_accepted,
	in_progress: m.task_status_in_progress,
	reported: m.task_status_reported,
	returned: m.task_status_returned,
	done: m.task_status_done,
	paused: m.task_status_paused
};
