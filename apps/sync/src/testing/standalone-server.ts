import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { DatabaseConfig } from '@trienkhai/db';
import { WebSocket } from 'ws';
import { SECRET, until } from './harness.ts';

/*
 * The standalone sync server (main.ts) as a child process of a test: what the kill -9 tests start, kill and
 * start again.
 */

const MAIN = path.resolve(import.meta.dirname, '../main.ts');

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/** The environment of a standalone sync server on a test database, single instance (no Redis). */
export function standaloneEnv(config: DatabaseConfig, port: number): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		SYNC_SECRET: SECRET,
		SYNC_PORT: String(port),
		SYNC_HOST: '127.0.0.1',
		REDIS_URL: ''
	};
	if (config.kind === 'postgres') {
		env['DATABASE_URL'] = config.url;
		env['DATABASE_SCHEMA'] = config.schema ?? '';
	} else {
		env['DATABASE_URL'] = '';
		env['DATA_DIR'] = path.dirname(config.dataDir!);
	}
	return env;
}

/** Starts main.ts with `env` and waits until it answers upgrades on `port` (an unknown plan: 401). */
export async function startStandalone(
	env: NodeJS.ProcessEnv,
	port: number,
	timeoutMs = 60_000
): Promise<ChildProcess> {
	const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
	await until(
		() =>
			new Promise<boolean>((resolve) => {
				const ws = new WebSocket(`ws://127.0.0.1:${port}/sync/x`);
				ws.on('unexpected-response', () => {
					ws.terminate();
					resolve(true);
				});
				ws.on('error', () => resolve(false));
			}),
		'the sync server to listen',
		timeoutMs
	);
	return child;
}

/** Sends `signal` and waits for the process to exit. */
export async function stopStandalone(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill(signal);
	await exited;
}
