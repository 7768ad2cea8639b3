import {
	checkDocumentChange,
	normaliseInstant,
	type Actor,
	type PlanDocumentSnapshot
} from '@trienkhai/domain';
import type { AppendResult, EventStore, PreconditionFailedError, Schema } from '@trienkhai/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { CLOSE } from './close-codes.ts';
import { LogWriter, type WriteItem } from './log-writer.ts';
import type { Peer } from './peer.ts';
import type { SyncMetrics } from './ops/metrics.ts';
import { Presence } from './presence.ts';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate, ProtocolError } from './protocol.ts';
import { Replication } from './replication.ts';
import { RoomPeers } from './room-peers.ts';
import { Refusals } from './refusals.ts';
import { Snapshots } from './snapshots.ts';
import { RightsGate, type PlanRights } from './rights-gate.ts';
import { loadPlan, readRights } from './room-load.ts';
import { sameRights } from './room-util.ts';
import { savedAcks } from './saved-acks.ts';
import { UpdateBudget } from './update-budget.ts';

/** What a room needs from its server. */
export interface RoomDeps {
	db: Kysely<Schema>;
	store: EventStore;
	log: Logger;
	/** Typing by one user in one text within this many ms, written in one batch, is one event. */
	textWindowMs: number;
	/** How long the writer waits for more updates before an append that nothing else delays (config.ts). */
	writeLingerMs?: number;
	/** A snapshot is written after this many updates since the last one. */
	snapshotEvery: number;
	/** How long a change notice may run ahead of the fan-out before the room reads the log. */
	catchUpDelayMs: number;
	/** Bytes of updates one user may store in the plan's log per hour. */
	maxUpdateBytesPerUserHour: number;
	/** Publishes committed updates and awareness to other instances (no-op without Redis). */
	publish: (message: FanoutMessage) => void;
	/** Counts refusals and updates sent for /metrics (ops/metrics.ts). */
	metrics?: Pick<SyncMetrics, 'refused' | 'updateOut'>;
	/** The room ended after a failure (its peers are closed with CLOSE.roomFailed): forget it. */
	onFailed?: (room: PlanRoom) => void;
	now?: () => number;
}

/** What instances tell each other about a plan. */
export type FanoutMessage =
	| { kind: 'updates'; planId: string; from: number; updates: Uint8Array[] }
	| { kind: 'awareness'; planId: string; update: Uint8Array };

/** A write of the room: an accepted update with who sent it and what it changed, or a refusal's events. */
interface RoomItem extends WriteItem {
	peer: Peer | null;
	actor: Actor;
	/** The document before and after the update, to decide it again if the plan's rights changed. */
	change: { before: PlanDocumentSnapshot; after: PlanDocumentSnapshot; at: string } | null;
}

/**
 * One plan's live document. The order of an update's life is: decided on the shadow (rights-gate.ts) →
 * written to the log with the events derived from it, on condition that the plan's rights are still those it
 * was decided with (log-writer.ts) → only then applied to the shared document, sent to the other editors and
 * acknowledged "saved" to its author. A refused update is never applied anywhere: its author is told why
 * (Vietnamese), the refusal is logged as PermissionDenied, and the author's connection is closed with
 * CLOSE.refused, upon which the editor drops its local copy and loads the server's state. Nothing is
 * compensated, so no one else's edit is touched.
 */
export class PlanRoom {
	readonly planId: string;
	readonly doc: Y.Doc;
	private readonly peers = new RoomPeers();
	private readonly gate: RightsGate;
	private readonly writer: LogWriter<RoomItem>;
	private readonly presence: Presence;
	private readonly replication: Replication;
	private readonly deps: RoomDeps;
	private readonly snapshots: Snapshots;
	private readonly refusals: Refusals;
	private closed = false;
	/** The documents are freed (after close or failure). */
	private released = false;
	/** Event seq ranges this room appended recently (their notices need no rights refresh). */
	private readonly ownAppends = new Set<string>();

