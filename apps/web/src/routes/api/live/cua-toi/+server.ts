import { json } from '@sveltejs/kit';
import { listUnits } from '@trienkhai/db';
import { unitDescendantIds } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { untilAccessLost } from '#lib/server/live-hub.ts';
import { myLiveStream, type MyTopic } from '#lib/server/live-mine.ts';
import { resumePosition } from '#lib/server/live-resume.ts';
import type { RequestHandler } from './$types';

/** The topics by the names the address uses. */
const TOPICS: Record<string, MyTopic> = { 'thong-bao': 'notifications', viec: 'work', 'nhat-ky': 'audit' };

/**
 * GET /api/live/cua-toi?chu-de=thong-bao,viec,nhat-ky: server-sent `notifications`, `work` and `audit` when
 * the signed-in person's notifications, their unit's work or the audit trail they may read changed
 * (default: notifications and work, what the header counts).
 */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const user = locals.user;
	if (!user) return json({ error: m.api_unauthorized() }, { status: 401 });
	const asked = (url.searchParams.get('chu-de') ?? 'thong-bao,viec').split(',');
	const topics = asked.flatMap((name) => (TOPICS[name] ? [TOPICS[name]] : []));
	const { db } = locals.runtime.database;
	const units = (await listUnits(db)).map((u) => ({
		id: u.id,
		name: u.name,
		shortName: u.short_name,
		kind: u.kind,
		parentId: u.parent_id
	}));
	const reader = {
		userId: user.id,
		unitId: user.unitId,
		isAdmin: user.isAdmin,
		unitIds: [user.unitId, ...unitDescendantIds(units, user.unitId)]
	};
	const signal = untilAccessLost(locals.runtime.database, user, request.signal);
	return myLiveStream(locals.runtime.database, reader, topics, signal, {
		since: resumePosition(request, url)
	});
};
