import { databaseConfigFromEnv, type DatabaseConfig } from '@trienkhai/db';

/** Configuration of the embedded server (web app + sync on one port). */
export interface ServerConfig {
	port: number;
	host: string;
	database: DatabaseConfig;
	/** Load the demo data into an empty database on start. */
	demo: boolean;
}

/** Reads PORT, HOST, DATABASE_URL/DATA_DIR and DEMO_DATA; throws with the variable's name on bad input. */
export function serverConfigFromEnv(env: Record<string, string | undefined>, cwd: string): ServerConfig {
	const rawPort = env['PORT'] ?? '3000';
	const port = Number(rawPort);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		throw new Error(`PORT is not a port number: ${rawPort}`);
	const demo = env['DEMO_DATA'] ?? '1';
	if (!['0', '1', 'false', 'true'].includes(demo)) throw new Error(`DEMO_DATA must be 0 or 1: ${demo}`);
	return {
		port,
		host: env['HOST'] || '127.0.0.1',
		database: databaseConfigFromEnv(env, cwd),
		demo: demo === '1' || demo === 'true'
	};
}
