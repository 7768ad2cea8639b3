import { foldVietnamese } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema, UnitRow, UnitTable } from '../schema.ts';
import { usersWithUnits } from './users.ts';

/** Every unit, parents before their children's siblings are not guaranteed: order is by name. */
export async function listUnits(db: Kysely<Schema>): Promise<UnitRow[]> {
	return db.selectFrom('units').selectAll().orderBy('name').execute();
}

/** Demo and real accounts with the name of their unit, for sign-in pages and the start banner. */
export async function listUsersWithUnits(db: Kysely<Schema>) {
	return usersWithUnits(db).orderBy('users.username').execute();
}

/** One unit by id, or undefined. */
export async function getUnit(db: Kysely<Schema>, id: string): Promise<UnitRow | undefined> {
	return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Adds a unit (under `parentId`, or at the top when null). */
export async function createUnit(
	db: Kysely<Schema>,
	input: { id: string; name: string; shortName: string; kind: UnitTable['kind']; parentId: string | null }
): Promise<void> {
	await db
		.insertInto('units')
		.values({
			id: input.id,
			name: input.name,
			short_name: input.shortName,
			kind: input.kind,
			parent_id: input.parentId,
			search_text: foldVietnamese(`${input.name} ${input.shortName}`)
		})
		.execute();
}

/** Renames a unit (full and short name); false when there is no such unit. */
export async function renameUnit(
	db: Kysely<Schema>,
	input: { id: string; name: string; shortName: string }
): Promise<boolean> {
	const result = await db
		.updateTable('units')
		.set({
			name: input.name,
			short_name: input.shortName,
			search_text: foldVietnamese(`${input.name} ${input.shortName}`)
		})
		.where('id', '=', input.id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
