/** Who asks to see a plan: the signed-in user's unit and whether they administer the system. */
export interface PlanReader {
	unitId: string;
	isAdmin: boolean;
}

/** What decides who sees a plan. */
export interface PlanVisibility {
	status: 'draft' | 'issued' | 'amending';
	ownerUnitId: string;
	coDrafterUnitIds: readonly string[];
	/** Units asked for opinions on the draft (xin ý kiến): they read it too. */
	opinionUnitIds?: readonly string[];
}

/**
 * A draft is seen by its owner unit, its co-drafting units, the units asked for opinions on it and administrators only; an issued plan (also while
 * it is being amended) by every signed-in user (docs/rights.md). Everyone else gets "not found", so a draft's
 * existence does not leak.
 */
export function mayReadPlan(reader: PlanReader | null, plan: PlanVisibility): boolean {
	if (reader === null) return false;
	if (plan.status !== 'draft') return true;
	return (
		reader.isAdmin ||
		plan.ownerUnitId === reader.unitId ||
		plan.coDrafterUnitIds.includes(reader.unitId) ||
		(plan.opinionUnitIds ?? []).includes(reader.unitId)
	);
}
