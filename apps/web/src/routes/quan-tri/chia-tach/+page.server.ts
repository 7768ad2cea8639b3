import { requireAdmin } from '#lib/server/auth/current-user.ts';
import { mergePageData } from '#lib/server/unit-merge/merge-form.ts';
import { splitFromForm, splitPreviewFromForm } from '#lib/server/unit-merge/split-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireAdmin(locals);
	return mergePageData(locals.runtime.database.db);
};

export const actions: Actions = {
	/** The unit's open tasks and accounts, to give each to a successor; nothing is written. */
	preview: async ({ locals, request }) => {
		requireAdmin(locals);
		return splitPreviewFromForm(locals.runtime.database.db, await request.formData());
	},
	/** The confirmed split (docs/office-workflow.md, "Splitting a unit"). */
	split: async ({ locals, request }) => {
		const admin = requireAdmin(locals);
		const actor = { userId: admin.id, unitId: admin.unitId };
		return splitFromForm(locals.runtime.database, await request.formData(), actor);
	}
};
