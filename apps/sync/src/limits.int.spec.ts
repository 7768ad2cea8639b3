import { createEventStore, openDatabase, type Database, type EventStore } from '@trienkhai/db';
import { createTestDatabase, type TestDatabase } from '@trienkhai/db/testing';
import { readPlanDocument, taskContentText } from '@trienkhai/domain';
import * as decoding from 'lib0/decoding';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CLOSE } from './close-codes.ts';
import type { SyncConfig } from './config.ts';
import { encodeSyncStep1, MESSAGE, SYNC } from './protocol.ts';
import {
	connectClient,
	createDraftPlan,
	identityOf,
	openTestDatabase,
	rawSocket,
	SECRET,
	startServer,
	synced,
	until,
	upgradeStatus,
	type Client,
	type RawSocket,
	type RunningServer
} from './testing/harness.ts';
import { issueTicket } from './ticket.ts';

/** The code a raw socket is closed with, or 'open' when it is still open after `ms`. */
async function closeCode(socket: RawSocket, ms = 5000): Promise<number | 'open'> {
	return Promise.race([socket.closed, sleep(ms).then(() => 'open' as const)]);
}

// The limits of build item 7, each set small through the server's config and hit with real sockets.
// They do not depend on the database kind: PGlite, which every machine has.
describe('sync server limits and health', () => {
	let testDb: TestDatabase;
	let database: Database;
	let store: EventStore;
	const servers: RunningServer[] = [];
	const clients: Client[] = [];
	const sockets: WebSocket[] = [];
	let planNo = 0;

	const newPlan = async () => {
		const planId = `plan-limits-${++planNo}`;
		await createDraftPlan(store, planId);
		return planId;
	};
	/** A server with the given limits, over the suite's store or one that wraps it. */
	const serve = async (overrides: Partial<SyncConfig>, over: EventStore = store) => {
		const server = await startServer(database, over, overrides);
		servers.push(server);
		return server;
	};
	const raw = async (url: string, planId: string, unitId: string) => {
		const socket = await rawSocket(url, planId, unitId);
		sockets.push(socket.ws);
		return socket;
	};
	const ticketUrl = (server: RunningServer, planId: string, unitId: string) =>
		`${server.url}/${planId}?ticket=${encodeURIComponent(issueTicket({ ...identityOf(unitId), planId }, SECRET))}`;

	beforeAll(async () => {
		testDb = createTestDatabase('pglite');
		({ database, store } = await openTestDatabase(testDb.config));
	});

	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const ws of sockets.splice(0)) ws.terminate();
		for (const server of servers.splice(0)) await server.stop();
	});

	afterAll(async () => {
		await database?.close();
		await testDb?.dispose();
	});

	it('answers HTTP 429 to a user over the connection limit, and lets them in again once one closes', async () => {
		const server = await serve({ maxConnectionsPerUser: 2 });
		const planId = await newPlan();
		const first = await raw(server.url, planId, 'bct');
		await raw(server.url, planId, 'bct');
		expect(await upgradeStatus(ticketUrl(server, planId, 'bct'))).toBe(429);
		// the limit is per user: another user still gets in
		expect(await upgradeStatus(ticketUrl(server, planId, 'vptw'))).toBe(101);
		first.ws.close();
		await first.closed;
		await until(() => server.sync.stats().connections === 1, 'the closed sockets to be counted out');
		expect(await upgradeStatus(ticketUrl(server, planId, 'bct'))).toBe(101);
	});

	it('closes a client that reads too slowly with 4508, and keeps serving the others', async () => {
		// presence limits lifted: this test uses large, frequent presence states to fill the slow reader's buffer
		const server = await serve({
			maxBufferedBytes: 256 * 1024,
			maxPresenceBytes: 1024 * 1024,
			presencePerSecond: 10_000,
			presenceBurst: 10_000
		});
		const planId = await newPlan();
		const talker = connectClient(server.url, planId, 'ubnd-quang-binh');
		const reader = connectClient(server.url, planId, 'qb-so-khcn');
		clients.push(talker, reader);
		await Promise.all([synced(talker), synced(reader)]);
		const slow = await raw(server.url, planId, 'bct');
		await until(() => slow.received.length > 0, 'the slow socket to get the server’s first message');
		// it stops reading: what the server sends it piles up in the kernel's buffers, then in the server's
		slow.ws.pause();
		const note = (i: number) => `${i} ${'x'.repeat(100_000)}`;
		const sent = 150;
		for (let i = 1; i <= sent; i++) {
			talker.provider.awareness.setLocalStateField('note', note(i));
			await sleep(1);
		}
		await until(
			() => {
				const state = reader.provider.awareness.getStates().get(talker.doc.clientID) as
					{ note?: string } | undefined;
				return state?.note === note(sent);
			},
			'the reader to get every presence update',
			20_000
		);
		slow.ws.resume();
		expect(await closeCode(slow)).toBe(CLOSE.slowClient);
		expect(slow.received.length).toBeLessThan(sent);
		// the others read in time and are still served
		taskContentText(talker.doc, `${planId}/t2`)!.insert(0, 'vẫn phục vụ ');
		await until(
			() => readPlanDocument(reader.doc).tasks[1]!.content.startsWith('vẫn phục vụ '),
			'the others still served'
		);
		expect([...talker.closes, ...reader.closes]).toEqual([]);
	});

	it('bounds what a client sends while its plan loads (4508 past the limit), and answers the rest once loaded', async () => {
		const planId = await newPlan();
		// the plan's stored state is read only when the test says so
		const gate = Promise.withResolvers<void>();
		let loading = 0;
		const slowLoad: EventStore = {
			...store,
			latestSnapshot: async (id) => {
				if (id === planId) {
					loading++;
					await gate.promise;
				}
				return store.latestSnapshot(id);
			}
		};
		const server = await serve({ maxBufferedBytes: 64 * 1024 }, slowLoad);
		const patient = await raw(server.url, planId, 'bct');
		await until(() => loading === 1, 'the plan to start loading');
		patient.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
		const eager = await raw(server.url, planId, 'vptw');
		for (let i = 0; i < 5; i++) eager.ws.send(new Uint8Array(20_000));
		expect(await closeCode(eager)).toBe(CLOSE.slowClient);
		// nothing is served before the stored state is in
		expect(patient.received).toEqual([]);
		gate.resolve();
		await until(
			() => patient.received.some((m) => m[0] === MESSAGE.sync && m[1] === SYNC.step2),
			'the sync step 1 sent while loading to be answered'
		);
		const answer = patient.received.find((m) => m[0] === MESSAGE.sync && m[1] === SYNC.step2)!;
		const decoder = decoding.createDecoder(answer);
		decoding.readVarUint(decoder);
		decoding.readVarUint(decoder);
		const doc = new Y.Doc();
		Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
		expect(readPlanDocument(doc).tasks.map((t) => t.id)).toEqual([`${planId}/t1`, `${planId}/t2`]);
		expect(server.sync.stats().connections).toBe(1);
	});

	it('unloads a plan document nobody has open after the idle time, and loads it again from the log', async () => {
		const idleUnloadMs = 300;
		const server = await serve({ idleUnloadMs });
		const planId = await newPlan();
		const taskId = `${planId}/t2`;
		const owner = connectClient(server.url, planId, 'ubnd-quang-binh');
		await synced(owner);
		taskContentText(owner.doc, taskId)!.insert(0, 'trước khi dỡ ');
		await until(() => owner.saved.length > 0, 'the edit saved');
		expect(server.sync.stats().rooms).toBe(1);
		// open for longer than the idle time: kept
		await sleep(3 * idleUnloadMs);
		expect(server.sync.stats().rooms).toBe(1);

		owner.destroy();
		const left = Date.now();
		await until(() => server.sync.stats().rooms === 0, 'the idle plan to be unloaded', 3000);
		expect(Date.now() - left).toBeGreaterThanOrEqual(idleUnloadMs - 50);
		const again = connectClient(server.url, planId, 'qb-so-khcn');
		clients.push(again);
		await synced(again);
		expect(server.sync.stats().rooms).toBe(1);
		expect(readPlanDocument(again.doc).tasks[1]!.content).toBe('trước khi dỡ Rà soát tổ chức bộ máy');
	});

	it('answers /healthz with 200 while the database answers and 503 when it does not', async () => {
		const server = await serve({});
		const ok = await fetch(`http://127.0.0.1:${server.port}/healthz`);
		expect(ok.status).toBe(200);
		expect(ok.headers.get('content-type')).toBe('application/json');
		expect(await ok.json()).toMatchObject({ status: 'ok', database: { dialect: 'pglite', ok: true } });
		expect((await fetch(`http://127.0.0.1:${server.port}/other`)).status).toBe(404);

		// a server whose database went away
		const lost = await openDatabase({ kind: 'pglite', dataDir: null });
		const orphan = await startServer(lost, createEventStore(lost));
		servers.push(orphan);
		await lost.close();
		const down = await fetch(`http://127.0.0.1:${orphan.port}/healthz`);
		expect(down.status).toBe(503);
		expect(await down.json()).toMatchObject({ status: 'degraded', database: { ok: false } });
	});
});
