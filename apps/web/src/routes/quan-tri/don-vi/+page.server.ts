import { requireAdmin } from '#lib/server/auth/current-user.ts';
import { respond } from '#lib/server/admin/outcome.ts';
import { addUnitFromForm, renameUnitFromForm, unitTree } from '#lib/server/admin/units.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireAdmin(locals);
	return { tree: await unitTree(locals.runtime.database.db) };
};

export const actions: Actions = {
	addUnit: async ({ locals, request }) => {
		requireAdmin(locals);
		return respond(await addUnitFromForm(locals.runtime.database.db, await request.formData()));
	},
	renameUnit: async ({ locals, request }) => {
		requireAdmin(locals);
		return respond(await renameUnitFromForm(locals.runtime.database.db, await request.formData()));
	}
};
