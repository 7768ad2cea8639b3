import { sql, type Kysely } from 'kysely';
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

/**
 * For instances that do not migrate (MIGRATE=0, the application role of infra/postgres/app-role.sql):
 * throws unless every migration this code knows has been applied by the owner.
 */
export async function assertMigrated(db: Kysely<Schema>): Promise<void> {
	const known = Object.keys(migrations);
	let applied: string[];
	try {
		const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
		applied = rows.rows.map((r) => r.name);
	} catch (error) {
		throw new Error('the database has no migrations yet: run `npx trienkhai migrate` as the owner role', {
			cause: error
		});
	}
	const missing = known.filter((name) => !applied.includes(name));
	if (missing.length > 0) {
		throw new Error(
			`the database lacks migrations ${missing.join(', ')}: run \`npx trienkhai migrate\` as the owner role`
		);
	}
}
