import { requireAdmin } from '#lib/server/auth/current-user.ts';
import { respond } from '#lib/server/admin/outcome.ts';
import { importOrganIdsFromForm, organIdRows, saveOrganIdFromForm } from '#lib/server/admin/organ-ids.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireAdmin(locals);
	return { units: await organIdRows(locals.runtime.database.db) };
};

export const actions: Actions = {
	saveCode: async ({ locals, request }) => {
		requireAdmin(locals);
		return respond(await saveOrganIdFromForm(locals.runtime.database.db, await request.formData()));
	},
	importCodes: async ({ locals, request }) => {
		requireAdmin(locals);
		return respond(await importOrganIdsFromForm(locals.runtime.database.db, await request.formData()));
	}
};
