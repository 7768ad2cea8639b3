import { requireAdmin } from '#lib/server/auth/current-user.ts';
import { mergeFromForm, mergePageData, previewFromForm } from '#lib/server/unit-merge/merge-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireAdmin(locals);
	return mergePageData(locals.runtime.database.db);
};

export const actions: Actions = {
	/** How many open tasks of how many plans the merge would move; nothing is written. */
	preview: async ({ locals, request }) => {
		requireAdmin(locals);
		return previewFromForm(locals.runtime.database.db, await request.formData());
	},
	/** The confirmed merge (docs/office-workflow.md, "Merging units"). */
	merge: async ({ locals, request }) => {
		const admin = requireAdmin(locals);
		const actor = { userId: admin.id, unitId: admin.unitId };
		return mergeFromForm(locals.runtime.database, await request.formData(), actor);
	}
};
