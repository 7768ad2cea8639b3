import { fail, redirect } from '@sveltejs/kit';
import { createPlanFromImport, listDirectives } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/current-user.ts';
import { unitChoices } from '../van-ban/registry.server.ts';
import {
	draftFromSource,
	ImportReadError,
	planFromDraft,
	problemMessages,
	readImportSource
} from './import.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser(locals);
	const { db } = locals.runtime.database;
	const [units, directives] = await Promise.all([unitChoices(db), listDirectives(db)]);
	return {
		units,
		unitName: user.unitName,
		directives: directives.map((d) => ({
			id: d.id,
			number: d.number_display,
			type: d.type,
			subject: d.subject
		}))
	};
};

export const actions: Actions = {
	// Reads the upload or paste and answers the editable preview; nothing is written.
	read: async ({ locals, request }) => {
		requireUser(locals);
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(413, {
				action: 'read' as const,
				message: m.import_error_too_large(),
				draft: null,
				problems: []
			});
		}
		try {
			const draft = await draftFromSource(locals.runtime.database.db, await readImportSource(form));
			if (draft.tasks.length === 0) {
				return fail(400, {
					action: 'read' as const,
					message: m.import_error_nothing(),
					draft: null,
					problems: []
				});
			}
			return { action: 'read' as const, message: '', draft, problems: [] };
		} catch (error) {
			if (error instanceof ImportReadError) {
				return fail(400, { action: 'read' as const, message: error.message, draft: null, problems: [] });
			}
			throw error;
		}
	},
	// Creates the draft plan from the confirmed preview.
	create: async ({ locals, request }) => {
		const user = requireUser(locals);
		const form = await request.formData();
		const raw = form.get('draft');
		const input = typeof raw === 'string' && raw.length < 20_000_000 ? planFromDraft(raw) : null;
		if (!input)
			return fail(400, {
				action: 'create' as const,
				message: m.import_error_draft(),
				draft: null,
				problems: []
			});
		const result = await createPlanFromImport(
			locals.runtime.database,
			{ userId: user.id, unitId: user.unitId },
			input
		);
		if (result.ok) redirect(303, `/plans/${result.planId}`);
		return fail(400, {
			action: 'create' as const,
			message: m.import_problems(),
			draft: null,
			problems: problemMessages(result.problems, input)
		});
	}
};
