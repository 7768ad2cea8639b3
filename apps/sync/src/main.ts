// Composition root of the standalone sync server: reads the environment once, builds the parts, starts.
import http from 'node:http';
import { pino } from 'pino';
import { databaseConfigFromEnv, prepareDatabase } from '@trienkhai/db';
import { syncConfigFromEnv } from './config.ts';
import { createHealthHandler } from './http-health.ts';

const log = pino({ name: 'trienkhai-sync' });
const config = syncConfigFromEnv(process.env);
const database = await prepareDatabase(databaseConfigFromEnv(process.env, process.cwd()), { demo: false });
const health = createHealthHandler(database, Date.now());

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

server.listen(config.port, config.host, () => {
	log.info({ port: config.port, host: config.host, dialect: database.dialect }, 'sync server listening');
});

const shutdown = (signal: string) => {
	log.info({ signal }, 'shutting down');
	server.close(() => {
		database.close().then(
			() => process.exit(0),
			() => process.exit(1)
		);
	});
	setTimeout(() => process.exit(1), config.shutdownGraceMs).unref();
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
