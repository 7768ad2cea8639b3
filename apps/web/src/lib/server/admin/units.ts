import { randomUUID } from 'node:crypto';
import { createUnit, listUnits, listUsersWithUnits, renameUnit, type Database } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { buildUnitTree, type UnitItem } from '#lib/unit-tree.ts';
import type { AdminOutcome } from './outcome.ts';
import { isUnitKind, readNewUnit, readRename, validateNewUnit, validateRename } from './unit-form.ts';

type Db = Database['db'];

/** Every unit with its number of accounts, flat; the page builds the tree. */
export async function unitItems(db: Db): Promise<UnitItem[]> {
	const [units, users] = await Promise.all([listUnits(db), listUsersWithUnits(db)]);
	const accounts = new Map<string, number>();
	for (const u of users) accounts.set(u.unit_id, (accounts.get(u.unit_id) ?? 0) + 1);
	return units.map((u) => ({
		id: u.id,
		name: u.name,
		shortName: u.short_name,
		kind: u.kind,
		parentId: u.parent_id,
		accounts: accounts.get(u.id) ?? 0
	}));
}

/** The unit tree for the admin page. */
export async function unitTree(db: Db) {
	return buildUnitTree(await unitItems(db));
}

/** Adds a unit from the "add a unit" form. */
export async function addUnitFromForm(db: Db, form: FormData): Promise<AdminOutcome> {
	const values = readNewUnit(form);
	const units = await listUnits(db);
	const errors = validateNewUnit(values, units);
	const base = { action: 'addUnit', values: { ...values }, targetId: null };
	if (Object.keys(errors).length > 0 || !isUnitKind(values.kind)) {
		return { ...base, ok: false, message: m.admin_form_invalid(), errors };
	}
	const id = randomUUID();
	await createUnit(db, {
		id,
		name: values.name,
		shortName: values.shortName || values.name,
		kind: values.kind,
		parentId: values.parentId || null
	});
	return {
		...base,
		values: {},
		targetId: id,
		ok: true,
		message: m.admin_unit_created({ name: values.name }),
		errors: {}
	};
}

/** Renames a unit from its row's "rename" form. */
export async function renameUnitFromForm(db: Db, form: FormData): Promise<AdminOutcome> {
	const values = readRename(form);
	const errors = validateRename(values, await listUnits(db));
	const base = { action: 'renameUnit', values: { ...values }, targetId: values.id || null };
	if (Object.keys(errors).length > 0) return { ...base, ok: false, message: m.admin_form_invalid(), errors };
	const renamed = await renameUnit(db, {
		id: values.id,
		name: values.name,
		shortName: values.shortName || values.name
	});
	if (!renamed) return { ...base, ok: false, message: m.admin_error_unit_missing(), errors: {} };
	return { ...base, values: {}, ok: true, message: m.admin_unit_renamed({ name: values.name }), errors: {} };
}
