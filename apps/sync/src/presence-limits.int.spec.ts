import type { Database, EventStore } from '@trienkhai/db';
import { createTestDatabase, type TestDatabase } from '@trienkhai/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { CLOSE } from './close-codes.ts';
import { defaultSyncConfig } from './config.ts';
import { MESSAGE } from './protocol.ts';
import {
	connectClient,
	createDraftPlan,
	openTestDatabase,
	rawSocket,
	startServer,
	synced,
	until,
	type Client,
	type RunningServer
} from './testing/harness.ts';

type Presence = { name?: string; note?: string } | undefined;

// A hostile viewer floods presence: too large or too often, its socket is closed (4413, 4429, or 1009 past the
// message limit) and the other clients receive nothing of it. The server runs with its default limits.
describe('presence limits', () => {
	let testDb: TestDatabase;
	let database: Database;
	let store: EventStore;
	let server: RunningServer;
	const clients: Client[] = [];
	const sockets: WebSocket[] = [];
	let planNo = 0;

	const setUp = async () => {
		const planId = `plan-presence-${++planNo}`;
		await createDraftPlan(store, planId);
		const hostile = connectClient(server.url, planId, 'bct');
		const other = connectClient(server.url, planId, 'qb-so-khcn');
		clients.push(hostile, other);
		await Promise.all([synced(hostile), synced(other)]);
		const watcher = await rawSocket(server.url, planId, 'vptw');
		sockets.push(watcher.ws);
		hostile.provider.awareness.setLocalStateField('name', 'người gửi');
		const stateOf = () => other.provider.awareness.getStates().get(hostile.doc.clientID) as Presence;
		await until(() => stateOf()?.name === 'người gửi', 'the small presence to reach the other client');
		return { hostile, other, watcher, stateOf };
	};
	const awarenessBytes = (received: Uint8Array[]) =>
		received.filter((m) => m[0] === MESSAGE.awareness).reduce((n, m) => n + m.byteLength, 0);

	beforeAll(async () => {
		testDb = createTestDatabase('pglite');
		({ database, store } = await openTestDatabase(testDb.config));
		server = await startServer(database, store);
	});

	afterEach(() => {
		for (const client of clients.splice(0)) client.destroy();
		for (const ws of sockets.splice(0)) ws.terminate();
	});

	afterAll(async () => {
		await server?.stop();
		await database?.close();
		await testDb?.dispose();
	});

	it('closes the socket that sends a 1 MB presence state; the others receive nothing of it', async () => {
		const { hostile, watcher, stateOf } = await setUp();
		const before = awarenessBytes(watcher.received);
		hostile.provider.awareness.setLocalStateField('note', 'x'.repeat(1024 * 1024));
		await until(() => hostile.closes.length > 0, 'the hostile socket to be closed');
		hostile.provider.disconnect();
		expect([CLOSE.messageTooBig, CLOSE.presenceTooLarge]).toContain(hostile.closes[0]);
		await until(() => stateOf() === undefined, 'the closed client’s presence to be removed');
		expect(awarenessBytes(watcher.received) - before).toBeLessThan(1024);
	});

	it('closes with 4413 a presence state over the limit but under the message limit', async () => {
		const { hostile, watcher, stateOf } = await setUp();
		const before = awarenessBytes(watcher.received);
		hostile.provider.awareness.setLocalStateField('note', 'y'.repeat(100 * 1024));
		await until(() => hostile.closes.length > 0, 'the hostile socket to be closed');
		expect(hostile.closes).toEqual([CLOSE.presenceTooLarge]);
		await until(() => stateOf() === undefined, 'the closed client’s presence to be removed');
		expect(stateOf()?.note).toBeUndefined();
		expect(awarenessBytes(watcher.received) - before).toBeLessThan(1024);
	});

	it('closes with 4429 a client that floods small presence states; the others get at most the burst', async () => {
		const { hostile, watcher } = await setUp();
		const before = watcher.received.filter((m) => m[0] === MESSAGE.awareness).length;
		for (let i = 0; i < 500; i++) hostile.provider.awareness.setLocalStateField('note', `n${i}`);
		await until(() => hostile.closes.length > 0, 'the flooding socket to be closed');
		expect(hostile.closes).toEqual([CLOSE.presenceTooFast]);
		const relayed = watcher.received.filter((m) => m[0] === MESSAGE.awareness).length - before;
		// the burst, what the rate refills while the flood arrives (allowed: two seconds of it on a loaded
		// machine), and the removal of the closed client's state: far from the 500 sent
		const { presenceBurst, presencePerSecond } = defaultSyncConfig;
		expect(relayed).toBeLessThanOrEqual(presenceBurst + 2 * presencePerSecond + 1);
	});
});
