import { listUnits, type Database, type RegistryError, type RegistryErrorCode } from '@trienkhai/db';
import { parseVietnameseDate } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { buildUnitTree, type UnitNode } from '#lib/unit-tree.ts';

// What each refusal of the registry says to the user.
const MESSAGES: Record<RegistryErrorCode, () => string> = {
	required: m.registry_error_required,
	too_long: m.registry_error_too_long,
	type_invalid: m.registry_error_type_invalid,
	number_invalid: m.registry_error_number_invalid,
	number_type_mismatch: m.registry_error_number_type_mismatch,
	number_taken: m.registry_error_number_taken,
	issuer_missing: m.registry_error_issuer_missing,
	issuer_not_allowed: m.registry_error_issuer_not_allowed,
	date_invalid: m.registry_error_date_invalid,
	capacity_invalid: m.registry_error_capacity_invalid,
	directive_missing: m.registry_error_directive_missing,
	relation_kind_invalid: m.registry_error_relation_kind_invalid,
	relation_self: m.registry_error_relation_self,
	relation_exists: m.registry_error_relation_exists,
	relation_cycle: m.registry_error_relation_cycle,
	relation_not_allowed: m.registry_error_relation_not_allowed
};

/** Field → Vietnamese sentence; the first refusal of a field wins. */
export function fieldErrors(errors: readonly RegistryError[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of errors) out[e.field] ??= MESSAGES[e.code]();
	return out;
}

/** A form field as trimmed text ('' when absent or a file). */
export function formText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
}

/** The date field read as dd/mm/yyyy (or ISO); '' stays '' so the registry reports it. */
export function formDate(form: FormData, name: string): string {
	const raw = formText(form, name);
	return raw === '' ? '' : (parseVietnameseDate(raw) ?? 'invalid');
}

/** The unit tree for the issuer pickers (account counts are not shown here). */
export async function unitChoices(db: Database['db']): Promise<UnitNode[]> {
	const units = await listUnits(db);
	return buildUnitTree(
		units.map((u) => ({
			id: u.id,
			name: u.name,
			shortName: u.short_name,
			kind: u.kind,
			parentId: u.parent_id,
			accounts: 0
		}))
	);
}
