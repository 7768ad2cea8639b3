import type { Plan } from '../plan/plan.ts';
import type { Task } from '../plan/task.ts';

/** A unit's role on a plan or one of its tasks (docs/rights.md). */
export type PlanRole = 'owner' | 'lead' | 'coordinator' | 'co_drafter' | 'viewer';

/** The editable fields of a task. */
export type TaskField =
	| 'code'
	| 'content'
	| 'leadUnitId'
	| 'coordinatorUnitIds'
	| 'deadline'
	| 'output'
	| 'status'
	| 'progress'
	| 'resultReport'
	| 'difficulties'
	| 'extensionRequest'
	| 'contributionNote';

/** Fields that make up what the plan says; frozen once issued. */
export const TASK_CONTENT_FIELDS = [
	'code',
	'content',
	'leadUnitId',
	'coordinatorUnitIds',
	'deadline',
	'output'
] as const;
/** Fields the lead unit fills in while carrying the task out. */
export const TASK_EXECUTION_FIELDS = [
	'status',
	'progress',
	'resultReport',
	'difficulties',
	'extensionRequest'
] as const;

/** Something a unit may try to do on a plan. */
export type PlanAction =
	| { kind: 'editPlanContent' }
	| { kind: 'editTaskField'; field: TaskField }
	| { kind: 'createTask' }
	| { kind: 'deleteTask' }
	| { kind: 'issuePlan' }
	| { kind: 'startAmendment' }
	| { kind: 'confirmResult' }
	| { kind: 'returnResult' }
	| { kind: 'comment' };

/** Why an action was refused; stable codes the UI translates and the audit log records. */
export type DenyReason =
	| 'plan_frozen'
	| 'not_owner'
	| 'not_lead'
	| 'not_coordinator'
	| 'not_on_task'
	| 'viewer_read_only'
	| 'not_draft'
	| 'not_issued'
	| 'already_issued'
	| 'already_amending';

/** The answer of `can`. */
export type Decision = { allowed: true } | { allowed: false; reason: DenyReason };

/** Input of `can`: who, on which plan (and task), wants to do what. */
export interface RightsInput {
	unitId: string;
	plan: Pick<Plan, 'status' | 'ownerUnitId' | 'coDrafterUnitIds'>;
	task?: Pick<Task, 'leadUnitId' | 'coordinatorUnitIds'>;
	action: PlanAction;
	/** For contributionNote: the coordinating unit whose note is edited. */
	contributionUnitId?: string;
}

const ALLOW: Decision = { allowed: true };
const deny = (reason: DenyReason): Decision => ({ allowed: false, reason });

/** True for the fields that are the plan's content (code, content, lead, coordinators, deadline, output). */
export function isTaskContentField(field: TaskField): boolean {
	return (TASK_CONTENT_FIELDS as readonly TaskField[]).includes(field);
}

/** True for the fields the lead unit fills in after issue (status, progress, result, difficulties, extension). */
export function isTaskExecutionField(field: TaskField): boolean {
	return (TASK_EXECUTION_FIELDS as readonly TaskField[]).includes(field);
}

/** Every role the unit holds on the plan (and task, if given); ['viewer'] when it holds none. */
export function rolesOnPlan(
	unitId: string,
	plan: Pick<Plan, 'ownerUnitId' | 'coDrafterUnitIds'>,
	task?: Pick<Task, 'leadUnitId' | 'coordinatorUnitIds'>
): PlanRole[] {
	const roles: PlanRole[] = [];
	if (plan.ownerUnitId === unitId) roles.push('owner');
	if (task?.leadUnitId === unitId) roles.push('lead');
	if (task?.coordinatorUnitIds.includes(unitId)) roles.push('coordinator');
	if (plan.coDrafterUnitIds.includes(unitId)) roles.push('co_drafter');
	return roles.length === 0 ? ['viewer'] : roles;
}

function editContent(input: RightsInput, roles: readonly PlanRole[], onTask: boolean): Decision {
	const { plan } = input;
	if (plan.status === 'issued') return deny('plan_frozen');
	if (roles.includes('owner')) return ALLOW;
	if (!onTask || !roles.includes('co_drafter')) return deny('not_owner');
	// co-drafting is for the first draft; an amendment is the owner's alone
	if (plan.status !== 'draft') return deny('not_draft');
	return roles.includes('lead') || roles.includes('coordinator') ? ALLOW : deny('not_on_task');
}

function editTaskField(input: RightsInput, roles: readonly PlanRole[], field: TaskField): Decision {
	if (isTaskContentField(field)) return editContent(input, roles, input.task !== undefined);
	if (input.plan.status === 'draft') return deny('not_issued');
	if (field === 'contributionNote') {
		return roles.includes('coordinator') && input.contributionUnitId === input.unitId
			? ALLOW
			: deny('not_coordinator');
	}
	return roles.includes('lead') ? ALLOW : deny('not_lead');
}

/**
 * Whether a unit may do an action (docs/rights.md). The owner edits everything while draft or amending,
 * issues, amends, and reviews results; a task's lead unit fills in its execution fields after issue;
 * a coordinating unit writes its own contribution note; a co-drafter edits, while draft, the tasks it
 * leads or coordinates and comments anywhere; issued content is frozen for everyone; viewers read.
 */
export function can(input: RightsInput): Decision {
	const roles = rolesOnPlan(input.unitId, input.plan, input.task);
	if (roles.includes('viewer')) return deny('viewer_read_only');
	const { plan, action } = input;
	const owner = roles.includes('owner');
	switch (action.kind) {
		case 'comment':
			return ALLOW;
		case 'editPlanContent':
		case 'createTask':
		case 'deleteTask':
			return editContent(input, roles, false);
		case 'editTaskField':
			return editTaskField(input, roles, action.field);
		case 'issuePlan':
			if (!owner) return deny('not_owner');
			return plan.status === 'issued' ? deny('already_issued') : ALLOW;
		case 'startAmendment':
			if (!owner) return deny('not_owner');
			if (plan.status === 'amending') return deny('already_amending');
			return plan.status === 'issued' ? ALLOW : deny('not_issued');
		case 'confirmResult':
		case 'returnResult':
			if (!owner) return deny('not_owner');
			return plan.status === 'draft' ? deny('not_issued') : ALLOW;
		default: {
			const unreachable: never = action;
			throw new Error(`unknown action ${JSON.stringify(unreachable)}`);
		}
	}
}
