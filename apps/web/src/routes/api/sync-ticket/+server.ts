import { json } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { planReadable } from '#lib/server/plan-access.ts';
import { syncTicketFor } from '#lib/server/sync-ticket.ts';
import type { RequestHandler } from './$types';

const NO_STORE = { 'cache-control': 'no-store' };

/** GET /api/sync-ticket?plan=<id> → { ticket, url } for the signed-in user (60 s). */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.user) return json({ error: m.api_unauthorized() }, { status: 401, headers: NO_STORE });
	const planId = url.searchParams.get('plan') ?? '';
	if (!planId || planId.length > 200) {
		return json({ error: m.api_plan_required() }, { status: 400, headers: NO_STORE });
	}
	// a draft's document goes only to those who may see the draft
	if (!(await planReadable(locals, planId))) {
		return json({ error: m.plan_not_found() }, { status: 404, headers: NO_STORE });
	}
	const ticket = await syncTicketFor(locals.runtime, {
		user: locals.user,
		planId,
		origin: url,
		now: Date.now()
	});
	if (!ticket) return json({ error: m.plan_not_found() }, { status: 404, headers: NO_STORE });
	return json(ticket, { headers: NO_STORE });
};
