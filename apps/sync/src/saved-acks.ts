import type { UpdateInput } from '@trienkhai/db';
import * as Y from 'yjs';
import type { Peer } from './peer.ts';
import { encodeSaved } from './protocol.ts';
import { encodeClocks } from './room-util.ts';

/**
 * The "saved" messages of a committed batch whose updates got seqs from `firstSeq` on, by author: one per
 * update, with the clocks it brought the document to (see MESSAGE.saved).
 */
export function savedAcks(
	written: ReadonlyArray<{ peer: Peer | null; update: UpdateInput | null }>,
	firstSeq: number
): Map<Peer, Uint8Array[]> {
	const acks = new Map<Peer, Uint8Array[]>();
	written.forEach((item, i) => {
		if (!item.peer || !item.update) return;
		const meta = Y.parseUpdateMeta(item.update.update);
		const saved = encodeSaved(firstSeq + i, encodeClocks(meta.to));
		const own = acks.get(item.peer);
		if (own) own.push(saved);
		else acks.set(item.peer, [saved]);
	});
	return acks;
}
