import { fail, redirect } from '@sveltejs/kit';
import { createDirective, SIGNER_CAPACITIES } from '@trienkhai/db';
import { DIRECTIVE_TYPES } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/current-user.ts';
import type { UnitNode } from '#lib/unit-tree.ts';
import { fieldErrors, formDate, formText, unitChoices } from '../registry.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** The part of the unit tree a user registers for: their unit and what is under it; all for admins. */
function issuerTree(tree: UnitNode[], user: { unitId: string; isAdmin: boolean }): UnitNode[] {
	if (user.isAdmin) return tree;
	const find = (list: UnitNode[]): UnitNode | undefined => {
		for (const node of list) {
			if (node.id === user.unitId) return node;
			const found = find(node.children);
			if (found) return found;
		}
		return undefined;
	};
	const own = find(tree);
	return own ? [own] : [];
}

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser(locals);
	return {
		types: Object.entries(DIRECTIVE_TYPES).map(([code, name]) => ({ code, name })),
		capacities: SIGNER_CAPACITIES,
		issuers: issuerTree(await unitChoices(locals.runtime.database.db), user),
		defaultIssuer: user.unitId
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const user = requireUser(locals);
		const form = await request.formData();
		const values = {
			type: formText(form, 'type'),
			number: formText(form, 'number'),
			issuerUnitId: formText(form, 'issuerUnitId'),
			issuedOn: formText(form, 'issuedOn'),
			place: formText(form, 'place'),
			signerName: formText(form, 'signerName'),
			signerCapacity: formText(form, 'signerCapacity'),
			signerTitle: formText(form, 'signerTitle'),
			subject: formText(form, 'subject'),
			recipients: formText(form, 'recipients')
		};
		const result = await createDirective(
			locals.runtime.database.db,
			{ unitId: user.unitId, isAdmin: user.isAdmin },
			{
				...values,
				issuedOn: formDate(form, 'issuedOn'),
				recipients: values.recipients.split('\n')
			}
		);
		if (result.ok) redirect(303, `/van-ban/${encodeURIComponent(result.id)}?moi=1`);
		return fail(400, { message: m.registry_error_form(), errors: fieldErrors(result.errors), values });
	}
};
