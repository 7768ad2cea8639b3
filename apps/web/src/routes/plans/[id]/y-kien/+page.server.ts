import { error, fail } from '@sveltejs/kit';
import { getPlanWithTasks, listUnits, readWorkflowState } from '@trienkhai/db';
import { opinionUnitIds, unitsOwingOpinions } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { planReadable } from '#lib/server/plan-access.ts';
import { parseWorkflowForm } from '#lib/server/workflow/parse-command.ts';
import { refusalMessage } from '#lib/server/workflow/refusal-message.ts';
import { runWorkflow } from '#lib/server/workflow/run-workflow.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.runtime.database;
	const found = await getPlanWithTasks(db, params.id);
	if (!found) error(404, m.plan_not_found());
	const [units, state] = await Promise.all([listUnits(db), readWorkflowState(db, params.id)]);
	return {
		plan: {
			id: found.plan.id,
			title: found.plan.title,
			status: found.plan.status,
			ownerUnitId: found.plan.owner_unit_id,
			coDrafterUnitIds: found.plan.co_drafter_unit_ids
		},
		tasks: found.tasks.map((t) => ({
			id: t.id,
			code: t.code,
			content: t.content,
			leadUnitId: t.lead_unit_id,
			coordinatorUnitIds: t.coordinators.map((c) => c.unitId),
			deadlineText: t.deadline_text,
			output: t.output
		})),
		units: units.map((u) => ({ id: u.id, name: u.name, shortName: u.short_name })),
		state,
		asked: opinionUnitIds(state),
		owing: Object.fromEntries(state.rounds.map((r) => [r.id, unitsOwingOpinions(state, r.id)])),
		unitId: locals.user?.unitId ?? ''
	};
};

export const actions: Actions = {
	/** Every command of the page: comments, suggestions, opinion rounds (field `command`). */
	workflow: async ({ locals, params, request }) => {
		const user = locals.user;
		if (!user) return fail(401, { message: m.cmd_sign_in() });
		if (!(await planReadable(locals, params.id))) return fail(404, { message: m.plan_not_found() });
		const form = await request.formData();
		const command = parseWorkflowForm(form, params.id, { userId: user.id, unitId: user.unitId }, new Date());
		if (!command) return fail(400, { message: m.cmd_invalid_command() });
		const result = await runWorkflow(locals.runtime.database, command);
		if (result.ok) return { ok: true, message: m.wf_saved() };
		const refused = refusalMessage(result);
		return fail(refused.status, { message: refused.message });
	}
};
