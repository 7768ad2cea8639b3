import type { Plan } from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../schema.ts';

/** What the rights (`can`) need to know of a plan: its status, owner unit and co-drafting units. */
export type PlanRights = Pick<Plan, 'status' | 'ownerUnitId' | 'coDrafterUnitIds'>;

export interface RightsRow {
	id: string;
	status: Plan['status'];
	owner_unit_id: string;
	co_drafter_unit_ids: unknown;
}

/**
 * Plans' rights as their streams stand, as one jsonb array of rows (a scalar subquery another read can
 * carry). Read from the plans read model, which the append projects in the appending transaction: read under
 * the plans' locks (lockPlans) it is the stream as stored, with no writer in between. The one place the
 * rights are read.
 */
export function plansRightsJson(planIds: readonly string[]): RawBuilder<RightsRow[]> {
	return sql<RightsRow[]>`(select coalesce(jsonb_agg(r), '[]') from (
		select id, status, owner_unit_id, co_drafter_unit_ids from plans
		where id in (select jsonb_array_elements_text(${JSON.stringify(planIds)}::jsonb))
	) as r)`;
}

/** The rights by plan id from the rows plansRightsJson reads. */
export function rightsByPlan(rows: readonly RightsRow[]): Map<string, PlanRights> {
	return new Map(
		rows.map((row) => [
			row.id,
			{
				status: row.status,
				ownerUnitId: row.owner_unit_id,
				coDrafterUnitIds: Array.isArray(row.co_drafter_unit_ids) ? (row.co_drafter_unit_ids as string[]) : []
			}
		])
	);
}

/** Plans' rights as their streams stand, by plan id (a plan that does not exist is absent), in one read. */
export async function readPlansRights(
	db: Kysely<Schema>,
	planIds: readonly string[]
): Promise<Map<string, PlanRights>> {
	if (planIds.length === 0) return new Map();
	const read = await sql<{ rights: RightsRow[] }>`select ${plansRightsJson(planIds)} as rights`.execute(db);
	return rightsByPlan(read.rows[0]!.rights);
}

/** One plan's rights as its stream stands, or null when there is no such plan (see readPlansRights). */
export async function readPlanRights(db: Kysely<Schema>, planId: string): Promise<PlanRights | null> {
	return (await readPlansRights(db, [planId])).get(planId) ?? null;
}
