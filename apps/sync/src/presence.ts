import type { Logger } from 'pino';
import {
	Awareness,
	applyAwarenessUpdate,
	encodeAwarenessUpdate as encodeAwareness,
	removeAwarenessStates
} from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CLOSE } from './close-codes.ts';
import type { Peer } from './peer.ts';
import {
	encodeAwareness as frameAwareness,
	encodeAwarenessUpdate,
	parseAwarenessUpdate,
	type AwarenessEntry
} from './protocol.ts';

/**
 * Who is on a plan and where: y-protocols' awareness, policed. A peer owns one client id (the first unknown
 * id it sends), every state it sends is stamped with its authenticated user, and a state posing as another
 * client closes the socket. Changes go to every peer and, unless they came from there, to other instances.
 */
export class Presence {
	readonly awareness: Awareness;
	private readonly peers: ReadonlySet<Peer>;
	private readonly log: Logger;
	private readonly planId: string;

	constructor(
		doc: Y.Doc,
		peers: ReadonlySet<Peer>,
		planId: string,
		log: Logger,
		publish: (update: Uint8Array) => void
	) {
		this.peers = peers;
		this.planId = planId;
		this.log = log;
		this.awareness = new Awareness(doc);
		this.awareness.setLocalState(null);
		this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
			const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
			const update = encodeAwareness(this.awareness, changed);
			const frame = frameAwareness(update);
			for (const peer of this.peers) peer.send(frame);
			if (origin !== 'remote') publish(update);
		});
	}

	/** Everyone's state, for a peer that joins or asks. */
	sendAll(peer: Peer): void {
		const states = [...this.awareness.getStates().keys()];
		if (states.length > 0) peer.send(frameAwareness(encodeAwareness(this.awareness, states)));
	}

	/** A peer left: its presence goes with it. */
	leave(peer: Peer): void {
		if (peer.awarenessClients.size > 0) {
			removeAwarenessStates(this.awareness, [...peer.awarenessClients], peer);
		}
	}

	/** Presence from another instance. */
	remote(update: Uint8Array): void {
		applyAwarenessUpdate(this.awareness, update, 'remote');
	}

	/**
	 * Presence from a peer, stamped with who it really is. y-websocket clients also relay the states of
	 * others they received; such relays carry nothing new and are dropped. A state for another client that is
	 * newer than the server's is someone posing as another user: the socket is closed.
	 */
	update(peer: Peer, update: Uint8Array): void {
		const accepted: AwarenessEntry[] = [];
		for (const entry of parseAwarenessUpdate(update)) {
			if (!peer.awarenessClients.has(entry.clientId)) {
				const verdict = this.claim(peer, entry);
				if (verdict === 'skip') continue;
				if (verdict === 'closed') return;
			}
			if (entry.state !== null) {
				entry.state = {
					...entry.state,
					user: {
						id: peer.identity.userId,
						name: peer.identity.displayName,
						unitId: peer.identity.unitId,
						unitName: peer.identity.unitName
					}
				};
			}
			accepted.push(entry);
		}
		if (accepted.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessUpdate(accepted), peer);
	}

	destroy(): void {
		this.awareness.destroy();
	}

	/** A peer's first state for a client id it does not own yet: take it, skip a relay, or close a forger. */
	private claim(peer: Peer, entry: AwarenessEntry): 'take' | 'skip' | 'closed' {
		const known = this.awareness.meta.get(entry.clientId);
		const owner = [...this.peers].find((p) => p !== peer && p.awarenessClients.has(entry.clientId));
		// y-websocket clients relay the states of others they received: nothing new, dropped
		const relay = known !== undefined && entry.clock <= known.clock;
		if (owner) {
			if (owner.identity.userId === peer.identity.userId && peer.awarenessClients.size === 0 && !relay) {
				// the same user back on a new socket while the old one has not noticed it is gone (a network
				// change): the old one is stale, hand the client id over
				owner.awarenessClients.delete(entry.clientId);
				owner.close(CLOSE.goingAway, 'replaced by a new connection');
			} else if (relay) {
				return 'skip';
			} else {
				this.log.warn(
					{ planId: this.planId, user: peer.identity.userId, clientId: entry.clientId },
					'awareness for another client'
				);
				peer.close(CLOSE.forgedAwareness, 'awareness for another client');
				return 'closed';
			}
		} else if (relay && this.awareness.states.has(entry.clientId)) {
			return 'skip';
		} else if (peer.awarenessClients.size >= 1) {
			if (relay) return 'skip';
			peer.close(CLOSE.forgedAwareness, 'a second client id on one connection');
			return 'closed';
		}
		peer.awarenessClients.add(entry.clientId);
		// a client back after its state was removed keeps its old clock: make its state count again
		if (known !== undefined && entry.clock <= known.clock) entry.clock = known.clock + 1;
		return 'take';
	}
}
