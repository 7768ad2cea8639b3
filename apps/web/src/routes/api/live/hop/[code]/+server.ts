import { json } from '@sveltejs/kit';
import { getMeeting, meetingWasHeld, setMeetingFocus } from '@trienkhai/db';
import { normaliseMeetingCode, parseMeetingFocus } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { meetingStream } from '#lib/server/live.ts';
import { untilAccessLost } from '#lib/server/live-hub.ts';
import { followAttendance } from '#lib/server/meeting-attendance.ts';
import type { RequestHandler } from './$types';

const NO_STORE = { 'cache-control': 'no-store' };

/** GET /api/live/hop/<code>: the presenter's focus changes, as server-sent "focus" events; marks the user attending. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) return json({ error: m.api_unauthorized() }, { status: 401, headers: NO_STORE });
	const code = normaliseMeetingCode(params.code);
	const { db } = locals.runtime.database;
	if (code === null || !(await meetingWasHeld(db, code))) {
		return json({ error: m.dashboard_meeting_not_found() }, { status: 404, headers: NO_STORE });
	}
	const signal = untilAccessLost(locals.runtime.database, locals.user, request.signal);
	// whoever keeps this stream open is attending: the presenter's page lists them (tham-du/+server.ts);
	// a page that connects after the meeting ended (slow to start) gets a stream that says so at once
	if (await getMeeting(db, code)) {
		followAttendance(locals.runtime.database, { code, userId: locals.user.id }, signal, (error) =>
			console.error('meeting attendance not recorded', error)
		);
	}
	return meetingStream(locals.runtime.database, code, signal);
};

/** POST /api/live/hop/<code> { panel, unitId, taskId }: the presenter moves everyone's screen. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = locals.user;
	if (!user) return json({ error: m.api_unauthorized() }, { status: 401, headers: NO_STORE });
	const code = normaliseMeetingCode(params.code);
	if (code === null)
		return json({ error: m.dashboard_meeting_not_found() }, { status: 404, headers: NO_STORE });
	const focus = parseMeetingFocus(await request.json().catch(() => null));
	if (!focus) return json({ error: m.dashboard_focus_invalid() }, { status: 400, headers: NO_STORE });
	const database = locals.runtime.database;
	const notice = await setMeetingFocus(database, { code, userId: user.id, focus });
	if (notice) return json(notice, { headers: NO_STORE });
	const meeting = await getMeeting(database.db, code);
	return meeting
		? json({ error: m.dashboard_meeting_not_presenter() }, { status: 403, headers: NO_STORE })
		: json({ error: m.dashboard_meeting_not_found() }, { status: 404, headers: NO_STORE });
};
