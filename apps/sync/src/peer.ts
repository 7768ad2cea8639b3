import type { Identity } from './ticket.ts';

/** One client connection as a room sees it: who it is, how to reach it, which presence ids it owns. */
export interface Peer {
	readonly identity: Identity;
	/** Awareness client ids this connection has claimed (one: its document's). */
	readonly awarenessClients: Set<number>;
	send(frame: Uint8Array): void;
	/** Sends frames in order, in as few writes to the network as it can. */
	sendAll(frames: readonly Uint8Array[]): void;
	close(code: number, reason: string): void;
}
