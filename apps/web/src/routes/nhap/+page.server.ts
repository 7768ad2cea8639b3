import { randomUUID } from 'node:crypto';
import { fail, redirect } from '@sveltejs/kit';
import { createPlanFromImport, keepEdxmlDocument, listDirectives } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/current-user.ts';
import { unitChoices } from '../van-ban/registry.server.ts';
import { ImportReadError, readImportSource } from './import-read.server.ts';
import { draftFromSource, planFromDraft, problemMessages } from './import.server.ts';
import {
	packageIssuerUnitId,
	readEdxmlUpload,
	registerPackageDocument,
	sealedHeader,
	withEdxmlHeader
} from './edxml.server.ts';
import { mayCreateUnits, proposalErrors, type ProposalError } from './unit-proposals.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** What every action answers besides its outcome; the preview being edited stays on the page. */
const none = () => ({ draft: null, problems: [] as string[], unitErrors: [] as ProposalError[] });

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser(locals);
	const { db } = locals.runtime.database;
	const [units, directives] = await Promise.all([unitChoices(db), listDirectives(db)]);
	return {
		units,
		unitName: user.unitName,
		mayCreateUnits: mayCreateUnits(user),
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
		const user = requireUser(locals);
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(413, { ...none(), action: 'read' as const, message: m.import_error_too_large() });
		}
		try {
			const { db } = locals.runtime.database;
			const edxml = await readEdxmlUpload(form);
			const source = edxml?.source ?? (await readImportSource(form));
			const read = await draftFromSource(db, locals.runtime.importPool, source, {
				unitId: user.unitId,
				issuerUnitId: edxml ? await packageIssuerUnitId(db, edxml.pkg) : null
			});
			if (read.tasks.length === 0) {
				return fail(400, { ...none(), action: 'read' as const, message: m.import_error_nothing() });
			}
			const draft = edxml
				? await withEdxmlHeader(db, read, edxml.pkg, locals.runtime.syncSecret)
				: { ...read, edxml: null };
			return { ...none(), action: 'read' as const, message: '', draft };
		} catch (error) {
			if (error instanceof ImportReadError) {
				return fail(400, { ...none(), action: 'read' as const, message: error.message });
			}
			throw error;
		}
	},
	// Creates the draft plan, and the units chosen for creation, from the confirmed preview.
	create: async ({ locals, request }) => {
		const user = requireUser(locals);
		const form = await request.formData();
		const raw = form.get('draft');
		const confirmed =
			typeof raw === 'string' && raw.length < 20_000_000 ? planFromDraft(raw, randomUUID) : null;
		if (!confirmed) {
			return fail(400, { ...none(), action: 'create' as const, message: m.import_error_draft() });
		}
		// a package's document is registered first (or found), so the plan becomes that document's
		const header = typeof raw === 'string' ? sealedHeader(raw, locals.runtime.syncSecret) : null;
		if (header === 'forged') {
			return fail(400, { ...none(), action: 'create' as const, message: m.import_error_draft() });
		}
		if (header) {
			const registered = await registerPackageDocument(
				locals.runtime.database.db,
				user,
				header,
				confirmed.input
			);
			if (!registered.ok)
				return fail(400, { ...none(), action: 'create' as const, message: registered.message });
			confirmed.input.documentId = registered.directiveId;
		}
		// the database refuses new units from anyone else too (it reads the account); this answers first
		const result =
			confirmed.createdFor.length > 0 && !mayCreateUnits(user)
				? { ok: false as const, problems: [{ code: 'units_not_allowed' as const, task: null }] }
				: await createPlanFromImport(
						locals.runtime.database,
						{ userId: user.id, unitId: user.unitId },
						confirmed.input
					);
		if (result.ok && header && confirmed.input.documentId) {
			await keepEdxmlDocument(locals.runtime.database.db, {
				directiveId: confirmed.input.documentId,
				documentId: header.documentId,
				header,
				traces: header.traces
			});
		}
		if (result.ok) redirect(303, `/plans/${result.planId}`);
		const unitErrors = proposalErrors(result.problems, confirmed.createdFor);
		return fail(400, {
			...none(),
			action: 'create' as const,
			message: m.import_problems(),
			problems: [
				...problemMessages(result.problems, confirmed.input),
				...unitErrors.map((e) => m.import_unit_problem({ name: e.name, problem: e.message }))
			],
			unitErrors
		});
	}
};
