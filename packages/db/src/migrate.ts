import type { Kysely } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import { migrations } from './migrations/index.ts';
import type { Schema } from './schema.ts';

/** Brings the schema up to date; throws with the failing migration's name when one fails. */
export async function migrateToLatest(db: Kysely<Schema>, schema?: string): Promise<MigrationResultSet> {
	const migrator = new Migrator({
		db,
		provider: { getMigrations: () => Promise.resolve(migrations) },
		...(schema ? { migrationTableSchema: schema } : {})
	});
	const result = await migrator.migrateToLatest();
	if (result.error !== undefined) {
		const failed = result.results?.find((r) => r.status === 'Error');
		const reason = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
		throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`, {
			cause: result.error
		});
	}
	return result;
}
