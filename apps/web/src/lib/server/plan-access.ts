import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { isAskedForOpinions } from '@trienkhai/db';
import { mayReadPlan } from '#lib/plan-visibility.ts';

/** True when the plan exists and the signed-in user may see it (a draft: its owner, co-drafters, units asked for opinions, administrators). */
export async function planReadable(locals: App.Locals, planId: string): Promise<boolean> {
	const plan = await locals.runtime.database.db
		.selectFrom('plans')
		.select(['status', 'owner_unit_id', 'co_drafter_unit_ids'])
		.where('id', '=', planId)
		.executeTakeFirst();
	if (!plan) return false;
	const visibility = {
		status: plan.status,
		ownerUnitId: plan.owner_unit_id,
		coDrafterUnitIds: plan.co_drafter_unit_ids
	};
	const reader = locals.user ?? null;
	if (mayReadPlan(reader, visibility)) return true;
	// a unit asked for opinions on a draft reads it (looked up only when nothing else allows it)
	if (reader === null || !(await isAskedForOpinions(locals.runtime.database.db, planId, reader.unitId)))
		return false;
	return mayReadPlan(reader, { ...visibility, opinionUnitIds: [reader.unitId] });
}

/** A 404 "not found" unless the plan exists and the signed-in user may see it (a draft stays unknown to others). */
export async function requireReadablePlan(locals: App.Locals, planId: string): Promise<void> {
	if (!(await planReadable(locals, planId))) error(404, m.plan_not_found());
}
