import { unreadNotificationCount, unreceivedInboxCount } from '@trienkhai/db';
import { loadMyWork } from '#lib/server/my-work.ts';
import type { LayoutServerLoad } from './$types';

// The header shows who is signed in, how many notifications they have not read and how much of their unit's
// work needs acting on (overdue, due soon, to confirm, opinions owed); nothing more of the session goes to the browser.
export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user,
	notificationCount: locals.user
		? await unreadNotificationCount(locals.runtime.database.db, {
				userId: locals.user.id,
				unitId: locals.user.unitId
			})
		: 0,
	inboxCount: locals.user ? await unreceivedInboxCount(locals.runtime.database.db, locals.user.unitId) : 0,
	myWorkCount: locals.user ? (await loadMyWork(locals)).counts.urgent : 0
});
