import { sql, type RawBuilder } from 'kysely';

/** Who reads: a unit's person, or an administrator. */
export interface PlanReader {
	unitId: string;
	isAdmin: boolean;
}

/**
 * Whether `reader` may read the plan of the row (`plans` in the query): an issued or amending plan is
 * public; a draft only for its owner, its co-drafters, the units asked for their opinions, and administrators.
 * No reader (signed out): issued plans only.
 */
export function mayReadPlan(reader: PlanReader | null): RawBuilder<boolean> {
	if (reader?.isAdmin) return sql<boolean>`true`;
	if (!reader) return sql<boolean>`plans.status <> 'draft'`;
	const unit = JSON.stringify([reader.unitId]);
	return sql<boolean>`(plans.status <> 'draft'
		or plans.owner_unit_id = ${reader.unitId}
		or plans.co_drafter_unit_ids @> ${unit}::jsonb
		or exists (select 1 from events asked where asked.plan_id = plans.id
			and asked.type = 'OpinionsRequested' and asked.data->'unitIds' @> ${unit}::jsonb))`;
}
