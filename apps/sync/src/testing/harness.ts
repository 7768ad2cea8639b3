import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { createSession, defaultAuthPolicy, demoData, type Database, type EventStore } from '@trienkhai/db';
import { openDemoDatabase } from '@trienkhai/db/testing';
import type { EventInput } from '@trienkhai/domain';
import { pino } from 'pino';
import { WebSocket } from 'ws';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { defaultSyncConfig, type SyncConfig } from '../config.ts';
import type { Fanout } from '../fanout.ts';
import { decodeSaved, MESSAGE } from '../protocol.ts';
import { databaseAccessWatch, sessionTicketAuthenticator } from '../session-tickets.ts';
import { ticketAuthenticator } from '../sync-server.ts';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.ts';
import { issueTicket, type Identity } from '../ticket.ts';

export const SECRET = 'test-secret';
export const OWNER = 'ubnd-quang-binh';

/** A demo unit's user as the web app would describe it in a ticket. */
export function identityOf(unitId: string): Identity {
	const unit = demoData.units.find((u) => u.key === unitId);
	if (!unit) throw new Error(`no demo unit ${unitId}`);
	return { userId: `u-${unitId}`, unitId, displayName: unit.displayName, unitName: unit.shortName };
}

/** How many changes a doc's own client has made (its clock in the state vector). */
export function ownClock(doc: Y.Doc): number {
	return Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
}

/** A running sync server on a random port over a test database. */
export type RunningServer = LoopbackServer;

/**
 * Starts a sync server (as the standalone root main.ts does: `/healthz`, 404 for other requests, upgrades on
 * the sync path) on 127.0.0.1, random port. `overrides` set the limits under test.
 */
export async function startServer(
	database: Database,
	store: EventStore,
	overrides: Partial<SyncConfig> = {},
	fanout: Fanout | null = null,
	options: { sessions?: boolean } = {}
): Promise<RunningServer> {
	// sessions: as the servers run (single-use tickets bound to a live session; revoked access closes sockets)
	return startLoopbackServer(database, {
		db: database.db,
		store,
		config: { ...defaultSyncConfig, textWindowMs: 150, idleUnloadMs: 500, ...overrides },
		log: pino({ level: process.env['TEST_LOG'] ?? 'silent' }),
		authenticate: options.sessions
			? sessionTicketAuthenticator(SECRET, database)
			: ticketAuthenticator(SECRET),
		fanout,
		access: options.sessions ? databaseAccessWatch(database) : null
	});
}

/** Signs the demo user of `unitId` in (a real session row); returns its token and session id. */
export async function signedIn(
	database: Database,
	unitId: string
): Promise<{ token: string; sessionId: string }> {
	const { token } = await createSession(database.db, {
		userId: identityOf(unitId).userId,
		userAgent: 'vitest',
		now: new Date(),
		policy: defaultAuthPolicy
	});
	return { token, sessionId: createHash('sha256').update(token).digest('hex') };
}

/** A fresh ticket (its own id) for a user of `unitId` on a plan, in a session when one is given. */
export function ticketFor(planId: string, unitId: string, sessionId?: string, ttlMs = 10 * 60_000): string {
	return issueTicket({ ...identityOf(unitId), ...(sessionId ? { sessionId } : {}), planId }, SECRET, ttlMs);
}

/** A test database with the demo units and plans, migrated, and its event store. */
export const openTestDatabase = openDemoDatabase;

/**
 * A draft plan of UBND tỉnh Quảng Bình with Sở KH&CN invited to co-draft: group II.1 with task t1 led by
 * Sở KH&CN (Sở Tài chính coordinating) and task t2 led by Sở Nội vụ.
 */
