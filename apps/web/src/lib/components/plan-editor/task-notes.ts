import { can, type Decision, type PlanDocumentTask, type PlanStatus } from '@trienkhai/domain';

/** The longest difficulties, extension request or contribution note a form takes. */
export const TASK_NOTE_MAX_LENGTH = 4000;

/** What the task's notes panel shows one unit: what it may write, and whose notes are there to read. */
export interface TaskNotesView {
	/** May the unit write the difficulties and the extension request (the lead unit, after issue)? */
	reports: Decision;
	/** May the unit write its own contribution note (a coordinating unit, after issue)? */
	contribution: Decision;
	/** Units with a note: coordinators in the plan's order, then units whose note stays from before an amendment. */
	noted: string[];
	/** Anything to show at all: something to write or something written. */
	visible: boolean;
}

/** The notes panel of a task for one unit, decided by the domain's rights (docs/rights.md). */
export function taskNotesView(input: {
	task: Pick<PlanDocumentTask, 'leadUnitId' | 'coordinatorUnitIds' | 'difficulties' | 'extensionRequest'>;
	unitId: string;
	plan: { status: PlanStatus; ownerUnitId: string; coDrafterUnitIds: string[] };
	contributions: Record<string, string>;
}): TaskNotesView {
	const { task, unitId, plan, contributions } = input;
	const reports = can({ unitId, plan, task, action: { kind: 'editTaskField', field: 'difficulties' } });
	const contribution = can({
		unitId,
		plan,
		task,
		action: { kind: 'editTaskField', field: 'contributionNote' },
		contributionUnitId: unitId
	});
	const noted = [
		...task.coordinatorUnitIds.filter((id) => contributions[id] !== undefined),
		...Object.keys(contributions).filter((id) => !task.coordinatorUnitIds.includes(id))
	];
	const visible =
		reports.allowed ||
		contribution.allowed ||
		Boolean(task.difficulties) ||
		Boolean(task.extensionRequest) ||
		noted.length > 0;
	return { reports, contribution, noted, visible };
}
