import { randomBytes } from 'node:crypto';
import {
	createEventStore,
	deleteSession,
	openDatabase,
	setUserActive,
	setUserPassword,
	setUserUnitAndRole,
	type Database,
	type EventStore
} from '@trienkhai/db';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@trienkhai/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from './close-codes.ts';
import {
	connectClient,
	createDraftPlan,
	identityOf,
	openTestDatabase,
	signedIn,
	startServer,
	synced,
	ticketFor,
	until,
	upgradeStatus,
	type Client,
	type RunningServer
} from './testing/harness.ts';

// The servers' own authentication (single-use tickets bound to a live session and one plan) and access
// revocation (sign-out, deactivation, a password or unit change close the user's sockets with 4401). On
// PostgreSQL two instances, each with its own connections as separate processes would have: the notice
// reaches both through LISTEN/NOTIFY.
describe.each(testDatabaseKinds())('sessions and tickets on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;
	let store: EventStore;
	let second: Database | null = null;
	const servers: RunningServer[] = [];
	const clients: Client[] = [];
	let planId: string;
	let planNo = 0;

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		({ database, store } = await openTestDatabase(testDb.config));
		servers.push(await startServer(database, store, {}, null, { sessions: true }));
		if (kind === 'postgres') {
			second = await openDatabase(testDb.config);
			servers.push(await startServer(second, createEventStore(second), {}, null, { sessions: true }));
		}
	});

	afterEach(() => {
		for (const c of clients.splice(0)) c.destroy();
	});

	afterAll(async () => {
		for (const s of servers) await s.stop();
		await second?.close();
		await database?.close();
		await testDb?.dispose();
	});

	const newPlan = async () => {
		planId = `plan-sessions-${randomBytes(3).toString('hex')}-${++planNo}`;
		await createDraftPlan(store, planId);
		return planId;
	};
	const last = () => servers.at(-1)!;
	const connect = (server: RunningServer, unitId: string, sessionId: string) => {
		const client = connectClient(server.url, planId, unitId, { sessionId });
		clients.push(client);
		return client;
	};
	const urlOf = (server: RunningServer, plan: string, ticket: string) =>
		`${server.url}/${plan}?ticket=${encodeURIComponent(ticket)}`;
	/** Milliseconds from now until every client is closed with 4401. */
	const closedWith4401 = async (which: Client[]) => {
		const start = Date.now();
		await until(
			() => which.every((c) => c.closes.includes(CLOSE.unauthorized)),
			'the sockets to close',
			5000
		);
		return Date.now() - start;
	};

	it('opens a socket once per ticket, only on the ticket’s plan, and only for a live session', async () => {
		const planA = await newPlan();
		const planB = await newPlan();
		const { sessionId } = await signedIn(database, 'bct');
		const ticket = ticketFor(planA, 'bct', sessionId);
		expect(await upgradeStatus(urlOf(servers[0]!, planA, ticket))).toBe(101);
		// used: refused here and on the other instance
		expect(await upgradeStatus(urlOf(servers[0]!, planA, ticket))).toBe(401);
		expect(await upgradeStatus(urlOf(last(), planA, ticket))).toBe(401);
		// a fresh ticket for plan A does not open plan B
		expect(await upgradeStatus(urlOf(last(), planB, ticketFor(planA, 'bct', sessionId)))).toBe(401);
		expect(await upgradeStatus(urlOf(last(), planB, ticketFor(planB, 'bct', sessionId)))).toBe(101);
		// no session, or one that does not exist
		expect(await upgradeStatus(urlOf(last(), planA, ticketFor(planA, 'bct')))).toBe(401);
		expect(await upgradeStatus(urlOf(last(), planA, ticketFor(planA, 'bct', 'f'.repeat(64))))).toBe(401);
	});

	it('sign-out closes that session’s sockets within 1 s on every instance, keeps the others, refuses its tickets', async () => {
		await newPlan();
		const out = await signedIn(database, 'ubnd-quang-binh');
		const stays = await signedIn(database, 'ubnd-quang-binh');
		const onA = connect(servers[0]!, 'ubnd-quang-binh', out.sessionId);
		const onB = connect(last(), 'ubnd-quang-binh', out.sessionId);
		const other = connect(last(), 'ubnd-quang-binh', stays.sessionId);
		await Promise.all([onA, onB, other].map(synced));
		const unused = ticketFor(planId, 'ubnd-quang-binh', out.sessionId);

		const signedOut = deleteSession(database.db, out.token);
		expect(await closedWith4401([onA, onB])).toBeLessThanOrEqual(1000);
		await signedOut;
		expect(other.closes).toEqual([]);
		expect(other.provider.wsconnected).toBe(true);
		expect(await upgradeStatus(urlOf(last(), planId, unused))).toBe(401);
		// a closed editor does not come back: 4401 is not retried
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(onA.provider.wsconnected || onB.provider.wsconnected).toBe(false);
	});

	it('deactivation closes every socket of the user within 1 s and refuses a ticket fetched before', async () => {
		await newPlan();
		const s1 = await signedIn(database, 'qb-so-khcn');
		const s2 = await signedIn(database, 'qb-so-khcn');
		const a = connect(servers[0]!, 'qb-so-khcn', s1.sessionId);
		const b = connect(last(), 'qb-so-khcn', s2.sessionId);
		await Promise.all([a, b].map(synced));
		const before = ticketFor(planId, 'qb-so-khcn', s1.sessionId);

		const userId = identityOf('qb-so-khcn').userId;
		const deactivated = setUserActive(database.db, { userId, active: false });
		expect(await closedWith4401([a, b])).toBeLessThanOrEqual(1000);
		await deactivated;
		expect(await upgradeStatus(urlOf(last(), planId, before))).toBe(401);
		await setUserActive(database.db, { userId, active: true });
	});

	it('a password change closes the user’s sockets within 1 s', async () => {
		await newPlan();
		const s = await signedIn(database, 'qb-so-tai-chinh');
		const a = connect(last(), 'qb-so-tai-chinh', s.sessionId);
		await synced(a);
		const changed = setUserPassword(database.db, {
			userId: identityOf('qb-so-tai-chinh').userId,
			passwordHash: 'not-a-real-hash'
		});
		expect(await closedWith4401([a])).toBeLessThanOrEqual(1000);
		await changed;
	});

	it('a unit or role change closes the user’s sockets within 1 s; tickets for the old unit are refused', async () => {
		await newPlan();
		const s = await signedIn(database, 'qb-so-noi-vu');
		const a = connect(servers[0]!, 'qb-so-noi-vu', s.sessionId);
		await synced(a);
		const oldUnitTicket = ticketFor(planId, 'qb-so-noi-vu', s.sessionId);
		const userId = identityOf('qb-so-noi-vu').userId;
		const moved = setUserUnitAndRole(database.db, { userId, unitId: 'qb-so-tai-chinh', isAdmin: false });
		expect(await closedWith4401([a])).toBeLessThanOrEqual(1000);
		await moved;
		expect(await upgradeStatus(urlOf(last(), planId, oldUnitTicket))).toBe(401);
		await setUserUnitAndRole(database.db, { userId, unitId: 'qb-so-noi-vu', isAdmin: false });
		expect(await upgradeStatus(urlOf(last(), planId, ticketFor(planId, 'qb-so-noi-vu', s.sessionId)))).toBe(
			101
		);
	});
});
