import { json } from '@sveltejs/kit';
import { dashboardHeading } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { dashboardStream } from '#lib/server/live.ts';
import { resumePosition } from '#lib/server/live-resume.ts';
import type { RequestHandler } from './$types';

/** GET /api/live/van-ban/<directiveId>: server-sent "changed" whenever a plan of its cascade changes. */
export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	if (!locals.user) return json({ error: m.api_unauthorized() }, { status: 401 });
	const scope = { kind: 'directive', directiveId: params.id } as const;
	if (!(await dashboardHeading(locals.runtime.database.db, scope))) {
		return json({ error: m.dashboard_directive_not_found() }, { status: 404 });
	}
	return dashboardStream(locals.runtime.database, scope, request.signal, {
		since: resumePosition(request, url)
	});
};
