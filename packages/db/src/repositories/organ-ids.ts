import { normaliseOrganId } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** A unit as edXML names it. */
export interface OrganUnit {
	id: string;
	name: string;
	organId: string;
	inCharge: string;
}

/** The units carrying any of these codes, by code. */
export async function unitsByOrganId(
	db: Kysely<Schema>,
	codes: readonly string[]
): Promise<Map<string, OrganUnit>> {
	const wanted = [...new Set(codes.map((c) => normaliseOrganId(c)).filter((c): c is string => c !== null))];
	if (wanted.length === 0) return new Map();
	const rows = await db
		.selectFrom('units')
		.select(['id', 'name', 'organ_id', 'organ_in_charge'])
		.where('organ_id', 'in', wanted)
		.execute();
	return new Map(
		rows.map((r) => [
			r.organ_id ?? '',
			{ id: r.id, name: r.name, organId: r.organ_id ?? '', inCharge: r.organ_in_charge }
		])
	);
}

/** Why a code was not set. */
export type OrganIdProblem = 'unit_missing' | 'code_invalid' | 'code_taken' | 'too_long';

/** One code to set: the unit, its code ('' clears it) and the body in charge. */
export interface OrganIdInput {
	unitId: string;
	organId: string;
	inCharge: string;
}

/** The body in charge is a name, not a file pasted in. */
export const ORGAN_IN_CHARGE_MAX = 300;

/**
 * Sets the codes of several units in one transaction, checking each: the unit exists, the code is in the
 * national format, and no other unit (nor another row of the same batch) holds it. Nothing is written when
 * any row is refused; the answer names every refused row by its index.
 */
export async function setOrganIds(
	db: Kysely<Schema>,
	inputs: readonly OrganIdInput[]
): Promise<
	{ ok: true; changed: number } | { ok: false; problems: Array<{ index: number; problem: OrganIdProblem }> }
> {
	return db.transaction().execute(async (trx) => {
		const units = await trx.selectFrom('units').select(['id', 'organ_id']).execute();
		const holder = new Map(units.filter((u) => u.organ_id).map((u) => [u.organ_id ?? '', u.id]));
		const exists = new Set(units.map((u) => u.id));
		// codes move between the batch's own units freely: what they held is released first
		for (const input of inputs) {
			for (const [code, id] of holder) if (id === input.unitId) holder.delete(code);
		}
		const problems: Array<{ index: number; problem: OrganIdProblem }> = [];
		const wanted: Array<{ unitId: string; organId: string | null; inCharge: string }> = [];
		inputs.forEach((input, index) => {
			const raw = input.organId.trim();
			const code = raw === '' ? null : normaliseOrganId(raw);
			if (!exists.has(input.unitId)) problems.push({ index, problem: 'unit_missing' });
			else if (raw !== '' && code === null) problems.push({ index, problem: 'code_invalid' });
			else if (input.inCharge.trim().length > ORGAN_IN_CHARGE_MAX)
				problems.push({ index, problem: 'too_long' });
			else if (code !== null && holder.has(code) && holder.get(code) !== input.unitId) {
				problems.push({ index, problem: 'code_taken' });
			} else {
				if (code !== null) holder.set(code, input.unitId);
				wanted.push({ unitId: input.unitId, organId: code, inCharge: input.inCharge.trim() });
			}
		});
		if (problems.length > 0) return { ok: false as const, problems };
		// clear first, so two units may swap codes without tripping the unique index
		const ids = wanted.map((w) => w.unitId);
		if (ids.length > 0)
			await trx.updateTable('units').set({ organ_id: null }).where('id', 'in', ids).execute();
		for (const w of wanted) {
			await trx
				.updateTable('units')
				.set({ organ_id: w.organId, organ_in_charge: w.inCharge })
				.where('id', '=', w.unitId)
				.execute();
		}
		return { ok: true as const, changed: wanted.length };
	});
}

/** Every unit with its code, for the administrator's list and the code list export. */
export async function listOrganIds(db: Kysely<Schema>) {
	return db
		.selectFrom('units')
		.select(['id', 'name', 'short_name', 'parent_id', 'organ_id', 'organ_in_charge'])
		.orderBy('name')
		.execute();
}
