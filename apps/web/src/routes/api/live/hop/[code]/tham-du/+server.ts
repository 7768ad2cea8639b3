import { json } from '@sveltejs/kit';
import { getMeeting, listMeetingAttendees } from '@trienkhai/db';
import { normaliseMeetingCode } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

const NO_STORE = { 'cache-control': 'no-store' };

/** GET /api/live/hop/<code>/tham-du: who follows the meeting now (names and units), for its presenter only. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = locals.user;
	if (!user) return json({ error: m.api_unauthorized() }, { status: 401, headers: NO_STORE });
	const code = normaliseMeetingCode(params.code);
	const db = locals.runtime.database.db;
	const meeting = code === null ? undefined : await getMeeting(db, code);
	if (!meeting) return json({ error: m.dashboard_meeting_not_found() }, { status: 404, headers: NO_STORE });
	if (meeting.presenterUserId !== user.id)
		return json({ error: m.dashboard_meeting_not_presenter() }, { status: 403, headers: NO_STORE });
	return json({ attendees: await listMeetingAttendees(db, meeting.code) }, { headers: NO_STORE });
};
