import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@trienkhai/db';
import { checkHealth } from './health.ts';

/** Serves GET /healthz as JSON (503 when degraded); returns false for any other request. */
export function createHealthHandler(database: Database, startedAt: number) {
	return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
		if (req.method !== 'GET' || req.url?.split('?')[0] !== '/healthz') return false;
		const health = await checkHealth(database, startedAt, Date.now());
		res.writeHead(health.status === 'ok' ? 200 : 503, {
			'content-type': 'application/json',
			'cache-control': 'no-store'
		});
		res.end(JSON.stringify(health));
		return true;
	};
}
