import { pingDatabase, type Database } from '@trienkhai/db';

/** What `/healthz` answers. */
export interface Health {
	status: 'ok' | 'degraded';
	database: { dialect: Database['dialect']; ok: boolean; error?: string };
	uptimeSeconds: number;
}

/** Checks that the database answers a query; never throws, so the probe itself cannot crash the server. */
export async function checkHealth(database: Database, startedAt: number, now: number): Promise<Health> {
	try {
		await pingDatabase(database);
		return {
			status: 'ok',
			database: { dialect: database.dialect, ok: true },
			uptimeSeconds: Math.round((now - startedAt) / 1000)
		};
	} catch (error) {
		return {
			status: 'degraded',
			database: {
				dialect: database.dialect,
				ok: false,
				error: error instanceof Error ? error.message : String(error)
			},
			uptimeSeconds: Math.round((now - startedAt) / 1000)
		};
	}
}
