import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../schema.ts';

/** Per plan, the seq and time of the latest event that changed its read model in a run. */
export type PlanStamps = Map<string, { seq: number; at: string }>;

/** Notes that an event changed its plan's read model (events come in seq order, so the last one wins). */
export function stamp(stamps: PlanStamps, event: { planId: string; seq: number; occurredAt: string }): void {
	stamps.set(event.planId, { seq: event.seq, at: event.occurredAt });
}

/**
 * Sets each plan's version (the seq of its latest event that changed the plan or its tasks) and its time.
 * Only forward: the plan and task projections each stamp the events they applied.
 */
export async function writePlanStamps(db: Kysely<Schema>, stamps: PlanStamps): Promise<void> {
	const query = planStampsQuery(stamps);
	if (query) await query.execute(db);
}

/** The statement writePlanStamps runs, or null when no plan changed. */
export function planStampsQuery(stamps: PlanStamps): RawBuilder<unknown> | null {
	if (stamps.size === 0) return null;
	const rows = [...stamps].map(([id, s]) => ({ id, version: s.seq, at: s.at }));
	return sql`
		update plans set version = r.version, updated_at = r.at
		from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r (id text, version int8, at timestamptz)
		where plans.id = r.id and plans.version < r.version`;
}
