import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { CLOSE } from './close-codes.ts';
import type { SyncConfig } from './config.ts';
import type { SyncMetrics } from './ops/metrics.ts';
import { PresenceLimiter } from './presence-limit.ts';
import { parseClientMessage, ProtocolError } from './protocol.ts';
import type { PlanRoom } from './room.ts';
import type { RoomRegistry } from './room-registry.ts';
import { SocketPeer } from './socket-peer.ts';
import type { Identity } from './ticket.ts';

/** What a connection needs from its server. */
export interface ConnectionDeps {
	config: SyncConfig;
	log: Logger;
	metrics: SyncMetrics;
	rooms: RoomRegistry;
	/** Every open socket of the server (the connection adds and removes its own). */
	peers: Set<SocketPeer>;
	/** The socket closed (after it left its room). */
	closed(identity: Identity): void;
}

/** Hands one parsed client message to the room; presence passes the connection's limiter first. */
function dispatch(
	r: PlanRoom,
	peer: SocketPeer,
	data: Uint8Array,
	presence: PresenceLimiter,
	deps: ConnectionDeps
) {
	const message = parseClientMessage(data);
	switch (message.type) {
		case 'syncStep1':
			return r.syncStep1(peer, message.stateVector);
		case 'update':
			deps.metrics.updateIn();
			return r.update(peer, message.update);
		case 'awareness': {
			const refused = presence.admit(message.update.byteLength, Date.now());
			if (refused === null) return r.awarenessUpdate(peer, message.update);
			deps.log.warn(
				{ planId: r.planId, user: peer.identity.userId, code: refused },
				'presence over its limit'
			);
			return peer.close(
				refused,
				refused === CLOSE.presenceTooLarge ? 'presence too large' : 'presence too fast'
			);
		}
		case 'queryAwareness':
			return r.queryAwareness(peer);
		case 'auth':
			return;
	}
}

/**
 * One editor's socket on a plan: joins the plan's room once it is loaded (what arrives before is kept,
 * within the bound of a slow client's buffer), hands each message to the room, and leaves on close. A frame
 * that is not the protocol closes it with 4400; any other error of a message with 4500 and a log line.
 */
export function connect(socket: WebSocket, identity: Identity, planId: string, deps: ConnectionDeps): void {
	const { config, log, metrics, rooms } = deps;
	const peer = new SocketPeer(socket, identity, config.maxBufferedBytes, metrics);
	const presence = new PresenceLimiter(config, Date.now());
	const peerLog = log.child({ planId, user: identity.userId, unit: identity.unitId });
	peerLog.info('editor connected');
	deps.peers.add(peer);
	const queue: Uint8Array[] = [];
	let ready: PlanRoom | null = null;
	let queuedBytes = 0;
	socket.on('pong', () => (peer.alive = true));

	const handle = (r: PlanRoom, data: Uint8Array) => {
		try {
			dispatch(r, peer, data, presence, deps);
		} catch (error) {
			if (error instanceof ProtocolError) {
				metrics.refused('bad_message');
				peerLog.warn({ err: error.message }, 'protocol error');
				peer.close(CLOSE.badMessage, 'bad message');
			} else {
				peerLog.error({ err: error }, 'message failed');
				peer.close(CLOSE.internalError, 'internal error');
			}
		}
	};

	socket.on('message', (data: Buffer, isBinary: boolean) => {
		const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
		if (!isBinary) return peer.close(CLOSE.badMessage, 'text frames are not the protocol');
		if (ready) return handle(ready, bytes);
		// the document is still loading: keep what arrives, within the same bound as a slow client's buffer
		queuedBytes += bytes.byteLength;
		if (queuedBytes > config.maxBufferedBytes) return peer.close(CLOSE.slowClient, 'too much before load');
		queue.push(bytes);
	});
	socket.on('close', (code: number) => {
		peerLog.info({ code }, 'editor disconnected');
		deps.peers.delete(peer);
		if (ready) {
			ready.leave(peer);
			rooms.release(ready);
		}
		deps.closed(identity);
	});
	socket.on('error', (error) => peerLog.warn({ err: error.message }, 'socket error'));

	rooms.open(planId).then(
		(r) => {
			if (socket.readyState !== socket.OPEN) {
				if (r) rooms.release(r);
				return;
			}
			if (!r) return peer.close(CLOSE.planNotFound, 'plan not found');
			rooms.keep(r);
			ready = r;
			r.join(peer);
			for (const data of queue.splice(0)) handle(r, data);
		},
		(error: unknown) => {
			peerLog.error({ err: error }, 'loading the plan failed');
			peer.close(CLOSE.internalError, 'could not load the plan');
		}
	);
}
