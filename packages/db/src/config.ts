import path from 'node:path';

/** Where the data lives: embedded PGlite (a folder, or memory when `dataDir` is null) or a PostgreSQL server. */
export type DatabaseConfig =
	| { kind: 'pglite'; dataDir: string | null }
	| { kind: 'postgres'; url: string; schema?: string; maxConnections?: number };

/** Reads the database choice from the environment: `DATABASE_URL` picks PostgreSQL, otherwise PGlite under `DATA_DIR` (default `./data`). */
export function databaseConfigFromEnv(env: Record<string, string | undefined>, cwd: string): DatabaseConfig {
	const url = env['DATABASE_URL'];
	if (url !== undefined && url !== '') {
		return { kind: 'postgres', url, schema: env['DATABASE_SCHEMA'] || undefined };
	}
	return { kind: 'pglite', dataDir: path.resolve(cwd, env['DATA_DIR'] || 'data', 'pglite') };
}
