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

	/** Sends one frame (encoded once) to every peer but `except`; returns to how many. */
	broadcast(frame: Uint8Array, except: unknown): number {
		let sent = 0;
		for (const peer of this.all) {
			if (peer === except) continue;
			peer.send(frame);
			sent++;
		}
		return sent;
	}

	/** Closes every peer. */
	closeAll(code: number, reason: string): void {
		for (const peer of this.all) peer.close(code, reason);
		this.all.clear();
	}
}
