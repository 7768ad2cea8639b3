import type { Actor } from '../plan/actor.ts';
import type { ContentEvent, PermissionDenied } from '../plan/content.events.ts';
import type { Plan } from '../plan/plan.ts';
import { can, type DenyReason, type PlanAction, type TaskField } from '../rights/rights.ts';
import { deriveContentEvents } from './derive-events.ts';
import type { PlanDocumentSnapshot, PlanDocumentTask } from './plan-document.ts';

/** What a document change does, as the rights check names it; moving a task is decided as editPlanContent. */
export type DocumentAction = 'editPlanContent' | 'createTask' | 'deleteTask' | 'editTaskField' | 'moveTask';

/** One difference between two document states the unit may not make. */
export interface DocumentViolation {
	action: DocumentAction;
	taskId: string | null;
	/** The task field, or the plan section, touched; null for groups, created, deleted and moved tasks. */
	field: string | null;
	reason: DenyReason;
}

/** Who changes the document, and the plan's state that decides what they may change. */
export interface DocumentRightsContext {
	unitId: string;
	plan: Pick<Plan, 'status' | 'ownerUnitId' | 'coDrafterUnitIds'>;
}

/** The answer of checkDocumentChange. */
export type DocumentChangeDecision = { allowed: true } | { allowed: false; violations: DocumentViolation[] };

interface Check {
	action: DocumentAction;
	taskId: string | null;
	field: string | null;
	/** The task whose roles decide: as it was before the change, or as created. */
	task: PlanDocumentTask | undefined;
	asked: PlanAction;
}

const SYSTEM: Actor = { userId: '', unitId: '' };

/** The rights question a derived event asks (docs/rights.md). */
function checkOf(
	event: ContentEvent,
	before: ReadonlyMap<string, PlanDocumentTask>,
	after: ReadonlyMap<string, PlanDocumentTask>
): Check | null {
	const taskId = event.taskId;
	const task = taskId === null ? undefined : (before.get(taskId) ?? after.get(taskId));
	const editField = (field: TaskField): Check => ({
		action: 'editTaskField',
		taskId,
		field,
		task,
		asked: { kind: 'editTaskField', field }
	});
	const plan = { action: 'editPlanContent', taskId: null, field: null, task: undefined } as const;
	switch (event.type) {
		case 'PlanSectionEdited':
			return { ...plan, field: event.data.section, asked: { kind: 'editPlanContent' } };
		case 'TaskGroupCreated':
		case 'TaskGroupChanged':
		case 'TaskGroupMoved':
		case 'TaskGroupDeleted':
			return { ...plan, asked: { kind: 'editPlanContent' } };
		case 'TaskCreated':
			return { action: 'createTask', taskId, field: null, task, asked: { kind: 'createTask' } };
		case 'TaskDeleted':
			return { action: 'deleteTask', taskId, field: null, task, asked: { kind: 'deleteTask' } };
		case 'TaskMoved':
			return { action: 'moveTask', taskId, field: null, task, asked: { kind: 'editPlanContent' } };
		case 'TaskFieldChanged':
			return editField(event.data.field);
		case 'TaskTextEdited':
			return editField(event.data.field);
		case 'TaskContributionNoted':
		case 'PermissionDenied':
			return null;
		default: {
			const unreachable: never = event;
			throw new Error(`unknown content event ${JSON.stringify(unreachable)}`);
		}
	}
}

/**
 * Whether a unit may change the plan document from `before` to `after`: every difference (as
 * deriveContentEvents finds it) is put to `can`. A task's rights are decided on the task as it was before
 * the change (so a unit cannot first make itself lead and then edit), a created task's on the task as
 * created. Returns every violation, so the author can be told all that was refused.
 */
export function checkDocumentChange(
	before: PlanDocumentSnapshot,
	after: PlanDocumentSnapshot,
	context: DocumentRightsContext
): DocumentChangeDecision {
	return checkContentEvents(deriveContentEvents(before, after, SYSTEM, ''), before, after, context);
}

/**
 * checkDocumentChange for a caller that has derived the change's events already (deriveContentEvents of
 * `before` and `after`, by any actor and time): the same decision without deriving them twice.
 */
export function checkContentEvents(
	events: readonly ContentEvent[],
	before: PlanDocumentSnapshot,
	after: PlanDocumentSnapshot,
	context: DocumentRightsContext
): DocumentChangeDecision {
	const tasksBefore = new Map(before.tasks.map((t) => [t.id, t]));
	const tasksAfter = new Map(after.tasks.map((t) => [t.id, t]));
	const violations: DocumentViolation[] = [];
	for (const event of events) {
		const check = checkOf(event, tasksBefore, tasksAfter);
		if (check === null) continue;
		const decision = can({
			unitId: context.unitId,
			plan: context.plan,
			task: check.task,
			action: check.asked
		});
		if (!decision.allowed) {
			const { action, taskId, field } = check;
			violations.push({ action, taskId, field, reason: decision.reason });
		}
	}
	return violations.length === 0 ? { allowed: true } : { allowed: false, violations };
}

/** The PermissionDenied events that log refused document changes (one per violation). */
export function permissionDeniedEvents(
	violations: readonly DocumentViolation[],
	actor: Actor,
	at: string
): PermissionDenied[] {
	return violations.map((v) => ({
		type: 'PermissionDenied',
		taskId: v.taskId,
		actor,
		at,
		data: { action: v.action, field: v.field, reason: v.reason }
	}));
}
