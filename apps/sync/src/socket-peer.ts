import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CLOSE } from './close-codes.ts';
import type { SyncMetrics } from './ops/metrics.ts';
import type { Peer } from './peer.ts';
import type { Identity } from './ticket.ts';

/** A peer on a websocket: frames out within a bound on what the socket may buffer (a slow client is closed). */
export class SocketPeer implements Peer {
	readonly identity: Identity;
	readonly awarenessClients = new Set<number>();
	readonly socket: WebSocket;
	/** Answered the last heartbeat ping. */
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
		this.socket.send(frame, { binary: true });
	}

	/**
	 * The frames in one write: the socket under the websocket is corked while they are queued (ws writes
	 * each frame's header and payload apart, a system call per frame otherwise).
	 */
	sendAll(frames: readonly Uint8Array[]): void {
		const raw = (this.socket as unknown as { _socket?: Duplex | null })._socket;
		raw?.cork();
		try {
			for (const frame of frames) this.send(frame);
		} finally {
			raw?.uncork();
		}
	}

	close(code: number, reason: string): void {
		if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
			this.socket.close(code, reason);
		}
	}
}

const UPGRADE_REFUSALS = {
	401: { reason: 'unauthorized', status: 'Unauthorized' },
	404: { reason: 'plan_not_found', status: 'Not Found' },
	429: { reason: 'too_many_connections', status: 'Too Many Requests' },
	503: { reason: 'unavailable', status: 'Service Unavailable' }
} as const;

/** Answers an upgrade request with an HTTP error and `text` (Vietnamese / English), counted by reason. */
export function refuseUpgrade(
	socket: Duplex,
	status: keyof typeof UPGRADE_REFUSALS,
	text: string,
	metrics: SyncMetrics
): void {
	const refusal = UPGRADE_REFUSALS[status];
	metrics.refused(refusal.reason);
	socket.end(
		`HTTP/1.1 ${status} ${refusal.status}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n` +
			`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`
	);
}
