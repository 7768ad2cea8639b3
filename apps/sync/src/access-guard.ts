import type { AccessNotice } from '@trienkhai/db';
import type { Logger } from 'pino';
import { CLOSE } from './close-codes.ts';
import type { SocketPeer } from './socket-peer.ts';

/** Where a sync server hears that access was revoked, and how it re-checks its sockets' sessions. */
export interface AccessWatch {
	/** Each notice; null when some may have been missed (re-check every session). */
	subscribe(listener: (notice: AccessNotice | null) => void): Promise<() => Promise<void>>;
	/** Of these sessions, the ones that still give access. */
	live(sessions: Array<{ sessionId: string; unitId: string }>): Promise<Set<string>>;
}

const HEARTBEAT_MS = 30_000;

/**
 * Keeps the server's sockets to those who may hold them: revoked access (sign-out, deactivation …) closes
 * the sockets it covers with 4401 (every instance hears the notice); a heartbeat pings every socket,
 * terminates the ones that stopped answering, and re-checks every socket's session (a notice lost between
 * instances or sent while a socket was opening is caught there at the latest). Returns the stop.
 */
export function guardAccess(
	peers: ReadonlySet<SocketPeer>,
	access: AccessWatch | null,
	log: Logger
): () => Promise<void> {
	const revoke = (peer: SocketPeer) => peer.close(CLOSE.unauthorized, 'access revoked');
	const recheck = async () => {
		if (!access) return;
		const bound = [...peers].filter((p) => p.identity.sessionId !== undefined);
		const live = await access.live(
			bound.map((p) => ({ sessionId: p.identity.sessionId ?? '', unitId: p.identity.unitId }))
		);
		for (const peer of bound) if (!live.has(peer.identity.sessionId ?? '')) revoke(peer);
	};
	// a failed re-check is tried again at the next heartbeat; the notices keep working meanwhile
	const recheckLater = () =>
		void recheck().catch((error: unknown) => log.warn({ err: error }, 'session re-check failed'));
	const unwatch: Promise<() => Promise<void>> = access
		? access.subscribe((notice) => {
				if (!notice) return recheckLater();
				for (const peer of peers) {
					const { userId, sessionId } = peer.identity;
					if (userId === notice.userId && (notice.sessionId === null || notice.sessionId === sessionId))
						revoke(peer);
				}
			})
		: Promise.resolve(async () => {});
	const heartbeat = setInterval(() => {
		recheckLater();
		for (const peer of peers) {
			if (!peer.alive) {
				peer.socket.terminate();
				continue;
			}
			peer.alive = false;
			peer.socket.ping();
		}
	}, HEARTBEAT_MS);
	heartbeat.unref();
	return async () => {
		clearInterval(heartbeat);
		await unwatch
			.then((stop) => stop())
			.catch((error: unknown) => log.warn({ err: error }, 'stopping the access listener failed'));
	};
}
