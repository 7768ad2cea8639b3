import { endMeetingAction, loadDashboardPage, startMeetingAction } from '../../dashboard.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	loadDashboardPage(event, { kind: 'directive', directiveId: event.params.id });

export const actions: Actions = {
	startMeeting: (event) => startMeetingAction(event, { kind: 'directive', directiveId: event.params.id }),
	endMeeting: (event) => endMeetingAction(event, { kind: 'directive', directiveId: event.params.id })
};
