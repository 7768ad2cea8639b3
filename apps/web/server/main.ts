// Composition root of the embedded mode: one process serves the web app and the sync endpoints on one
// port, over one database (PGlite by default). It reads the environment once and hands the parts down.
import http from 'node:http';
import { pino } from 'pino';
import { listUsersWithUnits, prepareDatabase } from '@trienkhai/db';
import { createHealthHandler } from '@trienkhai/sync';
import { provideRuntime } from '../src/lib/server/runtime.ts';
import { serverConfigFromEnv } from './config.ts';

const log = pino({ name: 'trienkhai' });
const config = serverConfigFromEnv(process.env, process.cwd());
const database = await prepareDatabase(config.database, { demo: config.demo, migrate: config.migrate });
provideRuntime({ database });

// The SvelteKit handler is built by `vite build` (adapter-node); it is loaded after the runtime exists.
const { handler } = (await import(new URL('../build/handler.js', import.meta.url).href)) as {
	handler: http.RequestListener;
};
const health = createHealthHandler(database, Date.now());

const server = http.createServer((req, res) => {
	health(req, res)
		.then((handled) => {
			if (!handled) handler(req, res);
		})
		.catch((error: unknown) => {
			log.error({ err: error }, 'request failed');
			if (!res.headersSent) res.writeHead(500);
			res.end();
		});
});

server.listen(config.port, config.host, () => {
	printBanner().catch((error: unknown) => log.error({ err: error }, 'could not print the start banner'));
});

async function printBanner(): Promise<void> {
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : config.port;
	const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
	const users = await listUsersWithUnits(database.db);
	const lines = [
		'',
		`  Triển Khai đang chạy tại / is running at: ${url}`,
		`  Cơ sở dữ liệu / database: ${database.dialect === 'pglite' ? `PGlite (${config.database.kind === 'pglite' ? config.database.dataDir : ''})` : 'PostgreSQL'}`,
		database.demo?.loaded
			? `  Đã nạp dữ liệu mẫu / demo data loaded: ${database.demo.units} đơn vị, ${database.demo.directives} văn bản, ${database.demo.plans} kế hoạch, ${database.demo.tasks} nhiệm vụ`
			: '',
		`  Tài khoản mẫu / demo accounts (${users.length}):`,
		...users.map((u) => `    ${u.username.padEnd(22)} ${u.unit_name}`),
		''
	];
	process.stdout.write(lines.filter((l) => l !== '').join('\n') + '\n');
	log.info({ url, dialect: database.dialect }, 'listening');
}

const shutdown = (signal: string) => {
	log.info({ signal }, 'shutting down');
	server.close(() => {
		database.close().then(
			() => process.exit(0),
			() => process.exit(1)
		);
	});
	server.closeAllConnections();
	setTimeout(() => process.exit(1), 10_000).unref();
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
