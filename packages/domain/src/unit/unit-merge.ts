import { DomainError } from '../errors.ts';
import type { TaskStatus } from '../plan/task.ts';

/** A task as the merge sees it: its units (from the document) and its status (from the log). */
export interface MergeTask {
	taskId: string;
	status: TaskStatus;
	leadUnitId: string | null;
	coordinatorUnitIds: readonly string[];
}

/** Which units stop existing and which unit takes over their work. */
export interface UnitMergeSpec {
	dissolvedUnitIds: readonly string[];
	successorUnitId: string;
	/**
	 * A split's share (chia tách): only these open tasks pass to this successor, and the dissolved unit's plans
	 * stay where they are (they go with the main share, a merge of the rest). Absent: every open task.
	 */
	onlyTaskIds?: readonly string[];
}

/** What changes on one open task: its lead, its coordinators, or both (absent: unchanged). */
export interface TaskSuccession {
	taskId: string;
	lead?: { from: string | null; to: string };
	coordinators?: { from: string[]; to: string[] };
}

/** Refuses a merge that names no dissolved unit, or names the successor among the dissolved. */
export function checkUnitMerge(spec: UnitMergeSpec): void {
	if (spec.successorUnitId === '') throw new DomainError('invalid_command', 'a merge needs a successor unit');
	if (spec.dissolvedUnitIds.length === 0)
		throw new DomainError('invalid_command', 'a merge needs a dissolved unit');
	if (spec.dissolvedUnitIds.includes(spec.successorUnitId)) {
		throw new DomainError('invalid_command', 'the successor cannot be one of the dissolved units');
	}
}

/** Whether a task is still open work: anything not confirmed done. Completed tasks keep their units. */
export function isOpenTask(status: TaskStatus): boolean {
	return status !== 'done';
}

/**
 * The succession of one task: a dissolved lead becomes the successor; dissolved coordinators become the
 * successor once, and the successor is never both lead and coordinator (it is dropped from the coordinators
 * when it leads). Null when the task is done or names no dissolved unit.
 */
export function taskSuccession(task: MergeTask, spec: UnitMergeSpec): TaskSuccession | null {
	if (!isOpenTask(task.status)) return null;
	if (spec.onlyTaskIds && !spec.onlyTaskIds.includes(task.taskId)) return null;
	const dissolved = new Set(spec.dissolvedUnitIds);
	const successor = spec.successorUnitId;
	const leadMoves = task.leadUnitId !== null && dissolved.has(task.leadUnitId);
	if (!leadMoves && !task.coordinatorUnitIds.some((id) => dissolved.has(id))) return null;
	const lead = leadMoves ? successor : task.leadUnitId;
	const coordinators: string[] = [];
	for (const id of task.coordinatorUnitIds) {
		const next = dissolved.has(id) ? successor : id;
		if (next !== lead && !coordinators.includes(next)) coordinators.push(next);
	}
	const result: TaskSuccession = { taskId: task.taskId };
	if (leadMoves) result.lead = { from: task.leadUnitId, to: successor };
	const before = [...task.coordinatorUnitIds];
	if (coordinators.join('\n') !== before.join('\n')) result.coordinators = { from: before, to: coordinators };
	return result;
}

/** The successions of a plan's tasks, in task order; empty when the merge touches none of its open tasks. */
export function decideUnitMerge(tasks: readonly MergeTask[], spec: UnitMergeSpec): TaskSuccession[] {
	checkUnitMerge(spec);
	return tasks.flatMap((task) => taskSuccession(task, spec) ?? []);
}

/** A preview of a merge: how many open tasks of how many plans move (lead or coordination). */
export interface UnitMergePreview {
	plans: number;
	tasks: number;
	leadTasks: number;
	coordinatorTasks: number;
}

/** Counts what a merge would move, from each plan's tasks. */
export function previewUnitMerge(
	plans: ReadonlyArray<{ planId: string; tasks: readonly MergeTask[] }>,
	spec: UnitMergeSpec
): UnitMergePreview {
	const preview: UnitMergePreview = { plans: 0, tasks: 0, leadTasks: 0, coordinatorTasks: 0 };
	for (const plan of plans) {
		const moves = decideUnitMerge(plan.tasks, spec);
		if (moves.length === 0) continue;
		preview.plans += 1;
		preview.tasks += moves.length;
		preview.leadTasks += moves.filter((m) => m.lead).length;
		preview.coordinatorTasks += moves.filter((m) => m.coordinators).length;
	}
	return preview;
}

/** Who owns and co-drafts a plan. */
export interface PlanUnits {
	ownerUnitId: string;
	coDrafterUnitIds: readonly string[];
}

/** A plan's owner and co-drafters after a merge, and whether each changed. */
export interface PlanUnitsAfterMerge {
	ownerUnitId: string;
	coDrafterUnitIds: string[];
	ownerMoved: boolean;
	coDraftersMoved: boolean;
}

/**
 * A plan of a dissolved unit passes to the successor (it drafts, signs and issues it from now on); a dissolved
 * co-drafter is replaced by the successor once, and the successor is never both owner and co-drafter.
 */
export function planUnitsAfterMerge(plan: PlanUnits, spec: UnitMergeSpec): PlanUnitsAfterMerge {
	// a split's share moves tasks only: the plans pass with the main share
	const dissolved = new Set(spec.onlyTaskIds ? [] : spec.dissolvedUnitIds);
	const ownerMoved = dissolved.has(plan.ownerUnitId);
	const ownerUnitId = ownerMoved ? spec.successorUnitId : plan.ownerUnitId;
	const coDrafterUnitIds: string[] = [];
	for (const id of plan.coDrafterUnitIds) {
		const next = dissolved.has(id) ? spec.successorUnitId : id;
		if (next !== ownerUnitId && !coDrafterUnitIds.includes(next)) coDrafterUnitIds.push(next);
	}
	const coDraftersMoved = coDrafterUnitIds.join('\n') !== plan.coDrafterUnitIds.join('\n');
	return { ownerUnitId, coDrafterUnitIds, ownerMoved, coDraftersMoved };
}
