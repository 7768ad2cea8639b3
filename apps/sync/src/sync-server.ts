import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AccessNotice, EventStore, Schema } from '@trienkhai/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE } from './close-codes.ts';
import type { SyncConfig } from './config.ts';
import type { Fanout } from './fanout.ts';
import { instrumentStore, noMetrics, type SyncMetrics } from './ops/metrics.ts';
import type { Peer } from './peer.ts';
import { PresenceLimiter } from './presence-limit.ts';
import { parseClientMessage, ProtocolError } from './protocol.ts';
import { PlanRoom, type FanoutMessage } from './room.ts';
import { verifyTicket, type Identity, type VerifiedTicket } from './ticket.ts';

/** Finds who a websocket upgrade request for a plan acts for; null refuses it with 401. */
export type Authenticate = (
	request: IncomingMessage,
	url: URL,
	planId: string
) => Promise<Identity | null> | Identity | null;

/**
 * Authenticates by the `ticket` query parameter, signed with the shared secret (see ticket.ts) for this plan.
 * `consume`, when given, must also accept it: the database's single-use and session check
 * (session-tickets.ts) in the servers; tests of other matters leave it out.
 */
export function ticketAuthenticator(
	secret: string,
	consume?: (ticket: VerifiedTicket) => Promise<boolean>
): Authenticate {
	return async (_request, url, planId) => {
		const ticket = url.searchParams.get('ticket');
		const verified = ticket ? verifyTicket(ticket, secret) : null;
		if (!verified || verified.planId !== planId) return null;
		if (consume && !(await consume(verified))) return null;
		return verified.identity;
	};
}

/** Where a sync server hears that access was revoked, and how it re-checks its sockets' sessions. */
export interface AccessWatch {
	/** Each notice; null when some may have been missed (re-check every session). */
	subscribe(listener: (notice: AccessNotice | null) => void): Promise<() => Promise<void>>;
	/** Of these sessions, the ones that still give access. */
	live(sessions: Array<{ sessionId: string; unitId: string }>): Promise<Set<string>>;
}

export interface SyncServerOptions {
	db: Kysely<Schema>;
	store: EventStore;
	config: SyncConfig;
	log: Logger;
	authenticate: Authenticate;
	/** Cross-instance fan-out (Redis); null for a single instance. */
	fanout?: Fanout | null;
	/** Counters and timings for /metrics (ops/metrics.ts); none by default. */
	metrics?: SyncMetrics;
	/** Revoked access (sign-out, deactivation …) closes the user's sockets with 4401; none: never. */
	access?: AccessWatch | null;
}

/** The sync server: plug `handleUpgrade` into any Node HTTP server's 'upgrade' event. */
export interface SyncServer {
	/** Handles an upgrade on the sync path; returns false for other paths (left to the caller). */
	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
	stats(): { rooms: number; connections: number; queued: number; accepting: boolean };
	/** Stops accepting, flushes every room to the log, closes the sockets (1001). */
	close(): Promise<void>;
}

class SocketPeer implements Peer {
	readonly identity: Identity;
	readonly awarenessClients = new Set<number>();
	readonly socket: WebSocket;
	alive = true;
	private readonly maxBuffered: number;
	private readonly metrics: SyncMetrics;

	constructor(socket: WebSocket, identity: Identity, maxBuffered: number, metrics: SyncMetrics) {
		this.socket = socket;
		this.identity = identity;
		this.maxBuffered = maxBuffered;
		this.metrics = metrics;
	}

	send(frame: Uint8Array): void {
		if (this.socket.readyState !== this.socket.OPEN) return;
		if (this.socket.bufferedAmount + frame.byteLength > this.maxBuffered) {
			this.metrics.refused('slow_client');
			this.close(CLOSE.slowClient, 'slow client');
			return;
		}
		// message sync (0), sync update (2): a document update reaching an editor
		if (frame[0] === 0 && frame[1] === 2) this.metrics.updateOut();
		this.socket.send(frame, { binary: true });
	}

