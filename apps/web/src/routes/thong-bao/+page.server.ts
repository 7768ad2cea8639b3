import { fail, redirect } from '@sveltejs/kit';
import { listNotifications, markNotificationsRead } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { runReminders } from '#lib/server/reminders.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals }) => {
	depends('live:notifications');
	const user = locals.user;
	if (!user) redirect(303, '/dang-nhap');
	const { db } = locals.runtime.database;
	// the periodic job may not have run since a deadline changed: bring the list up to date first
	await runReminders(db);
	const items = await listNotifications(db, { userId: user.id, unitId: user.unitId });
	return { items, unitName: user.unitName, now: new Date().toISOString() };
};

export const actions: Actions = {
	/** Marks one reminder read for the signed-in person. */
	read: async ({ locals, request }) => {
		const user = locals.user;
		if (!user) return fail(401, { ok: false, message: m.cmd_sign_in() });
		const id = Number((await request.formData()).get('id'));
		if (!Number.isSafeInteger(id) || id <= 0) return fail(400, { ok: false, message: m.notif_bad_id() });
		const count = await markNotificationsRead(
			locals.runtime.database.db,
			{ userId: user.id, unitId: user.unitId },
			[id]
		);
		return { ok: true, message: m.notif_marked({ count }) };
	},
	/** Marks every reminder of the person's unit read for them. */
	readAll: async ({ locals }) => {
		const user = locals.user;
		if (!user) return fail(401, { ok: false, message: m.cmd_sign_in() });
		const count = await markNotificationsRead(locals.runtime.database.db, {
			userId: user.id,
			unitId: user.unitId
		});
		return { ok: true, message: m.notif_marked({ count }) };
	}
};
