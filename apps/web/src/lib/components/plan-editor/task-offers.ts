import { decideTask, isDomainError, newTask, type PlanStatus, type TaskStatus } from '@trienkhai/domain';

/** What the page knows of a task's execution, enough to ask the domain what may be done with it. */
export interface TaskProbe {
	taskId: string;
	code: string;
	leadUnitId: string | null;
	status: TaskStatus;
	progress: number;
}

/** The plan as the rights see it. */
export interface PlanProbe {
	status: PlanStatus;
	ownerUnitId: string;
}

/**
 * Whether the domain would accept pausing or resuming the task from this unit now: the very decideTask the
 * server runs, so the page offers exactly what the server takes. Any refusal (wrong unit, wrong state,
 * plan not issued) means the button is not offered.
 */
export function offersTaskCommand(
	type: 'PauseTask' | 'ResumeTask',
	task: TaskProbe,
	unitId: string,
	plan: PlanProbe
): boolean {
	const state = newTask({
		id: task.taskId,
		planId: '',
		code: task.code,
		content: '',
		leadUnitId: task.leadUnitId,
		status: task.status,
		progress: task.progress
	});
	const base = { taskId: task.taskId, actor: { userId: '', unitId }, at: new Date(0).toISOString() };
	// the reason is the user's to type; any text stands in for it here
	const command = type === 'PauseTask' ? { ...base, type, reason: '…' } : { ...base, type };
	try {
		decideTask(command, state, { planStatus: plan.status, ownerUnitId: plan.ownerUnitId });
		return true;
	} catch (error) {
		if (isDomainError(error)) return false;
		throw error;
	}
}
