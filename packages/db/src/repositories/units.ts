import type { Kysely } from 'kysely';
import type { Schema, UnitRow } from '../schema.ts';

/** Every unit, parents before their children's siblings are not guaranteed: order is by name. */
export async function listUnits(db: Kysely<Schema>): Promise<UnitRow[]> {
	return db.selectFrom('units').selectAll().orderBy('name').execute();
}

/** Demo and real accounts with the name of their unit, for sign-in pages and the start banner. */
export async function listUsersWithUnits(db: Kysely<Schema>) {
	return db
		.selectFrom('users')
		.innerJoin('units', 'units.id', 'users.unit_id')
		.select(['users.id', 'users.username', 'users.display_name', 'users.unit_id', 'units.name as unit_name'])
		.orderBy('users.username')
		.execute();
}
