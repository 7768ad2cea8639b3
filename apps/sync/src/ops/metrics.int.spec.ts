import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database, EventStore } from '@trienkhai/db';
import { createTestDatabase, type TestDatabase } from '@trienkhai/db/testing';
import { taskContentText } from '@trienkhai/domain';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../close-codes.ts';
import { defaultSyncConfig } from '../config.ts';
import { createSyncServer, ticketAuthenticator, type SyncServer } from '../sync-server.ts';
import {
	connectClient,
	createDraftPlan,
	openTestDatabase,
	SECRET,
	synced,
	until,
	upgradeStatus,
	type Client
} from '../testing/harness.ts';
import { createOpsHandler } from './http-ops.ts';
import { createPromMetrics } from './metrics.ts';

/** One sample of a scrape: the value of `name` with exactly these labels (besides the default ones). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
	for (const line of text.split('\n')) {
		if (line.startsWith('#')) continue;
		const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
		if (!match || match[1] !== name) continue;
		const found = new Map<string, string>();
		for (const m of (match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) found.set(m[1] ?? '', m[2] ?? '');
		if (Object.entries(labels).every(([k, v]) => found.get(k) === v)) return Number(match[3]);
	}
	return null;
}

describe('/metrics, /livez and /readyz of an instance under load', () => {
	let testDb: TestDatabase;
	let database: Database;
	let store: EventStore;
	let sync: SyncServer;
	let server: http.Server;
	let base: string;
	const clients: Client[] = [];
	const planId = 'plan-metrics-1';
	const EDITORS = 10;
	const EDITS = 30;

	beforeAll(async () => {
		testDb = createTestDatabase('pglite');
		({ database, store } = await openTestDatabase(testDb.config));
		await createDraftPlan(store, planId);
		const prom = createPromMetrics({ instance: 'test' });
		sync = createSyncServer({
			db: database.db,
			store,
			config: { ...defaultSyncConfig, textWindowMs: 150 },
			log: pino({ level: 'silent' }),
			authenticate: ticketAuthenticator(SECRET),
			metrics: prom.metrics
		});
		prom.observe(sync);
		const ops = createOpsHandler({
			database,
			startedAt: Date.now(),
			registry: prom.registry,
			accepting: () => sync.stats().accepting
		});
		server = http.createServer((req, res) => {
			void ops(req, res).then((handled) => {
				if (!handled) res.writeHead(404).end();
			});
		});
		server.on('upgrade', (req, socket, head) => {
			if (!sync.handleUpgrade(req, socket, head)) socket.destroy();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await sync.close();
		await new Promise((resolve) => server.close(resolve));
		await database.close();
		await testDb.dispose();
	});

	const get = async (path: string) => {
		const res = await fetch(`http://${base}${path}`);
		return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
	};

	it('holds the named series with sensible values while ten editors type', async () => {
		for (let i = 0; i < EDITORS; i++)
			clients.push(connectClient(`ws://${base}/sync`, planId, 'ubnd-quang-binh'));
		const outsider = connectClient(`ws://${base}/sync`, planId, 'bct');
		clients.push(outsider);
		await Promise.all(clients.map(synced));
		expect(await upgradeStatus(`ws://${base}/sync/${planId}?ticket=forged`)).toBe(401);

		// ten editors typing at once, one keystroke each per turn; the outsider's edit is refused
		for (let n = 0; n < EDITS; n++) {
			clients.slice(0, EDITORS).forEach((c, i) => taskContentText(c.doc, `${planId}/t1`)!.insert(0, `${i}`));
			if (n % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
		}
		taskContentText(outsider.doc, `${planId}/t2`)!.insert(0, 'không được ');
		const mid = await get('/metrics');
		expect(mid.status).toBe(200);
		expect(mid.type).toContain('text/plain');
		expect(sample(mid.text, 'trienkhai_sync_flush_queue_depth')).toBeGreaterThanOrEqual(0);

		const total = EDITORS * EDITS;
		await until(
			() => clients.slice(0, EDITORS).every((c) => c.saved.length === EDITS),
			'every edit saved',
			30_000
		);
		await until(() => outsider.denials.length > 0, 'the refusal');
		const { text } = await get('/metrics');
		// the outsider's session ended with its refusal (CLOSE.refused)
		await until(() => outsider.closes.includes(CLOSE.refused), 'the outsider’s session ended');
		expect(sample(text, 'trienkhai_sync_connections')).toBeGreaterThanOrEqual(EDITORS);
		expect(sample(text, 'trienkhai_sync_open_rooms')).toBe(1);
		expect(sample(text, 'trienkhai_sync_updates_in_total')).toBeGreaterThanOrEqual(total + 1);
		// each accepted update goes to the nine other editors (and to the outsider until its session ended)
		expect(sample(text, 'trienkhai_sync_updates_out_total')).toBeGreaterThanOrEqual(total * (EDITORS - 1));
		expect(sample(text, 'trienkhai_sync_refusals_total', { reason: 'unauthorized' })).toBe(1);
		expect(sample(text, 'trienkhai_sync_refusals_total', { reason: 'viewer_read_only' })).toBe(1);
		const appends = sample(text, 'trienkhai_append_duration_seconds_count', { outcome: 'ok' })!;
		const updates = sample(text, 'trienkhai_append_group_updates_sum')!;
		// group commit: the 300 updates went in fewer appends than updates (the refused one in none)
		expect(updates).toBeGreaterThanOrEqual(total);
		expect(appends).toBeGreaterThan(0);
		expect(appends).toBeLessThan(updates);
		expect(sample(text, 'trienkhai_append_duration_seconds_sum', { outcome: 'ok' })).toBeGreaterThan(0);
		expect(sample(text, 'trienkhai_sync_flush_queue_depth')).toBe(0);
		expect(text).toContain('# TYPE trienkhai_fanout_lag_seconds histogram');
		expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);
		expect(text).toMatch(/instance="test"/);
	});

	it('keeps liveness and readiness apart: a draining instance is alive but not ready', async () => {
		expect((await get('/livez')).status).toBe(200);
		const ready = await get('/readyz');
		expect(ready.status).toBe(200);
		expect(JSON.parse(ready.text)).toMatchObject({ status: 'ok', accepting: true, database: { ok: true } });
		await sync.close();
		expect((await get('/livez')).status).toBe(200);
		const draining = await get('/readyz');
		expect(draining.status).toBe(503);
		expect(JSON.parse(draining.text)).toMatchObject({ accepting: false });
	});
});
