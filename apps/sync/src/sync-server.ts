import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { EventStore, Schema } from '@trienkhai/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { guardAccess, type AccessWatch } from './access-guard.ts';
import type { SyncConfig } from './config.ts';
import { connect } from './connection.ts';
import type { Fanout } from './fanout.ts';
import { instrumentStore, noMetrics, type SyncMetrics } from './ops/metrics.ts';
import type { FanoutMessage } from './room.ts';
import { RoomRegistry } from './room-registry.ts';
import { refuseUpgrade, type SocketPeer } from './socket-peer.ts';
import { verifyTicket, type Identity, type VerifiedTicket } from './ticket.ts';

export type { AccessWatch } from './access-guard.ts';

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

/** Builds the sync server over a database and its event store. */
export function createSyncServer(options: SyncServerOptions): SyncServer {
	const { config, log } = options;
	const metrics = options.metrics ?? noMetrics;
	const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
	const connectionsByUser = new Map<string, number>();
	const peers = new Set<SocketPeer>();
	let closing = false;

	const rooms = new RoomRegistry(
		{
			db: options.db,
			store: options.metrics ? instrumentStore(options.store, options.metrics) : options.store,
			log,
			metrics,
			textWindowMs: config.textWindowMs,
			writeLingerMs: config.writeLingerMs,
			snapshotEvery: config.snapshotEvery,
			catchUpDelayMs: config.catchUpDelayMs,
			maxUpdateBytesPerUserHour: config.maxUpdateBytesPerUserHour,
			publish: (message: FanoutMessage) => options.fanout?.publish(message)
		},
		{ idleUnloadMs: config.idleUnloadMs, fanout: options.fanout ?? null, changes: options.store }
	);
	const stopGuard = guardAccess(peers, options.access ?? null, log);
	const connection = {
		config,
		log,
		metrics,
		rooms,
		peers,
		closed: (identity: Identity) => {
			const count = (connectionsByUser.get(identity.userId) ?? 1) - 1;
			if (count <= 0) connectionsByUser.delete(identity.userId);
			else connectionsByUser.set(identity.userId, count);
		}
	};

	/** Admits an authenticated upgrade within the user's connection limit. */
	const admit = (
		request: IncomingMessage,
		socket: Duplex,
		head: Buffer,
		identity: Identity | null,
		planId: string
	) => {
		if (!identity) return refuseUpgrade(socket, 401, 'Chưa đăng nhập / not signed in\n', metrics);
		const count = connectionsByUser.get(identity.userId) ?? 0;
		if (count >= config.maxConnectionsPerUser) {
			return refuseUpgrade(socket, 429, 'Quá nhiều kết nối / too many connections\n', metrics);
		}
		connectionsByUser.set(identity.userId, count + 1);
		wss.handleUpgrade(request, socket, head, (ws) => connect(ws, identity, planId, connection));
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
			// a client gone before the upgrade is answered: nothing to do but say so
			socket.on('error', (error) => log.debug({ planId, err: error.message }, 'upgrade socket error'));
			Promise.resolve(options.authenticate(request, url, planId)).then(
				(identity) => admit(request, socket, head, identity, planId),
				(error: unknown) => {
					log.error({ err: error }, 'authentication failed');
					refuseUpgrade(socket, 503, 'Lỗi xác thực / authentication error\n', metrics);
				}
			);
			return true;
		},
		stats: () => ({
			rooms: rooms.size,
			connections: peers.size,
			queued: rooms.queued,
			accepting: !closing
		}),
		async close() {
			closing = true;
			await rooms.close();
			for (const peer of peers) peer.socket.terminate();
			await stopGuard();
			await new Promise<void>((resolve) => wss.close(() => resolve()));
		}
	};
}
