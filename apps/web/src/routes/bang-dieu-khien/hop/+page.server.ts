import { fail, redirect } from '@sveltejs/kit';
import { getMeeting } from '@trienkhai/db';
import { normaliseMeetingCode } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { dashboardPath } from '../dashboard.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** The meeting's QR code opens this page with ?ma=<code>: a running meeting's dashboard opens at once. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const typed = url.searchParams.get('ma');
	if (typed === null) return { code: '', message: null };
	const code = normaliseMeetingCode(typed);
	const meeting = code === null ? undefined : await getMeeting(locals.runtime.database.db, code);
	if (!meeting) return { code: typed, message: m.dashboard_meeting_not_found() };
	redirect(303, `${dashboardPath(meeting.scope)}?hop=${meeting.code}`);
};

export const actions: Actions = {
	/** An attendee types the code shown on the screen and lands on the meeting's dashboard. */
	default: async ({ locals, request }) => {
		const raw = (await request.formData()).get('code');
		const typed = typeof raw === 'string' ? raw.trim() : '';
		const code = normaliseMeetingCode(typed);
		if (code === null) return fail(400, { code: typed, message: m.dashboard_meeting_code_invalid() });
		const meeting = await getMeeting(locals.runtime.database.db, code);
		if (!meeting) return fail(404, { code: typed, message: m.dashboard_meeting_not_found() });
		redirect(303, `${dashboardPath(meeting.scope)}?hop=${code}`);
	}
};
