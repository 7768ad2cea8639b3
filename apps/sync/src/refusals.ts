import {
	permissionDeniedEvents,
	type Actor,
	type ContentEvent,
	type DocumentViolation
} from '@trienkhai/domain';
import type { Logger } from 'pino';
import { CLOSE } from './close-codes.ts';
import { BUDGET_MESSAGE_VI, denialMessage } from './denial-messages.ts';
import type { SyncMetrics } from './ops/metrics.ts';
import type { Peer } from './peer.ts';
import { encodePermissionDenied } from './protocol.ts';
import type { RoomPeers } from './room-peers.ts';

/** What refusing needs from its room. */
export interface RefusalDeps {
	planId: string;
	log: Logger;
	metrics?: Pick<SyncMetrics, 'refused'> | undefined;
	peers: RoomPeers;
	/** Logs events with no update (PermissionDenied) through the room's writer. */
	logEvents(events: ContentEvent[], actor: Actor): void;
}

/**
 * How a room refuses an update: the author is told why (Vietnamese), the refusal is counted, logged and
 * written to the log as PermissionDenied, and the author's session on the plan ends with CLOSE.refused (its
 * editor drops its local copy and loads the server's state). Nothing of the update was applied anywhere.
 */
export class Refusals {
	private readonly deps: RefusalDeps;

	constructor(deps: RefusalDeps) {
		this.deps = deps;
	}

	/** The user may not make the update. */
	forbidden(peer: Peer, violations: DocumentViolation[], at: string): void {
		const { planId, log, metrics } = this.deps;
		const actor = { userId: peer.identity.userId, unitId: peer.identity.unitId };
		peer.send(encodePermissionDenied(JSON.stringify(denialMessage(violations))));
		log.info({ planId, user: actor.userId, violations }, 'update refused');
		for (const v of violations) metrics?.refused(v.reason);
		this.deps.logEvents(permissionDeniedEvents(violations, actor, at), actor);
		this.deps.peers.end(peer, CLOSE.refused, 'update refused');
	}

	/** The update would pass the user's byte budget for the plan. */
	overBudget(peer: Peer, bytes: number): void {
		const { planId, log, metrics } = this.deps;
		metrics?.refused('budget_exceeded');
		log.warn({ planId, user: peer.identity.userId, bytes }, 'byte budget exceeded');
		const message = { code: 'budget_exceeded', message: BUDGET_MESSAGE_VI, violations: [] };
		peer.send(encodePermissionDenied(JSON.stringify(message)));
		this.deps.peers.end(peer, CLOSE.refused, 'byte budget exceeded');
	}
}