	private constructor(
		planId: string,
		doc: Y.Doc,
		seq: number,
		gateOf: (room: PlanRoom) => RightsGate,
		deps: RoomDeps
	) {
		this.planId = planId;
		this.doc = doc;
		this.deps = deps;
		this.writer = new LogWriter<RoomItem>({
			planId,
			store: deps.store,
			log: deps.log,
			textWindowMs: deps.textWindowMs,
			lingerMs: deps.writeLingerMs ?? 0,
			committed: (items, result) => this.committed(items, result),
			refused: (items, error) => this.rightsChanged(items, error),
			failed: (error) => this.fail(error, 'writing to the log failed')
		});
		this.gate = gateOf(this);
		this.refusals = new Refusals({
			planId,
			log: deps.log,
			metrics: deps.metrics,
			peers: this.peers,
			logEvents: (events, actor) =>
				this.writer.enqueue({ update: null, events, rights: null, peer: null, actor, change: null })
		});
		this.snapshots = new Snapshots({ planId, store: deps.store, every: deps.snapshotEvery, log: deps.log });
		this.presence = new Presence(doc, this.peers.all, planId, deps.log, (update) =>
			deps.publish({ kind: 'awareness', planId, update })
		);
		this.replication = new Replication(seq, {
			planId,
			store: deps.store,
			catchUpDelayMs: deps.catchUpDelayMs,
			apply: (update) => this.applyCommitted(update),
			closed: () => this.closed,
			failed: (error) => this.fail(error, 'reading the log failed')
		});
	}

	/** Loads a plan's room; null when the plan does not exist. */
	static async load(planId: string, deps: RoomDeps): Promise<PlanRoom | null> {
		const loaded = await loadPlan(deps.db, deps.store, planId);
		if (!loaded) return null;
		const now = () => deps.now?.() ?? Date.now();
		const budget = await UpdateBudget.load(deps.db, planId, deps.maxUpdateBytesPerUserHour, now);
		return new PlanRoom(
			planId,
			loaded.doc,
			loaded.seq,
			(room) =>
				new RightsGate(loaded.rights, budget, () => ({
					doc: room.doc,
					pending: room.writer.uncommitted().flatMap((item) => (item.update ? [item.update.update] : []))
				})),
			deps
		);
	}

	get peerCount(): number {
		return this.peers.size;
	}

	/** Highest update seq such that every update up to it is in the document. */
	get appliedSeq(): number {
		return this.replication.appliedSeq;
	}

	/** A peer joined: it gets the server's state vector (sync step 1) and who is here. */
	join(peer: Peer): void {
		this.peers.add(peer);
		peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
		this.presence.sendAll(peer);
	}

	/** A peer left: its presence goes with it. */
	leave(peer: Peer): void {
		this.peers.delete(peer);
		this.presence.leave(peer);
	}

	/** Sync step 1 from a peer: answer with what it lacks of the committed document. */
	syncStep1(peer: Peer, stateVector: Uint8Array): void {
		let diff: Uint8Array;
		try {
			diff = Y.encodeStateAsUpdate(this.doc, stateVector);
		} catch {
			throw new ProtocolError('unreadable state vector');
		}
		peer.send(encodeSyncStep2(diff));
	}

