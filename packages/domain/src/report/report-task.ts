import type { Deadline } from '../plan/deadline.ts';
import type { TaskStatus } from '../plan/task.ts';
import type { IsoDate } from '../time/dates.ts';

/** A task as exports and reports read it: its content, the names of its units, and where it stands. */
export interface ReportTask {
	id: string;
	/** As numbered in the plan, e.g. 'II.1.a'. */
	code: string;
	content: string;
	leadUnitId: string | null;
	/** The lead unit's short name as documents write it; null when no lead is assigned. */
	leadName: string | null;
	coordinatorUnitIds: string[];
	coordinatorNames: string[];
	deadline: Deadline | null;
	output: string | null;
	status: TaskStatus;
	progress: number;
	completedOn: IsoDate | null;
	resultReport: string | null;
	difficulties: string | null;
	extensionRequest: string | null;
}

/** A report task from what is known of it; the rest is a just-assigned task with no units named yet. */
export function newReportTask(
	fields: Pick<ReportTask, 'id' | 'code' | 'content'> & Partial<ReportTask>
): ReportTask {
	return {
		leadUnitId: null,
		leadName: null,
		coordinatorUnitIds: [],
		coordinatorNames: [],
		deadline: null,
		output: null,
		status: 'assigned',
		progress: 0,
		completedOn: null,
		resultReport: null,
		difficulties: null,
		extensionRequest: null,
		...fields
	};
}

/** A task group (II.1, II.2 …) with its tasks in plan order; the ungrouped tasks come as a group with code ''. */
export interface ReportGroup {
	code: string;
	title: string;
	tasks: ReportTask[];
}
