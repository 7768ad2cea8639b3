// `npm run test:cluster`: faults through the load balancer. Starts its own PostgreSQL cluster and Redis server
// (on its own ports; the shared ones are never touched), three instances and nginx (infra/cluster), then per
// fault: editors type through nginx over TLS with the unmodified y-websocket provider while the fault happens,
// and the suite prints the edits acknowledged as saved and how many of them the log holds. Exit 1 when an
// acknowledged edit is missing or the editors do not converge.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEventStore, openDatabase, type Database } from '@trienkhai/db';
import { taskContentText } from '@trienkhai/domain';
import * as Y from 'yjs';
import { createDraftPlan, identityOf, OWNER, signedIn } from '../src/testing/harness.ts';
import { Editor } from './editor.ts';
import {
	caFile,
	cluster,
	connectionsByInstance,
	databaseUrl,
	restartPostgres,
	secretFile,
	startPostgres,
	startRedis,
	stopPostgres,
	stopRedis,
	type SuiteConfig
} from './processes.ts';

const config: SuiteConfig = {
	dir: process.env['FAULTS_DIR'] ?? path.join(os.tmpdir(), `trienkhai-faults-${process.getuid?.() ?? 0}`),
	pgPort: Number(process.env['FAULTS_PG_PORT'] ?? 3654),
	redisPort: Number(process.env['FAULTS_REDIS_PORT'] ?? 3663),
	instancePorts: (process.env['FAULTS_INSTANCE_PORTS'] ?? '3611 3612 3613').split(' ').map(Number),
	httpsPort: Number(process.env['FAULTS_HTTPS_PORT'] ?? 3643),
	httpPort: Number(process.env['FAULTS_HTTP_PORT'] ?? 3680)
};
const REDIS_DOWN_MS = Number(process.env['FAULTS_REDIS_DOWN_S'] ?? 30) * 1000;

interface Outcome {
	fault: string;
	typed: number;
	acknowledged: number;
	found: number;
	converged: boolean;
	seconds: number;
}

/** The task text as the log holds it: every stored update of the plan applied to a fresh document. */
async function textInLog(planId: string, taskId: string): Promise<string> {
	const rows = await withDatabase((database) =>
		database.db
			.selectFrom('plan_updates')
			.select('update')
			.where('plan_id', '=', planId)
			.orderBy('seq')
			.execute()
	);
	const doc = new Y.Doc();
	for (const row of rows) Y.applyUpdate(doc, row.update);
	return taskContentText(doc, taskId)?.toJSON() ?? '';
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (await check()) return true;
		await sleep(100);
	}
	return false;
}

/** The suite's own connection, opened per use: PostgreSQL restarts during the suite. */
async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
	const database = await openDatabase({ kind: 'postgres', url: databaseUrl(config), maxConnections: 1 });
	try {
		return await work(database);
	} finally {
		await database.close();
	}
}

let planNo = 0;

/** One fault: `editors` type every `everyMs` while `fault` runs, then everything must be saved and converge. */
async function scenario(
	name: string,
	editors: number,
	fault: (editors: Editor[]) => Promise<void>
): Promise<Outcome> {
	const started = Date.now();
	const planId = `plan-faults-${Date.now()}-${++planNo}`;
	const taskId = `${planId}/t1`;
	await withDatabase((database) => createDraftPlan(createEventStore(database), planId));
	const secret = (await fs.readFile(secretFile(config), 'utf8')).trim();
	const ca = await fs.readFile(caFile(config), 'utf8');
	const url = `wss://127.0.0.1:${config.httpsPort}/sync`;
	// the instances take single-use tickets of a live web session only: the editors' user signs in once
	const { sessionId } = await withDatabase((database) => signedIn(database, OWNER));
	const identity = { ...identityOf(OWNER), sessionId };
	const list = Array.from(
		{ length: editors },
		(_, i) => new Editor(`e${i + 1}`, { url, planId, identity, secret, ca })
	);
	try {
		if (!(await waitFor(() => list.every((e) => e.synced), 30_000)))
			throw new Error(`${name}: editors did not sync`);
		for (const e of list) e.startTyping(taskId, 150);
		await fault(list);
		await sleep(1000);
		for (const e of list) e.stopTyping();
		// every edit made must end up saved (edits typed while offline are sent on reconnect)
		await waitFor(() => list.every((e) => e.acknowledged().length === e.edits.length), 60_000);
		const logText = await textInLog(planId, taskId);
		const acknowledged = list.flatMap((e) => e.acknowledged());
		const found = acknowledged.filter((edit) => logText.includes(edit.token)).length;
		const converged = await waitFor(async () => {
			const text = await textInLog(planId, taskId);
			return list.every((e) => e.text(taskId) === text);
		}, 30_000);
		return {
			fault: name,
			typed: list.reduce((n, e) => n + e.edits.length, 0),
			acknowledged: acknowledged.length,
			found,
			converged,
			seconds: (Date.now() - started) / 1000
		};
	} finally {
		for (const e of list) e.destroy();
	}
}

