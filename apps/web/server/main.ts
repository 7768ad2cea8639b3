// Composition root of the embedded mode: one process serves the web app and the sync endpoints on one
// port, over one database (PGlite by default). It reads the environment once and hands the parts down.
import http from 'node:http';
import { pino } from 'pino';
import {
	DEMO_PASSWORD,
	listUsersWithUnits,
	prepareDatabase,
	startNotifier,
	type PrepareStep
} from '@trienkhai/db';
import { createImportPool } from '@trienkhai/office';
import {
	createOpsHandler,
	createPromMetrics,
	createRedisFanout,
	createSyncServer,
	defaultSyncConfig,
	exitGracefullyOnSignals,
	databaseAccessWatch,
	randomSecret,
	sessionTicketAuthenticator,
	startCheckpointSignerFromEnv
} from '@trienkhai/sync';
import { edxmlConfigFromEnv } from '../src/lib/server/edxml/config.ts';
import { startEdxmlOutboxJob } from '../src/lib/server/edxml/outbox.ts';
import { mailConfigFromEnv } from '../src/lib/server/mail/mail-config.ts';
import { startMailJob } from '../src/lib/server/mail/mail-job.ts';
import { startReminderJob } from '../src/lib/server/reminders.ts';
import { startRollupCompactionJob } from '../src/lib/server/rollup-compaction.ts';
import { provideRuntime } from '../src/lib/server/runtime.ts';
import { serverConfigFromEnv } from './config.ts';
import { requestProtocolStamp } from './request-protocol.ts';

const log = pino({ name: 'trienkhai' });
const PREPARE_STEPS: Record<PrepareStep, string> = {
	open: 'Đang mở cơ sở dữ liệu / opening the database',
	migrate: 'Đang cập nhật lược đồ cơ sở dữ liệu / running migrations',
	demo: 'Đang kiểm tra, nạp dữ liệu mẫu nếu cần / loading the demo data when the database is empty'
};
const config = serverConfigFromEnv(process.env, process.cwd());
const database = await prepareDatabase(config.database, {
	demo: config.demo,
	migrate: config.migrate,
	onStep: (step) => process.stdout.write(`[trienkhai] ${PREPARE_STEPS[step]}\n`)
});
// one process: the web app signs tickets with the secret the sync endpoint checks them with
const syncSecret = process.env['SYNC_SECRET'] || randomSecret();
const syncConfig = { ...defaultSyncConfig, redisUrl: process.env['REDIS_URL'] || null };
const prom = createPromMetrics({ instance: process.env['INSTANCE_NAME'] || `${config.host}:${config.port}` });
const fanout = syncConfig.redisUrl
	? await createRedisFanout(syncConfig.redisUrl, log, undefined, prom.metrics)
	: null;
const sync = createSyncServer({
	db: database.db,
	store: database.events,
	config: syncConfig,
	log,
	authenticate: sessionTicketAuthenticator(syncSecret, database),
	fanout,
	metrics: prom.metrics,
	access: databaseAccessWatch(database)
});
prom.observe(sync);
// imports are read in worker threads, so a slow or hostile file never stalls the other requests
const importPool = createImportPool();
provideRuntime({ database, syncSecret, importPool });
await startCheckpointSignerFromEnv(process.env, database.db, log);
// deadline reminders for the lead units: now, then every 10 minutes (idempotent; see reminders.ts)
startReminderJob({
	db: database.db,
	onRun: (run) => {
		if (run.created > 0) log.info(run, 'deadline reminders stored');
	},
	onError: (error: unknown) => log.error({ err: error }, 'deadline reminders failed')
});
// the directives' dashboards: fold the roll-up deltas the task changes wrote, every minute
startRollupCompactionJob({
	db: database.db,
	onError: (error: unknown) => log.error({ err: error }, 'roll-up compaction failed')
});
// notifications of workflow events (the domain's rule table), followed from the log; mailed when SMTP is set
const mail = mailConfigFromEnv(process.env);
await startNotifier(database.db, database.events, {
	mail: mail.smtpUrl !== null,
	baseUrl: mail.publicUrl,
	onError: (error: unknown) => log.error({ err: error }, 'notifications failed')
});
if (mail.smtpUrl !== null) {
	startMailJob({
		db: database.db,
		config: { ...mail, smtpUrl: mail.smtpUrl },
		onRun: (run) => {
			if (run.sent + run.failed > 0) log.info(run, 'notification mails');
		},
		onError: (error: unknown) => log.error({ err: error }, 'notification mails failed')
	});
}
// the retry queue of issued plans' edXML packages (outbound folder or exchange gateway)
startEdxmlOutboxJob({
	database,
	config: edxmlConfigFromEnv(process.env, process.cwd()),
	onError: (error: unknown) => log.error({ err: error }, 'edXML outbox failed')
});

// The SvelteKit handler is built by `vite build` (adapter-node); it is loaded after the runtime exists.
const stampProtocol = requestProtocolStamp(process.env);
// adapter-node reads its request body limit when the handler loads; its 512K default is below the importer's
// 5 MB upload limit (routes/nhap), which must be the one that answers, in Vietnamese.
process.env['BODY_SIZE_LIMIT'] ??= '6M';
const { handler } = (await import(new URL('../build/handler.js', import.meta.url).href)) as {
	handler: http.RequestListener;
};
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
				stampProtocol(req);
				handler(req, res);
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
		`  Tài khoản mẫu / demo accounts (${users.length}), mật khẩu / password: ${config.demo ? DEMO_PASSWORD : '(không phải dữ liệu mẫu / not demo data)'}`,
		...users.map(
			(u) => `    ${u.username.padEnd(22)} ${u.unit_name}${u.is_admin ? '  [quản trị / admin]' : ''}`
		),
		''
	];
	process.stdout.write(lines.filter((l) => l !== '').join('\n') + '\n');
	log.info({ url, dialect: database.dialect }, 'listening');
}

exitGracefullyOnSignals({ log, server, sync, fanout, database, graceMs: syncConfig.shutdownGraceMs });
