import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@trienkhai/db';
import type { Registry } from 'prom-client';
import { checkHealth } from '../health.ts';

export interface OpsEndpoints {
	database: Database;
	startedAt: number;
	registry: Registry;
	/** False once the instance is shutting down: readiness then fails, so the load balancer drains it. */
	accepting: () => boolean;
}

const JSON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' };

/**
 * `GET /livez`: the process answers (restart it when this fails); `GET /readyz` (and the older `/healthz`):
 * the database answers and the instance accepts connections (send it traffic only then); `GET /metrics`:
 * Prometheus text format. Returns false for any other request.
 */
export function createOpsHandler(endpoints: OpsEndpoints) {
	return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
		if (req.method !== 'GET') return false;
		const path = req.url?.split('?')[0];
		if (path === '/livez') {
			res.writeHead(200, JSON_HEADERS);
			res.end(JSON.stringify({ status: 'alive', uptimeSeconds: uptime(endpoints.startedAt) }));
			return true;
		}
		if (path === '/readyz' || path === '/healthz') {
			const health = await checkHealth(endpoints.database, endpoints.startedAt, Date.now());
			const accepting = endpoints.accepting();
			const ready = health.status === 'ok' && accepting;
			res.writeHead(ready ? 200 : 503, JSON_HEADERS);
			res.end(JSON.stringify({ ...health, status: ready ? 'ok' : 'degraded', accepting }));
			return true;
		}
		if (path === '/metrics') {
			const body = await endpoints.registry.metrics();
			res.writeHead(200, { 'content-type': endpoints.registry.contentType, 'cache-control': 'no-store' });
			res.end(body);
			return true;
		}
		return false;
	};
}

function uptime(startedAt: number): number {
	return Math.round((Date.now() - startedAt) / 1000);
}
