import { fail, redirect } from '@sveltejs/kit';
import { listDirectives } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { runCommand } from '#lib/server/commands.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const directives = await listDirectives(locals.runtime.database.db);
	return {
		directives: directives.map((d) => ({ id: d.id, number: d.number_display, subject: d.subject }))
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const user = locals.user;
		if (!user) return fail(401, { message: m.cmd_sign_in(), title: '' });
		const form = await request.formData();
		const rawTitle = form.get('title');
		const rawDirective = form.get('directive');
		const title = typeof rawTitle === 'string' ? rawTitle.trim() : '';
		const directiveId = typeof rawDirective === 'string' ? rawDirective : '';
		if (title === '') return fail(400, { message: m.plan_new_title_required(), title });
		const planId = `plan-${crypto.randomUUID().slice(0, 8)}`;
		const result = await runCommand(locals.runtime.database, {
			plan: {
				type: 'CreatePlan',
				planId,
				actor: { userId: user.id, unitId: user.unitId },
				at: new Date().toISOString(),
				title,
				ownerUnitId: user.unitId,
				implementsDirectiveIds: directiveId ? [directiveId] : []
			}
		});
		if ('ok' in result) redirect(303, `/plans/${planId}`);
		return fail(400, { message: result.data.message, title });
	}
};
