import { can, rolesOnPlan, type Plan } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { denyReasonText } from '#lib/components/plan-editor/deny-reason.ts';

/**
 * Whether the time-travel page offers "restore this version" to a unit: to those who edit the draft (the
 * owner while draft or amending, a co-drafter while draft: the restore is then checked change by change).
 * `blocked` says, in Vietnamese, why a unit that drafts the plan cannot restore it now (issued: frozen).
 */
export function restoreOffer(
	unitId: string,
	plan: Pick<Plan, 'status' | 'ownerUnitId' | 'coDrafterUnitIds'>
): { offer: boolean; blocked: string | null } {
	const roles = rolesOnPlan(unitId, plan);
	if (!roles.includes('owner') && !roles.includes('co_drafter')) return { offer: false, blocked: null };
	const decision = can({ unitId, plan, action: { kind: 'editPlanContent' } });
	if (decision.allowed) return { offer: true, blocked: null };
	if (decision.reason === 'not_owner' && plan.status === 'draft') return { offer: true, blocked: null };
	return { offer: false, blocked: m.restore_refused({ reason: denyReasonText(decision.reason) }) };
}
