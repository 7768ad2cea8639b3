import { json } from '@sveltejs/kit';
import { dashboardHeading } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { dashboardStream } from '#lib/server/live.ts';
import { planReadable } from '#lib/server/plan-access.ts';
import type { RequestHandler } from './$types';

/** GET /api/live/ke-hoach/<planId>: server-sent "changed" whenever the plan changes. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) return json({ error: m.api_unauthorized() }, { status: 401 });
	const scope = { kind: 'plan', planId: params.id } as const;
	if (
		!(await planReadable(locals, params.id)) ||
		!(await dashboardHeading(locals.runtime.database.db, scope))
	) {
		return json({ error: m.plan_not_found() }, { status: 404 });
	}
	return dashboardStream(locals.runtime.database, scope, request.signal);
};