export async function createDraftPlan(store: EventStore, planId: string): Promise<void> {
	const at = new Date().toISOString();
	const base = { userId: `u-${OWNER}`, unitId: OWNER, occurredAt: at };
	const task = (
		id: string,
		index: number,
		lead: string,
		coordinators: string[],
		content: string
	): EventInput => ({
		...base,
		taskId: `${planId}/${id}`,
		type: 'TaskCreated',
		data: {
			groupId: `${planId}/g1`,
			index,
			code: `II.1.${index + 1}`,
			content,
			leadUnitId: lead,
			coordinatorUnitIds: coordinators,
			deadline: null,
			output: null
		}
	});
	await store.append({
		planId,
		events: [
			{
				...base,
				taskId: null,
				type: 'PlanCreated',
				data: {
					title: 'Kế hoạch thử nghiệm',
					ownerUnitId: OWNER,
					implementsDirectiveIds: [],
					documentId: null
				}
			},
			{ ...base, taskId: null, type: 'CoDrafterInvited', data: { unitId: 'qb-so-khcn' } },
			{
				...base,
				taskId: null,
				type: 'TaskGroupCreated',
				data: { groupId: `${planId}/g1`, code: '1', title: 'Nhóm nhiệm vụ 1', index: 0 }
			},
			task('t1', 0, 'qb-so-khcn', ['qb-so-tai-chinh'], 'Xây dựng đề án chuyển đổi số'),
			task('t2', 1, 'qb-so-noi-vu', [], 'Rà soát tổ chức bộ máy')
		]
	});
}

/** One user's editor: a Y.Doc with the unmodified WebsocketProvider, plus what the server told it. */
export interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	identity: Identity;
	denials: string[];
	saved: Array<{ seq: number; stateVector: Map<number, number> }>;
	closes: number[];
	/** This client's own edits the server has not acknowledged as saved. */
	pending(): number;
	destroy(): void;
}

/** Connects a client of `unitId` to a plan on a server URL. */
export function connectClient(
	url: string,
	planId: string,
	unitId: string,
	options: { ticket?: string; sessionId?: string } = {}
): Client {
	const identity = identityOf(unitId);
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(url, planId, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		params: { ticket: options.ticket ?? ticketFor(planId, unitId, options.sessionId) },
		disableBc: true,
		maxBackoffTime: 300
	});
	const client: Client = {
		doc,
		provider,
		identity,
		denials: [],
		saved: [],
		closes: [],
		pending: () => {
			const own = ownClock(doc);
			const saved = Math.max(0, ...client.saved.map((s) => s.stateVector.get(doc.clientID) ?? 0));
			return Math.max(0, own - saved);
		},
		destroy: () => {
			provider.destroy();
			doc.destroy();
		}
	};
	provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => {
		authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => client.denials.push(reason));
	};
	provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => {
		client.saved.push(decodeSaved(decoder.arr));
		decoder.pos = decoder.arr.length;
	};
	provider.on('connection-close', (event) => {
		if (event) client.closes.push(event.code);
		// a ticket opens one socket once: like the browser, ask for a fresh one before reconnecting
		if (options.ticket === undefined)
			provider.params['ticket'] = ticketFor(planId, unitId, options.sessionId);
	});
	return client;
}

/** A raw websocket: the socket, its close code once closed, and every message it received. */
export interface RawSocket {
	ws: WebSocket;
	closed: Promise<number>;
	received: Uint8Array[];
}

/** A raw websocket of a user of `unitId` with a valid ticket, for sending what no well-behaved client would. */
export async function rawSocket(
	url: string,
	planId: string,
	unitId: string,
	sessionId?: string
): Promise<RawSocket> {
	const ticket = ticketFor(planId, unitId, sessionId, 60_000);
	const ws = new WebSocket(`${url}/${planId}?ticket=${encodeURIComponent(ticket)}`);
	const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
	// from the start: the server's first frames can come in the same read as the upgrade answer
	const received: Uint8Array[] = [];
	ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
	await new Promise<void>((resolve, reject) => {
		ws.once('open', () => resolve());
		ws.once('error', reject);
	});
	return { ws, closed, received };
}

/** The HTTP status an upgrade to `url` gets (101 when it is accepted; the socket is then closed). */
export async function upgradeStatus(url: string): Promise<number> {
	return new Promise((resolve) => {
		const ws = new WebSocket(url);
		ws.on('unexpected-response', (_req, res) => {
			resolve(res.statusCode ?? 0);
			ws.terminate();
		});
		ws.on('open', () => {
			resolve(101);
			ws.close();
		});
		ws.on('error', () => {});
	});
}

/** Waits until `check` holds (polling), failing with `what` after `timeoutMs`. */
export async function until(
	check: () => boolean | Promise<boolean>,
	what: string,
	timeoutMs = 10_000
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(20);
	}
}

/** Waits for a client's first sync with the server. */
export async function synced(client: Client): Promise<void> {
	await until(() => client.provider.synced, `${client.identity.userId} to sync`);
}