async function spreadAcrossInstances(): Promise<number[]> {
	return (await connectionsByInstance(config)).map((n) => n ?? 0);
}

const faults: Array<[string, number, (editors: Editor[]) => Promise<void>]> = [
	[
		'co-editing across instances',
		6,
		async () => {
			await sleep(2000);
			const spread = await spreadAcrossInstances();
			console.log(`  connections per instance: ${spread.join(', ')}`);
			if (spread.filter((n) => n > 0).length < 2) throw new Error('the editors all landed on one instance');
		}
	],
	[
		'kill -9 of the instance an editor is on, mid-typing',
		6,
		async () => {
			await sleep(1500);
			const spread = await spreadAcrossInstances();
			const victim = spread.indexOf(Math.max(...spread)) + 1;
			console.log(`  kill -9 instance ${victim} (${spread[victim - 1]} editors on it)`);
			await cluster(config, 'kill-instance', String(victim));
			await sleep(4000);
			await cluster(config, 'start-instance', String(victim));
		}
	],
	[
		`Redis stopped for ${REDIS_DOWN_MS / 1000} s`,
		6,
		async () => {
			await sleep(1000);
			await stopRedis(config);
			console.log('  redis stopped');
			await sleep(REDIS_DOWN_MS);
			await startRedis(config);
			console.log('  redis started again');
			await sleep(3000);
		}
	],
	[
		'PostgreSQL restarted',
		6,
		async () => {
			await sleep(1500);
			const t = Date.now();
			await restartPostgres(config);
			console.log(`  postgres restarted in ${((Date.now() - t) / 1000).toFixed(1)} s`);
			await sleep(3000);
		}
	],
	[
		'rolling restart of the three instances, ten editors typing',
		10,
		async () => {
			await sleep(1000);
			for (let n = 1; n <= config.instancePorts.length; n++) {
				await cluster(config, 'stop-instance', String(n));
				await cluster(config, 'start-instance', String(n));
				console.log(`  instance ${n} restarted`);
			}
		}
	]
];

async function main(): Promise<number> {
	const only = process.argv[2];
	const t0 = Date.now();
	await fs.mkdir(config.dir, { recursive: true });
	await startPostgres(config);
	await startRedis(config);
	const outcomes: Outcome[] = [];
	try {
		console.log('starting three instances and nginx…');
		await cluster(config, 'start');
		for (const [name, editors, fault] of faults) {
			if (only && !name.includes(only)) continue;
			console.log(`${name}:`);
			const outcome = await scenario(name, editors, fault).catch((error: unknown) => {
				console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
				return { fault: name, typed: 0, acknowledged: 0, found: -1, converged: false, seconds: 0 };
			});
			outcomes.push(outcome);
			console.log(
				`  edits acknowledged ${outcome.acknowledged}, found ${outcome.found} (typed ${outcome.typed}), ` +
					`converged: ${outcome.converged ? 'yes' : 'NO'}, ${outcome.seconds.toFixed(1)} s`
			);
		}
	} finally {
		await cluster(config, 'stop').catch((error: unknown) => console.log(`cluster stop: ${String(error)}`));
		await stopRedis(config);
		await stopPostgres(config);
	}
	const ok = outcomes.every((o) => o.acknowledged === o.found && o.converged && o.acknowledged > 0);
	console.log(
		`\n${ok ? 'OK' : 'FAILED'}: ${outcomes.length} faults in ${((Date.now() - t0) / 1000).toFixed(0)} s`
	);
	return ok ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	return 2;
});
