import type { PlanDocumentTask, TaskStatus } from '@trienkhai/domain';

/** A task's execution as the workflow controls show it. */
export interface TaskExecution {
	status: TaskStatus;
	progress: number;
	resultReport: string | null;
	leadUnitId: string | null;
}

/** What a task card asks of the editor: every change goes into the shared document there. */
export interface TaskEdits {
	setText: (task: PlanDocumentTask, field: 'output', value: string) => void;
	setDeadline: (task: PlanDocumentTask, value: string) => void;
	setLead: (task: PlanDocumentTask, id: string | null) => void;
	setCoordinators: (task: PlanDocumentTask, ids: string[]) => void;
	saveReports: (task: PlanDocumentTask, difficulties: string, extensionRequest: string) => void;
	move: (task: PlanDocumentTask, by: -1 | 1) => void;
	remove: (task: PlanDocumentTask) => void;
	focus: (taskId: string, field: string) => void;
	cursor: (taskId: string, anchor: unknown) => void;
	boundary: () => void;
}
