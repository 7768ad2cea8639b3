import { requireAdmin } from '#lib/server/auth/current-user.ts';
import { respond } from '#lib/server/admin/outcome.ts';
import { unitItems } from '#lib/server/admin/units.ts';
import {
	addUserFromForm,
	resetPasswordFromForm,
	setActiveFromForm,
	userRows
} from '#lib/server/admin/users.ts';
import { setEmailFromForm, userEmails } from '#lib/server/admin/user-email.ts';
import { setUnitAndRoleFromForm } from '#lib/server/admin/user-unit-role.ts';
import { buildUnitTree } from '#lib/unit-tree.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireAdmin(locals);
	const { db } = locals.runtime.database;
	const [users, units, emails] = await Promise.all([userRows(db), unitItems(db), userEmails(db)]);
	return { users, tree: buildUnitTree(units), me: locals.user?.id ?? null, emails };
};

export const actions: Actions = {
	addUser: async ({ locals, request }) => {
		requireAdmin(locals);
		return respond(await addUserFromForm(locals.runtime.database.db, await request.formData()));
	},
	resetPassword: async ({ locals, request }) => {
		requireAdmin(locals);
		return respond(await resetPasswordFromForm(locals.runtime.database.db, await request.formData()));
	},
	/** The address an account's notifications are mailed to (empty: none). */
	setEmail: async ({ locals, request }) => {
		requireAdmin(locals);
		return respond(await setEmailFromForm(locals.runtime.database.db, await request.formData()));
	},
	setActive: async ({ locals, request }) => {
		const admin = requireAdmin(locals);
		return respond(await setActiveFromForm(locals.runtime.database.db, await request.formData(), admin));
	},
	/** Another unit and/or administrator role; the account's open editors are closed on every instance. */
	setUnitAndRole: async ({ locals, request }) => {
		const admin = requireAdmin(locals);
		const form = await request.formData();
		return respond(await setUnitAndRoleFromForm(locals.runtime.database.db, form, admin));
	}
};
