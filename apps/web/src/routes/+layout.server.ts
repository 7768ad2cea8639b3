import { unreadNotificationCount, unreceivedInboxCount } from '@trienkhai/db';
import type { LayoutServerLoad } from './$types';

// The header shows who is signed in and how many reminders they have not read; nothing more of the session
// goes to the browser.
export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user,
	notificationCount: locals.user
		? await unreadNotificationCount(locals.runtime.database.db, {
				userId: locals.user.id,
				unitId: locals.user.unitId
			})
		: 0,
	inboxCount: locals.user ? await unreceivedInboxCount(locals.runtime.database.db, locals.user.unitId) : 0
});
