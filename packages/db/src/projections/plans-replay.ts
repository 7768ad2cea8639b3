import type { PlanEvent, Stored, StoredEvent, UnitsMerged } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { insertRows } from './bulk-insert.ts';
import { newPlanRow, planColumns, unitsAfterMerge } from './plan-rows.ts';
import type { FoldedReplay, ProjectedEvent } from './projection.ts';

/** A plan's row as the folded replay holds it. */
export type PlanRow = ReturnType<typeof newPlanRow> & Record<string, unknown>;

/** The plans (and the directives each implements) folded so far, by plan id. */
export interface PlansState {
	plans: Map<string, PlanRow>;
	implementsRows: Array<{ plan_id: string; directive_id: string }>;
}

/** Sets a plan's version and time to an event that changed its read model (only forward, as writePlanStamps). */
export function stampPlan(state: PlansState, event: ProjectedEvent): void {
	const plan = state.plans.get(event.planId);
	if (plan && plan.version < event.seq) {
		plan.version = event.seq;
		plan.updated_at = event.occurredAt;
	}
}

function createPlan(state: PlansState, event: Stored<Extract<PlanEvent, { type: 'PlanCreated' }>>): boolean {
	if (state.plans.has(event.planId)) return false;
	state.plans.set(event.planId, newPlanRow(event));
	for (const id of new Set(event.data.implementsDirectiveIds)) {
		state.implementsRows.push({ plan_id: event.planId, directive_id: id });
	}
	return true;
}

/** Folds one plan-level event (plans.ts applies the same in SQL); whether it changed the plan. */
function foldPlanEvent(state: PlansState, event: StoredEvent): boolean {
	if (event.type === 'PlanCreated') return createPlan(state, event);
	const plan = state.plans.get(event.planId);
	if (!plan) return false;
	const merge = event as unknown as { type: string; data: Partial<UnitsMerged['data']> };
	if (merge.type === 'UnitsMerged') {
		if (!merge.data.ownerMoved && !merge.data.coDraftersMoved) return false;
		const next = unitsAfterMerge(plan, merge.data);
		plan.owner_unit_id = next.ownerUnitId;
		plan.co_drafter_unit_ids = [...next.coDrafterUnitIds];
		return true;
	}
	if (event.type === 'CoDrafterInvited') {
		plan.co_drafter_unit_ids = [...plan.co_drafter_unit_ids, event.data.unitId];
		return true;
	}
	const set = planColumns(event);
	if (set === null) return false;
	Object.assign(plan, set);
	return true;
}

/** The folded replay of the plans projection. */
export function plansReplay(handles: ReadonlySet<string>): FoldedReplay<PlansState> {
	return {
		start: () => ({ plans: new Map(), implementsRows: [] }),
		fold(state, event) {
			if (handles.has(event.type) && foldPlanEvent(state, event as StoredEvent)) stampPlan(state, event);
		},
		async write(trx: Kysely<Schema>, state) {
			await insertRows(trx, 'plans', [...state.plans.values()]);
			await insertRows(trx, 'plan_implements', state.implementsRows);
		}
	};
}
