// Starting and stopping the two servers of the sync benchmark, each in a child process of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerKind } from './options.ts';

export const PROFILE_DIR = '/tmp/bench-sync-prof';
const MAIN = path.resolve(import.meta.dirname, '../src/main.ts');
const REFERENCE = path.resolve(import.meta.dirname, 'reference-server.ts');
const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The server process running now, for an interrupt to kill. */
export const running: { child: ChildProcess | null } = { child: null };

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const port = (probe.address() as net.AddressInfo).port;
			probe.close(() => resolve(port));
		});
	});
}

/** Waits until `check` holds (polling), failing with `what` after `timeoutMs`. */
export async function until(
	check: () => boolean | Promise<boolean>,
	what: string,
	timeoutMs: number
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(25);
	}
}

/** How to start a server: its kind, port, a label for its profile, and for ours the database. */
export interface ServerStart {
	kind: ServerKind;
	port: number;
	label: string;
	cpuProfile: boolean;
	database: { url: string; schema: string; secret: string } | null;
}

/** Starts a server as a child process and waits until it answers HTTP. */
export async function startServer(start: ServerStart): Promise<ChildProcess> {
	const { kind, port } = start;
	const profile = start.cpuProfile
		? [
				'--cpu-prof',
				`--cpu-prof-dir=${PROFILE_DIR}`,
				`--cpu-prof-name=${kind}-${start.label}-${Date.now()}.cpuprofile`
			]
		: [];
	const env: NodeJS.ProcessEnv =
		kind === 'reference'
			? { ...process.env, PORT: String(port), HOST: '127.0.0.1' }
			: {
					...process.env,
					DATABASE_URL: start.database?.url ?? '',
					DATABASE_SCHEMA: start.database?.schema ?? '',
					SYNC_SECRET: start.database?.secret ?? '',
					SYNC_PORT: String(port),
					SYNC_HOST: '127.0.0.1',
					REDIS_URL: '',
					MIGRATE: '0'
				};
	const child = spawn(process.execPath, [...profile, kind === 'reference' ? REFERENCE : MAIN], {
		cwd: ROOT,
		env,
		stdio: ['ignore', process.env['BENCH_SERVER_LOG'] ? 'pipe' : 'ignore', 'inherit']
	});
	running.child = child;
	const logFile = process.env['BENCH_SERVER_LOG'];
	if (logFile) child.stdout?.pipe(createWriteStream(logFile, { flags: 'a' }));
	let exited = false;
	child.once('exit', () => (exited = true));
	await until(
		async () => {
			if (exited) throw new Error(`the ${kind} server exited before listening (code ${child.exitCode})`);
			try {
				const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
				await response.arrayBuffer();
				return true;
			} catch {
				return false;
			}
		},
		`the ${kind} server to listen`,
		30_000
	);
	return child;
}

/** Stops a server: SIGTERM (ours flushes to the log), SIGKILL after 20 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
	if (child.exitCode === null && child.signalCode === null) {
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		await exited;
		clearTimeout(timer);
	}
	running.child = null;
}
