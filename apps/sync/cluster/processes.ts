// The processes the fault suite drives: its own PostgreSQL cluster and Redis server (never the shared ones),
// and the three instances plus nginx through infra/cluster/local-cluster.sh.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCRIPT = path.join(ROOT, 'infra/cluster/local-cluster.sh');
const PG_BIN = '/usr/lib/postgresql/15/bin';

export interface SuiteConfig {
	dir: string;
	pgPort: number;
	redisPort: number;
	instancePorts: number[];
	httpsPort: number;
	httpPort: number;
}

export const databaseUrl = (c: SuiteConfig) => `postgres://postgres@127.0.0.1:${c.pgPort}/postgres`;

/** Runs a command as the postgres user when we are root (initdb and the server refuse root). */
async function asPostgres(cmd: string, args: string[]): Promise<void> {
	if (process.getuid?.() === 0) await run('runuser', ['-u', 'postgres', '--', cmd, ...args]);
	else await run(cmd, args);
}

const pgData = (c: SuiteConfig) => path.join(c.dir, 'pg');

export async function startPostgres(c: SuiteConfig): Promise<void> {
	await fs.mkdir(c.dir, { recursive: true, mode: 0o755 });
	await fs.chmod(c.dir, 0o755);
	const data = pgData(c);
	if (!(await fs.stat(path.join(data, 'PG_VERSION')).catch(() => null))) {
		await fs.mkdir(data, { recursive: true, mode: 0o700 });
		if (process.getuid?.() === 0) await run('chown', ['postgres:postgres', data]);
		await asPostgres(`${PG_BIN}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
	}
	const running = await asPostgres(`${PG_BIN}/pg_ctl`, ['-D', data, 'status']).then(
		() => true,
		() => false
	);
	if (!running) await pgCtl(c, 'start');
}

async function pgCtl(c: SuiteConfig, action: 'start' | 'restart' | 'stop'): Promise<void> {
	const data = pgData(c);
	const options = `-p ${c.pgPort} -c listen_addresses=127.0.0.1 -k ${data}`;
	const args = ['-D', data, '-w', '-t', '60', '-m', 'fast', '-l', path.join(data, 'server.log')];
	await asPostgres(
		`${PG_BIN}/pg_ctl`,
		action === 'stop' ? ['-D', data, '-w', '-m', 'fast', 'stop'] : [...args, '-o', options, action]
	);
}

export const restartPostgres = (c: SuiteConfig) => pgCtl(c, 'restart');
export const stopPostgres = (c: SuiteConfig) => pgCtl(c, 'stop').catch(() => {});

export async function startRedis(c: SuiteConfig): Promise<void> {
	await run('redis-server', [
		'--port',
		String(c.redisPort),
		'--bind',
		'127.0.0.1',
		'--save',
		'',
		'--appendonly',
		'no',
		'--daemonize',
		'yes',
		'--pidfile',
		path.join(c.dir, 'redis.pid'),
		'--dir',
		c.dir,
		'--logfile',
		path.join(c.dir, 'redis.log')
	]);
	for (let i = 0; i < 50; i++) {
		if (
			await run('redis-cli', ['-p', String(c.redisPort), 'ping']).then(
				() => true,
				() => false
			)
		)
			return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('redis did not start');
}

export async function stopRedis(c: SuiteConfig): Promise<void> {
	await run('redis-cli', ['-p', String(c.redisPort), 'shutdown', 'nosave']).catch(() => {});
}

function clusterEnv(c: SuiteConfig): NodeJS.ProcessEnv {
	return {
		...process.env,
		CLUSTER_DIR: path.join(c.dir, 'cluster'),
		CLUSTER_PORTS: c.instancePorts.join(' '),
		HTTPS_PORT: String(c.httpsPort),
		HTTP_PORT: String(c.httpPort),
		DATABASE_URL: databaseUrl(c),
		DATABASE_SCHEMA: '',
		REDIS_URL: `redis://127.0.0.1:${c.redisPort}`,
		DEMO_DATA: '1'
	};
}

/** `local-cluster.sh <args>` against the suite's own PostgreSQL and Redis. */
export async function cluster(c: SuiteConfig, ...args: string[]): Promise<void> {
	await run(SCRIPT, args, { env: clusterEnv(c), maxBuffer: 16 * 1024 * 1024 });
}

export const caFile = (c: SuiteConfig) => path.join(c.dir, 'cluster', 'tls', 'cert.pem');
export const secretFile = (c: SuiteConfig) => path.join(c.dir, 'cluster', 'sync-secret');

/** Open websocket connections of each instance, from its own /metrics (null: not answering). */
export async function connectionsByInstance(c: SuiteConfig): Promise<Array<number | null>> {
	return Promise.all(
		c.instancePorts.map(async (port) => {
			try {
				const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
				const line = text.split('\n').find((l) => l.startsWith('trienkhai_sync_connections'));
				return line ? Number(line.split(' ').at(-1)) : null;
			} catch {
				return null;
			}
		})
	);
}