	close(code: number, reason: string): void {
		if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
			this.socket.close(code, reason);
		}
	}
}

const UPGRADE_REFUSALS = {
	401: 'unauthorized',
	404: 'plan_not_found',
	429: 'too_many_connections',
	503: 'unavailable'
} as const;

function refuseUpgrade(
	socket: Duplex,
	status: 401 | 404 | 429 | 503,
	text: string,
	metrics: SyncMetrics
): void {
	metrics.refused(UPGRADE_REFUSALS[status]);
	const reason = {
		401: 'Unauthorized',
		404: 'Not Found',
		429: 'Too Many Requests',
		503: 'Service Unavailable'
	}[status];
	socket.end(
		`HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n` +
			`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`
	);
}

/** Builds the sync server over a database and its event store. */
export function createSyncServer(options: SyncServerOptions): SyncServer {
	const { config, log } = options;
	const metrics = options.metrics ?? noMetrics;
	const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
	const rooms = new Map<string, Promise<PlanRoom | null>>();
	const loaded = new Map<string, PlanRoom>();
	const unloadTimers = new Map<string, NodeJS.Timeout>();
	const connectionsByUser = new Map<string, number>();
	const peers = new Set<SocketPeer>();
	let closing = false;

	const publish = (message: FanoutMessage) => options.fanout?.publish(message);
	const deps = {
		db: options.db,
		store: options.metrics ? instrumentStore(options.store, options.metrics) : options.store,
		log,
		metrics,
		textWindowMs: config.textWindowMs,
		snapshotEvery: config.snapshotEvery,
		catchUpDelayMs: config.catchUpDelayMs,
		maxUpdateBytesPerUserHour: config.maxUpdateBytesPerUserHour,
		publish,
		onFailed: (r: PlanRoom) => forget(r)
	};

	// a failed room is dropped at once: the next connection loads a fresh one from the log
	const forget = (r: PlanRoom) => {
		const timer = unloadTimers.get(r.planId);
		if (timer) clearTimeout(timer);
		unloadTimers.delete(r.planId);
		if (loaded.get(r.planId) === r) {
			loaded.delete(r.planId);
			rooms.delete(r.planId);
		}
	};

	const room = (planId: string): Promise<PlanRoom | null> => {
		let found = rooms.get(planId);
		if (!found) {
			found = PlanRoom.load(planId, deps).then(
				(r) => {
					if (r) loaded.set(planId, r);
					else rooms.delete(planId);
					return r;
				},
				(error: unknown) => {
					rooms.delete(planId);
					throw error;
				}
			);
			rooms.set(planId, found);
		}
		return found;
	};

	const unloadLater = (r: PlanRoom) => {
		if (r.peerCount > 0 || unloadTimers.has(r.planId)) return;
		const timer = setTimeout(() => {
			unloadTimers.delete(r.planId);
			if (r.peerCount > 0 || closing) return;
			rooms.delete(r.planId);
			loaded.delete(r.planId);
			r.close().catch((error: unknown) => log.error({ err: error, planId: r.planId }, 'unload failed'));
			log.debug({ planId: r.planId }, 'plan unloaded');
		}, config.idleUnloadMs);
		timer.unref();
		unloadTimers.set(r.planId, timer);
	};

	options.fanout?.onMessage((message) => {
		const r = loaded.get(message.planId);
		if (!r) return;
		if (message.kind === 'awareness') r.remoteAwareness(message.update);
		else r.remoteUpdates(message.from, message.updates);
	});

	// The log's change notices. Lifecycle events (issue, amendment, co-drafter) change what edits are allowed:
	// re-read the plan. Updates announced but not received through the fan-out (a lost last message) are
	// read from the log. No notice (the listener reconnected, notices may be lost): both, for every plan.
	const unlisten = options.store.onChange((notice) => {
		if (!notice) {
			for (const r of loaded.values()) {
				r.refreshRights();
				r.startCatchUp();
			}
			return;
		}
		const r = loaded.get(notice.planId);
		if (!r) return;
		if (notice.updateSeqs) r.announced(notice.updateSeqs[1]);
		// our own content edits cannot change rights; lifecycle commands come from the web app
		if (notice.eventSeqs && !r.isOwnAppend(notice.eventSeqs)) r.refreshRights();
	});

	// Revoked access closes the sockets it covers on this instance (every instance hears the notice).
	const revoke = (peer: SocketPeer) => peer.close(CLOSE.unauthorized, 'access revoked');
	const recheckSessions = async () => {
		if (!options.access) return;
		const bound = [...peers].filter((p) => p.identity.sessionId !== undefined);
		const live = await options.access.live(
			bound.map((p) => ({ sessionId: p.identity.sessionId ?? '', unitId: p.identity.unitId }))
		);
		for (const peer of bound) if (!live.has(peer.identity.sessionId ?? '')) revoke(peer);
	};
	const recheckLater = () =>
		void recheckSessions().catch((error: unknown) => log.warn({ err: error }, 'session re-check failed'));
	const unwatch: Promise<() => Promise<void>> = options.access
		? options.access.subscribe((notice) => {
				if (!notice) return recheckLater();
				for (const peer of peers) {
					const { userId, sessionId } = peer.identity;
					if (userId === notice.userId && (notice.sessionId === null || notice.sessionId === sessionId))
						revoke(peer);
				}
			})
		: Promise.resolve(async () => {});

	const heartbeat = setInterval(() => {
		// a notice lost between instances or sent while a socket was opening is caught here at the latest
		recheckLater();
		for (const peer of peers) {
			if (!peer.alive) {
				peer.socket.terminate();
				continue;
			}
			peer.alive = false;
			peer.socket.ping();
		}
	}, 30_000);
	heartbeat.unref();

	const connect = (socket: WebSocket, identity: Identity, planId: string) => {
		const peer = new SocketPeer(socket, identity, config.maxBufferedBytes, metrics);
		const presence = new PresenceLimiter(config, Date.now());
		const peerLog = log.child({ planId, user: identity.userId, unit: identity.unitId });
		peerLog.info('editor connected');
		peers.add(peer);
		const queue: Uint8Array[] = [];
		let ready: PlanRoom | null = null;
		let queuedBytes = 0;
		socket.on('pong', () => (peer.alive = true));

		const handle = (r: PlanRoom, data: Uint8Array) => {
			try {
				const message = parseClientMessage(data);
				switch (message.type) {
					case 'syncStep1':
						r.syncStep1(peer, message.stateVector);
						break;
					case 'update':
						metrics.updateIn();
						r.update(peer, message.update);
						break;
					case 'awareness': {
						const refused = presence.admit(message.update.byteLength, Date.now());
						if (refused === null) r.awarenessUpdate(peer, message.update);
						else {
							log.warn({ planId, user: identity.userId, code: refused }, 'presence over its limit');
							peer.close(
								refused,
								refused === CLOSE.presenceTooLarge ? 'presence too large' : 'presence too fast'
							);
						}
						break;
					}
					case 'queryAwareness':
						r.queryAwareness(peer);
						break;
					case 'auth':
						break;
				}
			} catch (error) {
				if (error instanceof ProtocolError) {
					metrics.refused('bad_message');
					log.warn({ planId, user: identity.userId, err: error.message }, 'protocol error');
					peer.close(CLOSE.badMessage, 'bad message');
				} else {
					log.error({ planId, user: identity.userId, err: error }, 'message failed');
					peer.close(CLOSE.internalError, 'internal error');
				}
			}
		};

		socket.on('message', (data: Buffer, isBinary: boolean) => {
			const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
			if (!isBinary) {
				peer.close(CLOSE.badMessage, 'text frames are not the protocol');
				return;
			}
			if (ready) return handle(ready, bytes);
			// the document is still loading: keep what arrives, within the same bound as a slow client's buffer
			queuedBytes += bytes.byteLength;
			if (queuedBytes > config.maxBufferedBytes) return peer.close(CLOSE.slowClient, 'too much before load');
			queue.push(bytes);
		});
		socket.on('close', (code: number) => {
			peerLog.info({ code }, 'editor disconnected');
			peers.delete(peer);
			const count = (connectionsByUser.get(identity.userId) ?? 1) - 1;
			if (count <= 0) connectionsByUser.delete(identity.userId);
			else connectionsByUser.set(identity.userId, count);
			if (ready) {
				ready.leave(peer);
				unloadLater(ready);
			}
		});
		socket.on('error', (error) =>
			log.warn({ planId, user: identity.userId, err: error.message }, 'socket error')
		);

		room(planId).then(
			(r) => {
				if (socket.readyState !== socket.OPEN) {
					if (r) unloadLater(r);
					return;
				}
				if (!r) return peer.close(CLOSE.planNotFound, 'plan not found');
				const timer = unloadTimers.get(planId);
				if (timer) {
					clearTimeout(timer);
					unloadTimers.delete(planId);
				}
				ready = r;
				r.join(peer);
				for (const data of queue.splice(0)) handle(r, data);
			},
			(error: unknown) => {
				log.error({ planId, err: error }, 'loading the plan failed');
				peer.close(CLOSE.internalError, 'could not load the plan');
			}
		);
	};

	return {
		handleUpgrade(request, socket, head) {
			const url = new URL(request.url ?? '/', 'http://localhost');
			const prefix = `${config.path}/`;
			if (!url.pathname.startsWith(prefix)) return false;
			let planId: string;
			try {
				planId = decodeURIComponent(url.pathname.slice(prefix.length));
			} catch {
				refuseUpgrade(socket, 404, 'Không tìm thấy kế hoạch / no such plan\n', metrics);
				return true;
			}
			if (!planId || planId.length > 200) {
				refuseUpgrade(socket, 404, 'Không tìm thấy kế hoạch / no such plan\n', metrics);
				return true;
			}
			if (closing) {
				refuseUpgrade(socket, 503, 'Máy chủ đang dừng / shutting down\n', metrics);
				return true;
			}
			socket.on('error', () => {});
			Promise.resolve(options.authenticate(request, url, planId)).then(
				(identity) => {
					if (!identity) return refuseUpgrade(socket, 401, 'Chưa đăng nhập / not signed in\n', metrics);
					const count = connectionsByUser.get(identity.userId) ?? 0;
					if (count >= config.maxConnectionsPerUser) {
						return refuseUpgrade(socket, 429, 'Quá nhiều kết nối / too many connections\n', metrics);
					}
					connectionsByUser.set(identity.userId, count + 1);
					wss.handleUpgrade(request, socket, head, (ws) => connect(ws, identity, planId));
				},
				(error: unknown) => {
					log.error({ err: error }, 'authentication failed');
					refuseUpgrade(socket, 503, 'Lỗi xác thực / authentication error\n', metrics);
				}
			);
			return true;
		},
		stats: () => ({
			rooms: loaded.size,
			connections: peers.size,
			queued: [...loaded.values()].reduce((sum, r) => sum + r.queued, 0),
			accepting: !closing
		}),
		async close() {
			closing = true;
			clearInterval(heartbeat);
			for (const timer of unloadTimers.values()) clearTimeout(timer);
			unloadTimers.clear();
			await Promise.allSettled([...loaded.values()].map((r) => r.close(CLOSE.goingAway)));
			for (const peer of peers) peer.socket.terminate();
			// a database already gone (its health probe says so) must not keep the sockets open
			await unlisten
				.then((stop) => stop())
				.catch((error: unknown) => log.warn({ err: error }, 'stopping the change listener failed'));
			await unwatch
				.then((stop) => stop())
				.catch((error: unknown) => log.warn({ err: error }, 'stopping the access listener failed'));
			await new Promise<void>((resolve) => wss.close(() => resolve()));
		}
	};
}
