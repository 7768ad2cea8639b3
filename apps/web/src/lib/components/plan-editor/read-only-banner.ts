import { can, rolesOnPlan, type DenyReason, type RightsInput } from '@trienkhai/domain';

/** Why the plan's content is not (all) editable for this unit, for the banner above the plan; null: editable. */
export type ReadOnlyBanner = { kind: 'co_drafter' } | { kind: 'read_only'; reason: DenyReason } | null;

/**
 * The banner of a plan page: nothing for those who may edit the plan's content; for a co-drafting unit of a
 * draft, that it edits only the tasks it leads or coordinates; for everyone else, the rights' reason
 * (issued and frozen, read-only viewer, …), so nobody learns it from a tooltip.
 */
export function readOnlyBanner(unitId: string, plan: RightsInput['plan']): ReadOnlyBanner {
	const decision = can({ unitId, plan, action: { kind: 'editPlanContent' } });
	if (decision.allowed) return null;
	if (plan.status === 'draft' && rolesOnPlan(unitId, plan).includes('co_drafter'))
		return { kind: 'co_drafter' };
	return { kind: 'read_only', reason: decision.reason };
}