	/** An update from a peer (sync step 2 or update): decide it, then queue it for the log or refuse it. */
	update(peer: Peer, update: Uint8Array): void {
		if (this.closed || this.peers.isEnded(peer)) return;
		const actor = { userId: peer.identity.userId, unitId: peer.identity.unitId };
		const at = normaliseInstant(new Date(this.now()));
		const decision = this.gate.check(update, actor, at);
		switch (decision.kind) {
			case 'unchanged':
				return;
			case 'invalid':
				this.deps.log.warn(
					{ planId: this.planId, user: actor.userId, err: decision.detail },
					decision.reason
				);
				return this.end(peer, CLOSE.invalidUpdate, decision.reason);
			case 'resync':
				// it builds on changes this instance has not got yet (a client back from another instance): read
				// the log and let the client resend; nothing of it could be checked, so none of it is kept
				this.replication.startCatchUp();
				return this.end(peer, CLOSE.resync, 'resync');
			case 'refused':
				return this.refusals.forbidden(peer, decision.violations, at);
			case 'overBudget':
				return this.refusals.overBudget(peer, update.byteLength);
			case 'accepted':
				this.writer.enqueue({
					update: { update, userId: actor.userId, unitId: actor.unitId, origin: 'sync' },
					events: decision.events,
					rights: this.gate.rights,
					peer,
					actor,
					change: { before: decision.before, after: decision.after, at }
				});
				return;
			default: {
				const unreachable: never = decision;
				throw new Error(`unknown decision ${JSON.stringify(unreachable)}`);
			}
		}
	}

	/** Presence from a peer (see presence.ts). */
	awarenessUpdate(peer: Peer, update: Uint8Array): void {
		this.presence.update(peer, update);
	}

	/** All presence states, for a peer that asks. */
	queryAwareness(peer: Peer): void {
		this.presence.sendAll(peer);
	}

	/** Updates committed by another instance, numbered from `from`. */
	remoteUpdates(from: number, updates: Uint8Array[]): void {
		this.replication.remoteUpdates(from, updates);
	}

	/** Presence from another instance. */
	remoteAwareness(update: Uint8Array): void {
		this.presence.remote(update);
	}

	/** The log announced updates of this plan up to `seq` (see Replication.announced). */
	announced(seq: number): void {
		this.replication.announced(seq);
	}

	/** Reads committed updates the document lacks. */
	catchUp(toSeq?: number): Promise<void> {
		return this.replication.catchUp(toSeq);
	}

	/** Reads committed updates the document lacks, in the background; a failure ends the room. */
	startCatchUp(): void {
		this.replication.startCatchUp();
	}

	/** Whether a change notice is about events this room appended itself (content edits: rights unchanged). */
	isOwnAppend(eventSeqs: [number, number]): boolean {
		return this.ownAppends.has(`${eventSeqs[0]}-${eventSeqs[1]}`);
	}

	/**
	 * The plan's lifecycle changed elsewhere (issued, amended, co-drafter invited): re-read its rights. Updates
	 * decided with the old ones are refused by the log's precondition and decided again (rightsChanged). A
	 * failure to read ends the room: it must not go on deciding with rights it cannot know.
	 */
	refreshRights(): void {
		readRights(this.deps.db, this.planId).then(
			(rights) => {
				if (this.closed) return;
				if (!rights) return this.fail(new Error(`plan ${this.planId} is gone`), 'refreshing rights failed');
				if (!sameRights(rights, this.gate.rights)) this.gate.rights = rights;
			},
			(error: unknown) => this.fail(error, 'refreshing rights failed')
		);
	}

	/** Updates and events accepted but not yet written to the log. */
	get queued(): number {
		return this.writer.uncommitted().length;
	}

	/** Writes everything queued (before unloading or shutting down). */
	flush(): Promise<void> {
		return this.writer.flush();
	}

	/** Flushes, closes the peers with `code`, and frees the documents. */
	async close(code: number = CLOSE.goingAway): Promise<void> {
		if (this.closed) return;
		this.closed = true;
		await this.writer.close();
		this.release(code, 'closing');
	}

