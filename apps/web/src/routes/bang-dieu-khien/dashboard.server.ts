import { getLocale } from '#lib/paraglide/runtime.js';
import { randomBytes } from 'node:crypto';
import { error, fail, redirect, type RequestEvent, type ServerLoadEvent } from '@sveltejs/kit';
import {
	dashboardHeading,
	dashboardTask,
	dashboardUnitTasks,
	endMeeting,
	getMeeting,
	loadDashboard,
	startMeeting,
	type DashboardScope
} from '@trienkhai/db';
import {
	MEETING_PANELS,
	meetingCodeFrom,
	normaliseMeetingCode,
	parseMeetingFocus,
	type MeetingFocus
} from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { planReadable } from '#lib/server/plan-access.ts';

/** The invalidation key a dashboard page re-runs its load under when its live stream says "changed". */
export const DASHBOARD_DEPENDENCY = 'live:dashboard';

/** The page path of a scope's dashboard. */
export function dashboardPath(scope: DashboardScope): string {
	return scope.kind === 'plan'
		? `/bang-dieu-khien/ke-hoach/${encodeURIComponent(scope.planId)}`
		: `/bang-dieu-khien/van-ban/${encodeURIComponent(scope.directiveId)}`;
}

/** The focus a page asked for in its URL (big screen without a meeting): panel, unit, task. */
function focusFromUrl(url: URL): MeetingFocus {
	return (
		parseMeetingFocus({
			panel: url.searchParams.get('panel') ?? 'overview',
			unitId: url.searchParams.get('don-vi') || null,
			taskId: url.searchParams.get('nhiem-vu') || null
		}) ?? { panel: 'overview', unitId: null, taskId: null }
	);
}

/**
 * Loads a dashboard page: the numbers at this instant, and for the big screen (`?hop=1`) or a meeting
 * (`?hop=<code>`) what is in focus and the tasks behind it.
 */
export async function loadDashboardPage(event: ServerLoadEvent, scope: DashboardScope) {
	event.depends(DASHBOARD_DEPENDENCY);
	const { db } = event.locals.runtime.database;
	const now = new Date();
	const dashboard = await loadDashboard(db, scope, { now, locale: getLocale() });
	if (!dashboard) error(404, scope.kind === 'plan' ? m.plan_not_found() : m.dashboard_directive_not_found());
	const hop = event.url.searchParams.get('hop');
	let meeting: { code: string; isPresenter: boolean; focusSeq: number } | null = null;
	let meetingError: string | null = null;
	let focus = focusFromUrl(event.url);
	if (hop !== null && hop !== '1') {
		const code = normaliseMeetingCode(hop);
		const found = code === null ? undefined : await getMeeting(db, code);
		if (!found) meetingError = m.dashboard_meeting_not_found();
		else {
			const target = dashboardPath(found.scope);
			if (target !== dashboardPath(scope)) redirect(303, `${target}?hop=${found.code}`);
			meeting = {
				code: found.code,
				isPresenter: found.presenterUserId === event.locals.user?.id,
				focusSeq: found.focusSeq
			};
			focus = found.focus;
		}
	}
	const [focusTasks, focusTask] = await Promise.all([
		focus.unitId === null
			? Promise.resolve(null)
			: dashboardUnitTasks(db, scope, { now, unitId: focus.unitId === '-' ? null : focus.unitId }),
		focus.taskId === null ? Promise.resolve(null) : dashboardTask(db, scope, { now, taskId: focus.taskId })
	]);
	return {
		dashboard,
		mode: hop === null ? ('normal' as const) : ('big' as const),
		meeting,
		meetingError,
		focus,
		focusTasks,
		focusTask: focusTask ?? null,
		panels: [...MEETING_PANELS]
	};
}

/** Whether the scope exists and the user may see it: a plan readable by them, or a registered directive. */
async function scopeAvailable(locals: App.Locals, scope: DashboardScope): Promise<boolean> {
	if (scope.kind === 'plan') return planReadable(locals, scope.planId);
	return (await dashboardHeading(locals.runtime.database.db, scope)) !== undefined;
}

/** Form action: the signed-in user starts a meeting on this dashboard and presents it (if it exists). */
export async function startMeetingAction(event: RequestEvent, scope: DashboardScope) {
	const user = event.locals.user;
	if (!user) return fail(401, { message: m.cmd_sign_in() });
	if (!(await scopeAvailable(event.locals, scope))) {
		return fail(404, {
			message: scope.kind === 'plan' ? m.plan_not_found() : m.dashboard_directive_not_found()
		});
	}
	const { db } = event.locals.runtime.database;
	for (let attempt = 0; attempt < 5; attempt++) {
		const code = meetingCodeFrom(randomBytes(8));
		if (await startMeeting(db, { code, scope, presenterUserId: user.id })) {
			redirect(303, `${dashboardPath(scope)}?hop=${code}`);
		}
	}
	return fail(503, { message: m.dashboard_meeting_start_failed() });
}

/** Form action: the presenter ends the meeting; the page goes back to the plain dashboard. */
export async function endMeetingAction(event: RequestEvent, scope: DashboardScope) {
	const user = event.locals.user;
	if (!user) return fail(401, { message: m.cmd_sign_in() });
	const form = await event.request.formData();
	const raw = form.get('code');
	const code = normaliseMeetingCode(typeof raw === 'string' ? raw : '');
	if (code === null || !(await endMeeting(event.locals.runtime.database, { code, userId: user.id }))) {
		return fail(403, { message: m.dashboard_meeting_not_presenter() });
	}
	redirect(303, dashboardPath(scope));
}
