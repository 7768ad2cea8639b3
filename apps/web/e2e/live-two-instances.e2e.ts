import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { test } from '@playwright/test';
import { createTestDatabase } from '@trienkhai/db/testing';
import { issueWhileTypingAndFollowWorkflow } from './live-scenario.ts';

// The live lifecycle with the owner's browser on one instance and the co-drafter's on another, both sharing
// PostgreSQL (the log's change notices) and Redis (the sync fan-out), as behind a load balancer. The two
// instances are the real server (apps/web/server/main.ts) started here on ports next to Playwright's own.
// `npm test` starts the local PostgreSQL and Redis and names them; run alone, the same local services are used.
const DATABASE_URL = process.env['TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';
const BASE_PORT = Number(process.env['E2E_PORT'] ?? 3100);
const ROOT = path.join(import.meta.dirname, '../../..');

// a fresh schema of its own, dropped afterwards
process.env['TEST_DATABASE_URL'] = DATABASE_URL;
const database = createTestDatabase('postgres');
const schema = database.config.kind === 'postgres' ? (database.config.schema ?? '') : '';
const secret = randomBytes(24).toString('hex');
const servers: ChildProcess[] = [];

async function healthy(url: string, deadline: number): Promise<void> {
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${url}/readyz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`instance ${url} did not become ready`);
}

async function startInstance(port: number, demoData: boolean): Promise<string> {
	const child = spawn(process.execPath, ['apps/web/server/main.ts'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			DATABASE_URL,
			DATABASE_SCHEMA: schema,
			REDIS_URL,
			SYNC_SECRET: secret,
			INSTANCE_NAME: `e2e-${port}`,
			DEMO_DATA: demoData ? '1' : '0'
		}
	});
	servers.push(child);
	const url = `http://127.0.0.1:${port}`;
	await healthy(url, Date.now() + 90_000);
	return url;
}

let first = '';
let second = '';

test.beforeAll(async () => {
	test.setTimeout(200_000);
	// the first instance migrates and loads the demo data; the second joins the same schema
	first = await startInstance(BASE_PORT + 1, true);
	second = await startInstance(BASE_PORT + 2, false);
});

test.afterAll(async () => {
	for (const server of servers) server.kill('SIGTERM');
	await Promise.all(servers.map((s) => new Promise((resolve) => s.once('exit', resolve))));
	await database.dispose();
});

test('two instances: the co-drafter on the second sees the issue, the owner on the first sees the workflow, live', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const latencies = await issueWhileTypingAndFollowWorkflow(browser, { owner: first, coDrafter: second });
	console.log(`two instances: ${JSON.stringify(latencies)}`);
});