	/** A batch is durable: apply it, send it to the others, acknowledge it to its authors. */
	private committed(items: RoomItem[], result: AppendResult): void {
		if (result.eventSeqs) this.remember(result.eventSeqs);
		const seqs = result.updateSeqs;
		if (!seqs || this.released) return;
		const written = items.filter((item) => item.update !== null);
		// one transaction for the document; the editors get each update as its author sent it
		this.doc.transact(() => {
			for (const item of written) Y.applyUpdate(this.doc, item.update!.update);
		}, 'server');
		const inSync = this.replication.ownCommit(seqs[0], seqs[1]);
		this.deps.publish({
			kind: 'updates',
			planId: this.planId,
			from: seqs[0],
			updates: written.map((item) => item.update!.update)
		});
		this.send(
			written.map((item) => ({ update: item.update!.update, author: item.peer })),
			savedAcks(written, seqs[0])
		);
		// the document is the log up to appliedSeq exactly: it may be stored as a snapshot
		this.snapshots.committed(written.length, this.doc, inSync ? this.replication.appliedSeq : null);
	}

	/**
	 * The log refused a batch because the plan's rights changed after it was decided (issued, amended …):
	 * nothing of it, nor of what was queued after it, is written. Each update is decided again with the rights
	 * as stored: one the author may no longer make is refused like any other; the others' authors reconnect
	 * and resend (their editors keep their edits), and are decided afresh.
	 */
	private rightsChanged(items: RoomItem[], error: PreconditionFailedError): void {
		if (this.released) return;
		const actual = error.actual;
		if (!actual) return this.fail(error, 'the plan is gone');
		this.gate.rights = { ...(actual as PlanRights), coDrafterUnitIds: [...actual.coDrafterUnitIds] };
		this.gate.rebuild();
		this.deps.log.info({ planId: this.planId, updates: items.length }, 'rights changed before the write');
		for (const item of items) {
			if (!item.update) {
				this.writer.enqueue(item);
				continue;
			}
			const peer = item.peer;
			if (!peer || this.peers.isEnded(peer) || !item.change) continue;
			const { before, after, at } = item.change;
			const decision = checkDocumentChange(before, after, {
				unitId: item.actor.unitId,
				plan: this.gate.rights
			});
			if (decision.allowed) this.end(peer, CLOSE.resync, 'rights changed; resend');
			else this.refusals.forbidden(peer, decision.violations, at);
		}
	}

	private end(peer: Peer, code: number, reason: string): void {
		this.peers.end(peer, code, reason);
	}

	/**
	 * Ends the room after an error it cannot get past: logged, every peer closed with CLOSE.roomFailed (they
	 * reconnect to a fresh room, which loads from the log; nothing unacknowledged was applied), forgotten.
	 */
	private fail(error: unknown, what: string): void {
		if (this.closed) return;
		this.closed = true;
		this.deps.log.error({ planId: this.planId, err: error }, `${what}; the room ends`);
		this.deps.onFailed?.(this);
		this.release(CLOSE.roomFailed, 'room failed');
	}

	private release(code: number, reason: string): void {
		this.released = true;
		this.replication.destroy();
		this.peers.closeAll(code, reason);
		this.presence.destroy();
		this.gate.destroy();
		this.doc.destroy();
	}

	private applyCommitted(update: Uint8Array): void {
		this.gate.applyCommitted(update);
		Y.applyUpdate(this.doc, update, 'remote');
		this.send([{ update, author: null }]);
	}

	/** Committed updates to the editors (each its own frame, encoded once, to all but its author), and acks. */
	private send(
		updates: ReadonlyArray<{ update: Uint8Array; author: Peer | null }>,
		acks?: ReadonlyMap<Peer, Uint8Array[]>
	): void {
		const frames = updates.map(({ update, author }) => ({ frame: encodeUpdate(update), author }));
		this.deps.metrics?.updateOut(this.peers.fanOut(frames, acks));
	}

	private remember(eventSeqs: [number, number]): void {
		this.ownAppends.add(`${eventSeqs[0]}-${eventSeqs[1]}`);
		if (this.ownAppends.size > 256) {
			const oldest = this.ownAppends.values().next().value;
			if (oldest !== undefined) this.ownAppends.delete(oldest);
		}
	}

	private now(): number {
		return this.deps.now?.() ?? Date.now();
	}
}
