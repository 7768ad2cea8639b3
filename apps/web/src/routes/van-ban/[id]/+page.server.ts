import { error, fail } from '@sveltejs/kit';
import {
	addDirectiveRelation,
	directiveCascade,
	directiveLinks,
	getDirective,
	listDirectives,
	mayRegisterFor,
	DIRECTIVE_RELATION_KINDS
} from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/current-user.ts';
import { cascadeRecipientStates } from '#lib/server/edxml/cascade-states.ts';
import { cascadeRecipientProgress } from '#lib/server/office/cascade-progress.ts';
import { fieldErrors, formText } from '../registry.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals, params, url }) => {
	depends('live:cascade');
	const user = requireUser(locals);
	const { db } = locals.runtime.database;
	const directive = await getDirective(db, params.id);
	if (!directive) error(404, m.registry_error_directive_missing());
	const [links, cascade, others, mayRelate] = await Promise.all([
		directiveLinks(db, directive.id),
		directiveCascade(db, directive.id, new Date(), { unitId: user.unitId, isAdmin: user.isAdmin }),
		listDirectives(db),
		mayRegisterFor(db, { unitId: user.unitId, isAdmin: user.isAdmin }, directive.issuer_unit_id)
	]);
	return {
		directive,
		links,
		cascade: cascade!,
		exchange: await cascadeRecipientStates(db, cascade!),
		recipients: await cascadeRecipientProgress(db, cascade!),
		created: url.searchParams.has('moi'),
		relationKinds: DIRECTIVE_RELATION_KINDS,
		mayRelate,
		targets: mayRelate
			? others
					.filter((d) => d.id !== directive.id)
					.map((d) => ({ id: d.id, type: d.type, number: d.number_display, subject: d.subject }))
			: []
	};
};

export const actions: Actions = {
	addRelation: async ({ locals, params, request }) => {
		const user = requireUser(locals);
		const form = await request.formData();
		const values = {
			kind: formText(form, 'kind'),
			toId: formText(form, 'toId'),
			note: formText(form, 'note')
		};
		const result = await addDirectiveRelation(
			locals.runtime.database.db,
			{ unitId: user.unitId, isAdmin: user.isAdmin },
			{ fromId: params.id, ...values }
		);
		if (result.ok) return { ok: true, message: m.registry_relation_added(), errors: {}, values: null };
		const errors = fieldErrors(result.errors);
		return fail(result.errors.some((e) => e.code === 'relation_not_allowed') ? 403 : 400, {
			ok: false,
			message: errors['fromId'] ?? m.registry_error_form(),
			errors,
			values
		});
	}
};
