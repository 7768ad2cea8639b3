import {
	PLAN_EVENT_TYPES,
	type UnitsMerged,
	type Stored,
	type PlanEvent,
	type StoredEvent
} from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { stamp, writePlanStamps, type PlanStamps } from './plan-version.ts';
import type { Projection } from './projection.ts';
import { plansReplay } from './plans-replay.ts';
import { newPlanRow, planColumns, unitsAfterMerge } from './plan-rows.ts';

const HANDLES: ReadonlySet<string> = new Set<string>([
	...PLAN_EVENT_TYPES,
	'PlanSectionEdited',
	'UnitsMerged'
]);

/** The plans read model (with the directives each plan implements): the plan-level events. */
export const plansProjection: Projection = {
	name: 'plans',
	tables: ['plans', 'plan_implements'],
	handles: HANDLES,
	replay: plansReplay(HANDLES),
	async apply(trx, events) {
		const stamps: PlanStamps = new Map();
		for (const event of events) {
			if (await applyPlanEvent(trx, event as StoredEvent)) stamp(stamps, event);
		}
		await writePlanStamps(trx, stamps);
	}
};

function changed(result: { numUpdatedRows?: bigint; numInsertedOrUpdatedRows?: bigint }): boolean {
	return (result.numUpdatedRows ?? result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

async function updatePlan(
	db: Kysely<Schema>,
	planId: string,
	set: Record<string, unknown>
): Promise<boolean> {
	return changed(await db.updateTable('plans').set(set).where('id', '=', planId).executeTakeFirst());
}

/** Applies one plan-level event; whether it changed the plan. */
async function applyPlanEvent(db: Kysely<Schema>, event: StoredEvent): Promise<boolean> {
	const planId = event.planId;
	const merged = event as unknown as { type: string; data: Partial<UnitsMerged['data']> };
	if (merged.type === 'UnitsMerged') return mergePlanUnits(db, planId, merged.data);
	switch (event.type) {
		case 'PlanCreated':
			return createPlan(db, event);
		case 'CoDrafterInvited':
			return updatePlan(db, planId, {
				co_drafter_unit_ids: sql<string>`co_drafter_unit_ids || jsonb_build_array(${event.data.unitId}::text)`
			});
		default: {
			const set = planColumns(event);
			return set !== null && updatePlan(db, planId, set);
		}
	}
}

/** A merge that passed the plan (owner or co-drafters) to the successor, as the domain decides it. */
async function mergePlanUnits(
	db: Kysely<Schema>,
	planId: string,
	data: Partial<UnitsMerged['data']>
): Promise<boolean> {
	if (!data.ownerMoved && !data.coDraftersMoved) return false;
	const row = await db
		.selectFrom('plans')
		.select(['owner_unit_id', 'co_drafter_unit_ids'])
		.where('id', '=', planId)
		.executeTakeFirst();
	if (!row) return false;
	const next = unitsAfterMerge(row, data);
	return updatePlan(db, planId, {
		owner_unit_id: next.ownerUnitId,
		co_drafter_unit_ids: JSON.stringify(next.coDrafterUnitIds)
	});
}

async function createPlan(db: Kysely<Schema>, event: Stored<Extract<PlanEvent, { type: 'PlanCreated' }>>) {
	const planId = event.planId;
	const inserted = await db
		.insertInto('plans')
		.values({ ...newPlanRow(event), issued_at: null, co_drafter_unit_ids: '[]' })
		.onConflict((oc) => oc.column('id').doNothing())
		.executeTakeFirst();
	if (!changed(inserted)) return false;
	const directives = [...new Set(event.data.implementsDirectiveIds)];
	if (directives.length > 0) {
		await db
			.insertInto('plan_implements')
			.values(directives.map((id) => ({ plan_id: planId, directive_id: id })))
			.execute();
	}
	return true;
}
