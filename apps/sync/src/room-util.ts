import * as encoding from 'lib0/encoding';
import type { PlanRightsState } from '@trienkhai/db';

/** A state vector in Yjs' encoding (count, then client/clock pairs). */
export function encodeClocks(clocks: Map<number, number>): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, clocks.size);
	for (const [client, clock] of clocks) {
		encoding.writeVarUint(encoder, client);
		encoding.writeVarUint(encoder, clock);
	}
	return encoding.toUint8Array(encoder);
}

/** Whether two rights states decide alike (co-drafters in any order). */
export function sameRights(a: PlanRightsState, b: PlanRightsState): boolean {
	const ids = (list: readonly string[]) => [...list].sort().join('\u0000');
	return (
		a.status === b.status &&
		a.ownerUnitId === b.ownerUnitId &&
		ids(a.coDrafterUnitIds) === ids(b.coDrafterUnitIds)
	);
}
