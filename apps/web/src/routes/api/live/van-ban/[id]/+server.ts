import { json } from '@sveltejs/kit';
import { dashboardHeading } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { dashboardStream } from '#lib/server/live.ts';
import { untilAccessLost } from '#lib/server/live-hub.ts';
import { resumePosition } from '#lib/server/live-resume.ts';
import type { RequestHandler } from './$types';

/** GET /api/live/van-ban/<directiveId>: server-sent "changed" whenever a plan of its cascade changes. */
export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	if (!locals.user) return json({ error: m.api_unauthorized() }, { status: 401 });
	const scope = { kind: 'directive', directiveId: params.id } as const;
	if (!(await dashboardHeading(locals.runtime.database.db, scope))) {
		return json({ error: m.dashboard_directive_not_found() }, { status: 404 });
	}
	const signal = untilAccessLost(locals.runtime.database, locals.user, request.signal);
	return dashboardStream(locals.runtime.database, scope, signal, {
		since: resumePosition(request, url)
	});
};
