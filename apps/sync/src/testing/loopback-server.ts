// A sync server as the standalone main.ts serves it (`/healthz`, 404 for other requests, websocket upgrades on
// the sync path) on 127.0.0.1 at a free port: what the sync suites, the web app's load tests and the hostile
// benchmark start. Test and benchmark code only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@trienkhai/db';
import { createHealthHandler } from '../http-health.ts';
import { createSyncServer, type SyncServer, type SyncServerOptions } from '../sync-server.ts';

/** A running sync server on a loopback port. */
export interface LoopbackServer {
	url: string;
	port: number;
	sync: SyncServer;
	http: http.Server;
	stop(): Promise<void>;
}

/** Starts `createSyncServer(options)` with `/healthz` over `database` on 127.0.0.1, a free port. */
export async function startLoopbackServer(
	database: Database,
	options: SyncServerOptions
): Promise<LoopbackServer> {
	const sync = createSyncServer(options);
	const health = createHealthHandler(database, Date.now());
	const server = http.createServer((req, res) => {
		void health(req, res).then((handled) => {
			if (!handled) res.writeHead(404).end();
		});
	});
	server.on('upgrade', (req, socket, head) => {
		if (!sync.handleUpgrade(req, socket, head)) socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	return {
		url: `ws://127.0.0.1:${port}/sync`,
		port,
		sync,
		http: server,
		async stop() {
			await sync.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}
