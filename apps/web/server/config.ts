import { databaseConfigFromEnv, type DatabaseConfig } from '@trienkhai/db';

/** Configuration of the embedded server (web app + sync on one port). */
export interface ServerConfig {
	port: number;
	host: string;
	database: DatabaseConfig;
	/** Load the demo data into an empty database on start. */
	demo: boolean;
	/** Run pending migrations on start (MIGRATE=0: only check the schema is current; see infra/). */
	migrate: boolean;
}

function flag(env: Record<string, string | undefined>, name: string, fallback: '0' | '1'): boolean {
	const value = env[name] ?? fallback;
	if (!['0', '1', 'false', 'true'].includes(value)) throw new Error(`${name} must be 0 or 1: ${value}`);
	return value === '1' || value === 'true';
}

/** Reads PORT, HOST, DATABASE_URL/DATA_DIR, DEMO_DATA and MIGRATE; throws with the variable's name on bad input. */
export function serverConfigFromEnv(env: Record<string, string | undefined>, cwd: string): ServerConfig {
	const rawPort = env['PORT'] ?? '3000';
	const port = Number(rawPort);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		throw new Error(`PORT is not a port number: ${rawPort}`);
	return {
		port,
		host: env['HOST'] || '127.0.0.1',
		database: databaseConfigFromEnv(env, cwd),
		demo: flag(env, 'DEMO_DATA', '1'),
		migrate: flag(env, 'MIGRATE', '1')
	};
}
