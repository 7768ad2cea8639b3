import { endMeetingAction, loadDashboardPage, startMeetingAction } from '../../dashboard.server.ts';
import { requireReadablePlan } from '#lib/server/plan-access.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (event.locals.user) await requireReadablePlan(event.locals, event.params.id);
	return loadDashboardPage(event, { kind: 'plan', planId: event.params.id });
};

export const actions: Actions = {
	startMeeting: (event) => startMeetingAction(event, { kind: 'plan', planId: event.params.id }),
	endMeeting: (event) => endMeetingAction(event, { kind: 'plan', planId: event.params.id })
};
