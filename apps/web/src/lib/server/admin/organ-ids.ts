import { listOrganIds, setOrganIds, type Database, type OrganIdProblem } from '@trienkhai/db';
import { foldVietnamese } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { readCodeList } from './organ-id-csv.ts';
import { text, type AdminOutcome } from './outcome.ts';

type Db = Database['db'];

const PROBLEM: Record<OrganIdProblem, () => string> = {
	unit_missing: m.admin_code_unit_missing,
	code_invalid: m.admin_code_invalid,
	code_taken: m.admin_code_taken,
	too_long: m.admin_code_too_long
};

/** Every unit with its code, for the page. */
export async function organIdRows(db: Db) {
	return (await listOrganIds(db)).map((u) => ({
		id: u.id,
		name: u.name,
		organId: u.organ_id ?? '',
		inCharge: u.organ_in_charge
	}));
}

/** Sets one unit's code and body in charge from its row's form. */
export async function saveOrganIdFromForm(db: Db, form: FormData): Promise<AdminOutcome> {
	const values = { id: text(form, 'id'), organId: text(form, 'organId'), inCharge: text(form, 'inCharge') };
	const base = { action: 'saveCode', values, targetId: values.id || null };
	const result = await setOrganIds(db, [
		{ unitId: values.id, organId: values.organId, inCharge: values.inCharge }
	]);
	if (!result.ok) {
		const message = PROBLEM[result.problems[0]?.problem ?? 'code_invalid']();
		return { ...base, ok: false, message, errors: { organId: message } };
	}
	return { ...base, values: {}, ok: true, message: m.admin_code_saved(), errors: {} };
}

/**
 * Imports a code list (CSV): each row's unit is found by its name, ignoring case and diacritics; nothing
 * is written unless every row names a unit and a valid, unique code.
 */
export async function importOrganIdsFromForm(db: Db, form: FormData): Promise<AdminOutcome> {
	const base = { action: 'importCodes', values: {}, targetId: null, errors: {} };
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0)
		return { ...base, ok: false, message: m.admin_codes_no_file() };
	if (file.size > 2 * 1024 * 1024) return { ...base, ok: false, message: m.admin_codes_too_large() };
	let content: string;
	try {
		content = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
	} catch {
		return { ...base, ok: false, message: m.admin_codes_unreadable() };
	}
	const read = readCodeList(content);
	if (!read.ok) {
		const message = {
			unreadable: m.admin_codes_unreadable,
			columns: m.admin_codes_columns,
			empty: m.admin_codes_empty
		}[read.error.kind]();
		return { ...base, ok: false, message };
	}
	const units = await listOrganIds(db);
	const byName = new Map(units.map((u) => [foldVietnamese(u.name).trim(), u.id]));
	const problems: string[] = [];
	const inputs = read.rows.map((r) => {
		const unitId = byName.get(foldVietnamese(r.unitName).trim()) ?? '';
		if (!unitId)
			problems.push(
				m.admin_codes_line({ line: r.line, problem: m.admin_codes_unknown_unit({ name: r.unitName }) })
			);
		return { unitId, organId: r.organId, inCharge: r.inCharge };
	});
	if (problems.length === 0) {
		const result = await setOrganIds(db, inputs);
		if (result.ok) return { ...base, ok: true, message: m.admin_codes_imported({ count: result.changed }) };
		for (const p of result.problems) {
			problems.push(
				m.admin_codes_line({ line: read.rows[p.index]?.line ?? 0, problem: PROBLEM[p.problem]() })
			);
		}
	}
	return { ...base, ok: false, message: `${m.admin_codes_refused()} ${problems.slice(0, 20).join(' ')}` };
}
