import { foldVietnamese } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
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

/** Renames a unit (full and short name), keeping the old names for the history; false when there is no such unit. */
export async function renameUnit(
	db: Kysely<Schema>,
	input: { id: string; name: string; shortName: string }
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const before = await trx
			.selectFrom('units')
			.select(['name', 'short_name'])
			.where('id', '=', input.id)
			.forUpdate()
			.executeTakeFirst();
		if (!before) return false;
		if (before.name === input.name && before.short_name === input.shortName) return true;
		// the history keeps naming the unit as it was called until now
		await trx
			.insertInto('unit_name_history')
			.values({ unit_id: input.id, name: before.name, short_name: before.short_name, until: sql`now()` })
			.execute();
		await trx
			.updateTable('units')
			.set({
				name: input.name,
				short_name: input.shortName,
				search_text: foldVietnamese(`${input.name} ${input.shortName}`)
			})
			.where('id', '=', input.id)
			.execute();
		return true;
	});
}
