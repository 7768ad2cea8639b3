import { foldVietnamese } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { text } from './outcome.ts';

export const UNIT_NAME_MAX = 200;
export const UNIT_SHORT_NAME_MAX = 80;
const KINDS = ['party', 'state', 'other'] as const;

/** The fields of the "add a unit" form. */
export interface NewUnitValues {
	name: string;
	shortName: string;
	kind: string;
	parentId: string;
}

/** The fields of a "rename" form. */
export interface RenameValues {
	id: string;
	name: string;
	shortName: string;
}

/** The existing units a form is checked against. */
export interface KnownUnit {
	id: string;
	name: string;
	parent_id: string | null;
}

/** Reads the "add a unit" form. */
export function readNewUnit(form: FormData): NewUnitValues {
	return {
		name: text(form, 'name'),
		shortName: text(form, 'shortName'),
		kind: text(form, 'kind'),
		parentId: text(form, 'parentId')
	};
}

/** Reads a "rename" form. */
export function readRename(form: FormData): RenameValues {
	return { id: text(form, 'id'), name: text(form, 'name'), shortName: text(form, 'shortName') };
}

/** Whether a kind is one the database accepts. */
export function isUnitKind(kind: string): kind is (typeof KINDS)[number] {
	return (KINDS as readonly string[]).includes(kind);
}

function nameErrors(values: { name: string; shortName: string }): Record<string, string> {
	const errors: Record<string, string> = {};
	if (!values.name) errors['name'] = m.admin_error_name_required();
	else if (values.name.length > UNIT_NAME_MAX)
		errors['name'] = m.admin_error_too_long({ max: UNIT_NAME_MAX });
	if (values.shortName.length > UNIT_SHORT_NAME_MAX) {
		errors['shortName'] = m.admin_error_too_long({ max: UNIT_SHORT_NAME_MAX });
	}
	return errors;
}

function siblingHasName(units: KnownUnit[], parentId: string | null, name: string, exceptId: string | null) {
	const folded = foldVietnamese(name);
	return units.some(
		(u) => u.parent_id === parentId && u.id !== exceptId && foldVietnamese(u.name) === folded
	);
}

/** Field errors of a new unit (empty: valid). Two units under one parent may not share a name. */
export function validateNewUnit(values: NewUnitValues, units: KnownUnit[]): Record<string, string> {
	const errors = nameErrors(values);
	if (!isUnitKind(values.kind)) errors['kind'] = m.admin_error_kind_invalid();
	const parentId = values.parentId || null;
	if (parentId !== null && !units.some((u) => u.id === parentId)) {
		errors['parentId'] = m.admin_error_parent_missing();
	}
	if (!errors['name'] && !errors['parentId'] && siblingHasName(units, parentId, values.name, null)) {
		errors['name'] = m.admin_error_name_taken();
	}
	return errors;
}

/** Field errors of a rename (empty: valid). */
export function validateRename(values: RenameValues, units: KnownUnit[]): Record<string, string> {
	const unit = units.find((u) => u.id === values.id);
	if (!unit) return { name: m.admin_error_unit_missing() };
	const errors = nameErrors(values);
	if (!errors['name'] && siblingHasName(units, unit.parent_id, values.name, unit.id)) {
		errors['name'] = m.admin_error_name_taken();
	}
	return errors;
}
