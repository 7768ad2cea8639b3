import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** Who a plan concerns: who may read it (status, owner, co-drafters, units asked for opinions) and who has work in it. */
export interface PlanAudience {
	status: 'draft' | 'issued' | 'amending';
	ownerUnitId: string;
	coDrafterUnitIds: string[];
	/** Units asked for opinions on it. */
	opinionUnitIds: string[];
	/** The lead and coordinating units of its tasks. */
	taskUnitIds: string[];
}

/** A plan's audience, or undefined when there is no such plan. */
export async function planAudience(db: Kysely<Schema>, planId: string): Promise<PlanAudience | undefined> {
	const [plan, units] = await Promise.all([
		db
			.selectFrom('plans')
			.select(['status', 'owner_unit_id', 'co_drafter_unit_ids'])
			.where('id', '=', planId)
			.executeTakeFirst(),
		sql<{ unit_id: string | null; asked: boolean }>`
			select lead_unit_id as unit_id, false as asked from tasks where plan_id = ${planId}
			union select tc.unit_id, false from task_coordinators tc join tasks t on t.id = tc.task_id
				where t.plan_id = ${planId}
			union select jsonb_array_elements_text(data->'unitIds'), true from events
				where plan_id = ${planId} and type = 'OpinionsRequested'`.execute(db)
	]);
	if (!plan) return undefined;
	const of = (asked: boolean) =>
		units.rows.flatMap((r) => (r.asked === asked && r.unit_id ? [r.unit_id] : []));
	return {
		status: plan.status,
		ownerUnitId: plan.owner_unit_id,
		coDrafterUnitIds: plan.co_drafter_unit_ids,
		opinionUnitIds: of(true),
		taskUnitIds: of(false)
	};
}

/** The distinct event types of a plan's events `seqs[0]..seqs[1]` (one committed batch). */
export async function batchEventTypes(
	db: Kysely<Schema>,
	planId: string,
	seqs: readonly [number, number]
): Promise<string[]> {
	const rows = await db
		.selectFrom('events')
		.select('type')
		.distinct()
		.where('plan_id', '=', planId)
		.where('seq', '>=', seqs[0])
		.where('seq', '<=', seqs[1])
		.execute();
	return rows.map((r) => r.type);
}
