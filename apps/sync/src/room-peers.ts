import type { Peer } from './peer.ts';

/**
 * The editors connected to one room: the frames of the shared document go to all of them but the one they
 * came from, and a peer whose session on the plan was ended (refused, resync …) is ignored from then on.
 */
export class RoomPeers {
	readonly all = new Set<Peer>();
	/** Peers whose update was refused or broken off: whatever else they send is ignored. */
	private readonly ended = new WeakSet<Peer>();

	get size(): number {
		return this.all.size;
	}

	add(peer: Peer): void {
		this.all.add(peer);
	}

	delete(peer: Peer): void {
		this.all.delete(peer);
	}

	/** Whether the peer's session on the plan was ended. */
	isEnded(peer: Peer): boolean {
		return this.ended.has(peer);
	}

	/** Closes a peer's connection and ignores whatever else it sent. */
	end(peer: Peer, code: number, reason: string): void {
		this.ended.add(peer);
		peer.close(code, reason);
	}

	/**
	 * Sends committed updates, each as its own frame (encoded once) to every peer but its author, in order,
	 * then each peer's own `acks`: an editor sees every update as it was made, as with the reference server.
	 * A peer's frames go out in one write (see Peer.sendAll). Returns the update frames sent.
	 */
	fanOut(
		updates: ReadonlyArray<{ frame: Uint8Array; author: unknown }>,
		acks?: ReadonlyMap<Peer, Uint8Array[]>
	): number {
		let sent = 0;
		for (const peer of this.all) {
			const frames: Uint8Array[] = [];
			for (const { frame, author } of updates) if (peer !== author) frames.push(frame);
			sent += frames.length;
			const own = acks?.get(peer);
			if (own) frames.push(...own);
			if (frames.length > 0) peer.sendAll(frames);
		}
		return sent;
	}

	/** Closes every peer. */
	closeAll(code: number, reason: string): void {
		for (const peer of this.all) peer.close(code, reason);
		this.all.clear();
	}
}
