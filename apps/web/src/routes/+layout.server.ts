import { unreadNotificationCount, unreceivedInboxCount } from '@trienkhai/db';
import { loadMyWork } from '#lib/server/my-work.ts';
import type { LayoutServerLoad } from './$types';

// The header shows who is signed in, how many notifications they have not read and how much of their unit's
// work needs acting on (overdue, due soon, to confirm, opinions owed); nothing more of the session goes to the browser.
export const load: LayoutServerLoad = async ({ depends, locals }) => {
	// the counts follow the person's live feed (api/live/cua-toi), without a reload
	depends('live:notifications', 'live:work');
	const user = locals.user;
	if (!user) return { user, notificationCount: 0, inboxCount: 0, myWorkCount: 0 };
	const { db } = locals.runtime.database;
	const [notificationCount, inboxCount, work] = await Promise.all([
		unreadNotificationCount(db, { userId: user.id, unitId: user.unitId }),
		unreceivedInboxCount(db, user.unitId),
		loadMyWork(locals)
	]);
	return { user, notificationCount, inboxCount, myWorkCount: work.counts.urgent };
};
