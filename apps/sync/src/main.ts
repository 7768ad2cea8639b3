// Composition root of the standalone sync server: reads the environment once, builds the parts, starts.
import http from 'node:http';
import { pino } from 'pino';
import { databaseConfigFromEnv, prepareDatabase } from '@trienkhai/db';
import { syncConfigFromEnv } from './config.ts';
import { createRedisFanout } from './fanout.ts';
import { createOpsHandler } from './ops/http-ops.ts';
import { createPromMetrics } from './ops/metrics.ts';
import { startCheckpointSignerFromEnv } from './ops/checkpoint-signer.ts';
import { exitGracefullyOnSignals } from './shutdown.ts';
import { databaseAccessWatch, sessionTicketAuthenticator } from './session-tickets.ts';
import { createSyncServer } from './sync-server.ts';

const log = pino({ name: 'trienkhai-sync' });
const config = syncConfigFromEnv(process.env);
const secret = process.env['SYNC_SECRET'];
if (!secret) {
	log.fatal('SYNC_SECRET is not set: the web app and the sync servers must share it to sign tickets');
	process.exit(2);
}
const database = await prepareDatabase(databaseConfigFromEnv(process.env, process.cwd()), {
	demo: false,
	migrate: process.env['MIGRATE'] !== '0'
});
const prom = createPromMetrics({ instance: process.env['INSTANCE_NAME'] || `${config.host}:${config.port}` });
const fanout = config.redisUrl
	? await createRedisFanout(config.redisUrl, log, undefined, prom.metrics)
	: null;
const sync = createSyncServer({
	db: database.db,
	store: database.events,
	config,
	log,
	authenticate: sessionTicketAuthenticator(secret, database),
	fanout,
	metrics: prom.metrics,
	access: databaseAccessWatch(database)
});
prom.observe(sync);
await startCheckpointSignerFromEnv(process.env, database.db, log);
// /livez, /readyz (and /healthz), /metrics
const health = createOpsHandler({
	database,
	startedAt: Date.now(),
	registry: prom.registry,
	accepting: () => sync.stats().accepting
});

const server = http.createServer((req, res) => {
	health(req, res)
		.then((handled) => {
			if (!handled) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
				res.end('Not found');
			}
		})
		.catch((error: unknown) => {
			log.error({ err: error }, 'request failed');
			if (!res.headersSent) res.writeHead(500);
			res.end();
		});
});
server.on('upgrade', (req, socket, head) => {
	if (!sync.handleUpgrade(req, socket, head)) socket.destroy();
});

server.listen(config.port, config.host, () => {
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : config.port;
	log.info(
		{ port, host: config.host, dialect: database.dialect, redis: fanout !== null },
		'sync server listening'
	);
});

exitGracefullyOnSignals({ log, server, sync, fanout, database, graceMs: config.shutdownGraceMs });
