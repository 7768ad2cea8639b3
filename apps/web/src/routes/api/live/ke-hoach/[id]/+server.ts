import { json } from '@sveltejs/kit';
import { dashboardHeading } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { dashboardStream, planPageStream } from '#lib/server/live.ts';
import { untilAccessLost } from '#lib/server/live-hub.ts';
import { planReadable } from '#lib/server/plan-access.ts';
import { resumePosition } from '#lib/server/live-resume.ts';
import type { RequestHandler } from './$types';

/** GET /api/live/ke-hoach/<planId>: server-sent "changed" whenever the plan changes (`?for=page`: see planPageStream). */
export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	if (!locals.user) return json({ error: m.api_unauthorized() }, { status: 401 });
	const scope = { kind: 'plan', planId: params.id } as const;
	if (
		!(await planReadable(locals, params.id)) ||
		!(await dashboardHeading(locals.runtime.database.db, scope))
	) {
		return json({ error: m.plan_not_found() }, { status: 404 });
	}
	const signal = untilAccessLost(locals.runtime.database, locals.user, request.signal);
	// an open plan page follows its status and workflow; a dashboard follows every change
	if (url.searchParams.get('for') === 'page') {
		return planPageStream(locals.runtime.database, params.id, signal, {
			since: resumePosition(request, url)
		});
	}
	return dashboardStream(locals.runtime.database, scope, signal, {
		since: resumePosition(request, url)
	});
};
