import type { Plan } from '../plan/plan.ts';
import type { Task } from '../plan/task.ts';
import { can, rolesOnPlan } from '../rights/rights.ts';
import type { SuggestableField } from './workflow.events.ts';

/** Why a workflow action was refused; stable codes the UI translates. */
export type WorkflowDenyReason =
	'viewer_read_only' | 'not_owner' | 'plan_frozen' | 'may_edit' | 'not_asked' | 'not_draft';

export type WorkflowDecision = { allowed: true } | { allowed: false; reason: WorkflowDenyReason };

/** Who, on which plan (and task), with the units asked for opinions on it. */
export interface WorkflowRightsInput {
	unitId: string;
	plan: Pick<Plan, 'status' | 'ownerUnitId' | 'coDrafterUnitIds'>;
	task?: Pick<Task, 'leadUnitId' | 'coordinatorUnitIds'>;
	/** Units asked for opinions in any round of the plan. */
	opinionUnitIds: readonly string[];
}

const ALLOW: WorkflowDecision = { allowed: true };
const deny = (reason: WorkflowDenyReason): WorkflowDecision => ({ allowed: false, reason });

/**
 * Who may comment (docs/rights.md): the owner unit, the co-drafting units, the units asked for opinions,
 * and, on a task, its lead and coordinating units. Viewers and administrators read.
 */
export function mayComment(input: WorkflowRightsInput): WorkflowDecision {
	if (input.opinionUnitIds.includes(input.unitId)) return ALLOW;
	const roles = rolesOnPlan(input.unitId, input.plan, input.task);
	return roles.includes('viewer') ? deny('viewer_read_only') : ALLOW;
}

/**
 * Who may suggest a new value for a task field: a unit that may comment, while the plan's content is
 * open (draft or amending), and that may not edit that field itself (it edits instead).
 */
export function maySuggest(input: WorkflowRightsInput & { field: SuggestableField }): WorkflowDecision {
	if (input.plan.status === 'issued') return deny('plan_frozen');
	const comment = mayComment(input);
	if (!comment.allowed) return comment;
	const edit = can({
		unitId: input.unitId,
		plan: input.plan,
		task: input.task,
		action: { kind: 'editTaskField', field: input.field }
	});
	return edit.allowed ? deny('may_edit') : ALLOW;
}

/** Who decides suggestions, opinion rounds and opinions: the owner unit, while the content is open. */
export function mayManageDraft(input: Pick<WorkflowRightsInput, 'unitId' | 'plan'>): WorkflowDecision {
	if (input.plan.ownerUnitId !== input.unitId) return deny('not_owner');
	return input.plan.status === 'issued' ? deny('plan_frozen') : ALLOW;
}

/** Who answers in an opinion round: the units it asked. */
export function mayGiveOpinion(unitId: string, roundUnitIds: readonly string[]): WorkflowDecision {
	return roundUnitIds.includes(unitId) ? ALLOW : deny('not_asked');
}
