import { randomUUID } from 'node:crypto';
import {
	checkDocumentChange,
	createPlanDocument,
	deriveContentEvents,
	findForeignContent,
	hasPendingUpdates,
	normaliseInstant,
	permissionDeniedEvents,
	readPlanDocument,
	restoreDocument,
	toEventInput,
	type ContentEvent,
	type DocumentViolation,
	type EventInput,
	type PlanDocumentSnapshot,
	type PlanStatus
} from '@trienkhai/domain';
import {
	ConcurrencyError,
	getPlanWithTasks,
	planDocumentSnapshot,
	type AppendEvent,
	type EventStore,
	type Schema
} from '@trienkhai/db';
import type { Kysely } from 'kysely';
import * as encoding from 'lib0/encoding';
import type { Logger } from 'pino';
import {
	Awareness,
	applyAwarenessUpdate,
	encodeAwarenessUpdate as encodeAwareness,
	removeAwarenessStates
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE } from './close-codes.ts';
import type { Peer } from './peer.ts';
import {
	encodeAwareness as frameAwareness,
	encodeAwarenessUpdate,
	encodePermissionDenied,
	encodeSaved,
	encodeSyncStep1,
	encodeSyncStep2,
	encodeUpdate,
	parseAwarenessUpdate,
	ProtocolError,
	type AwarenessEntry
} from './protocol.ts';
import { denialMessage } from './denial-messages.ts';
import type { SyncMetrics } from './ops/metrics.ts';

/** What a room needs from its server. */
export interface RoomDeps {
	db: Kysely<Schema>;
	store: EventStore;
	log: Logger;
	/** Typing by one user in one text is logged as one event per this many ms. */
	textWindowMs: number;
	/** A snapshot is written after this many updates since the last one. */
	snapshotEvery: number;
	/** How long a change notice may run ahead of the fan-out before the room reads the log (see `announced`). */
	catchUpDelayMs: number;
	/** Publishes committed updates and awareness to other instances (no-op without Redis). */
	publish: (message: FanoutMessage) => void;
	/** Counts refusals for /metrics (ops/metrics.ts). */
	metrics?: Pick<SyncMetrics, 'refused'>;
	now?: () => number;
}

/** What instances tell each other about a plan. */
export type FanoutMessage =
	| { kind: 'updates'; planId: string; from: number; updates: Uint8Array[] }
	| { kind: 'awareness'; planId: string; update: Uint8Array };

/** The rights-relevant state of the plan. */
interface PlanRights {
	status: PlanStatus;
	ownerUnitId: string;
	coDrafterUnitIds: string[];
}

/** An accepted update waiting to be written. */
interface PendingUpdate {
	update: Uint8Array;
	peer: Peer | null;
	userId: string | null;
	unitId: string | null;
	origin: string;
	events: ContentEvent[];
	/** Assigned when committed. */
	seq: number | null;
}

/** The document's state taken with a batch, to be stored as a snapshot once the batch is written. */
interface PendingSnapshot {
	/** `appliedSeq` when the state was taken: the state is the log up to it plus the batch. */
	afterSeq: number;
	state: Uint8Array;
}

/** An event waiting to be written, with the update it came from. */
interface QueuedEvent {
	event: EventInput;
	from: PendingUpdate;
}

/** Coalesced typing of one user in one text, waiting for its window to close. */
interface BufferedText {
	event: ContentEvent;
	firstAt: number;
	/** Order of the last edit it took in (a counter of the room's edits). */
	lastEdit: number;
	last: PendingUpdate;
}

const TEXT_EVENTS: ReadonlySet<string> = new Set(['TaskTextEdited', 'PlanSectionEdited']);

/** The text an edit is in (a task's field or a plan section), whoever typed. */
function textTarget(event: ContentEvent): string {
	const data = event.data as { field?: string; section?: string };
	return `${event.taskId ?? ''}|${data.field ?? data.section ?? ''}`;
}

function textKey(event: ContentEvent): string {
	return `${event.actor.userId}|${textTarget(event)}`;
}

function readRights(row: {
	status: string;
	owner_unit_id: string;
	co_drafter_unit_ids: unknown;
}): PlanRights {
	return {
		status: row.status as PlanStatus,
		ownerUnitId: row.owner_unit_id,
		coDrafterUnitIds: Array.isArray(row.co_drafter_unit_ids) ? (row.co_drafter_unit_ids as string[]) : []
	};
}

/**
 * One plan's live document: the authoritative Y.Doc, a shadow replica used to try updates before
 * accepting them, presence, the peers, and the write queue to the log.
 *
 * Rights (docs/rights.md) are enforced by applying each client update to the shadow first and reading the
 * plan out of it: if the change is allowed, the same update goes into the main document and out to the
 * other peers. If not, compensating edits are written into the shadow (restoreDocument) so it reads as
 * before; the difference shadow − main is then the refused update with its content garbage-collected plus
 * the compensation, and that is what the main document, the other peers and the log receive. We chose this
 * over apply-then-revert on the main document because the refused content then never enters the main
 * document, never reaches another peer even momentarily, and never reaches the log as content; the author's
 * editor converges back by the same broadcast, without a reload.
 */
export class PlanRoom {
	readonly planId: string;
	readonly doc: Y.Doc;
	readonly awareness: Awareness;
	private shadow: Y.Doc;
	private snapshot: PlanDocumentSnapshot;
	private rights: PlanRights;
	private readonly peers = new Set<Peer>();
	/** Highest update seq such that every update up to it is in the document. */
	appliedSeq: number;
	private pending: PendingUpdate[] = [];
	private pendingEvents: QueuedEvent[] = [];
	private readonly textBuffer = new Map<string, BufferedText>();
	private flushing: Promise<void> | null = null;
	private flushAgain = false;
	private sinceSnapshot = 0;
	/**
	 * Names this room's batches in the log's idempotency keys. Random: a key another writer could make too
	 * (another instance, maybe also pid 1 in its container, writing its first batch in the same millisecond)
	 * gets that writer's append answered as a duplicate of ours, and its acknowledged update is never written.
	 */
	private readonly writerId = randomUUID();
	private batchCounter = 0;
	/** Counts typing edits, to order coalesced windows by their last edit (see closeTextWindows). */
	private textEdits = 0;
	private readonly timer: NodeJS.Timeout;
	private readonly deps: RoomDeps;
	private closed = false;
	private failures = 0;
	/** Event seq ranges this room appended recently (their notices need no rights refresh). */
	private readonly ownAppends = new Set<string>();
	/** Set by the document's update handler: whether the last apply changed anything. */
	private changed = false;
	/** Highest update seq the log's change notices announced for this plan. */
	private announcedSeq = 0;
	private announceTimer: NodeJS.Timeout | null = null;

	private constructor(planId: string, doc: Y.Doc, seq: number, rights: PlanRights, deps: RoomDeps) {
		this.planId = planId;
		this.doc = doc;
		this.deps = deps;
		this.appliedSeq = seq;
		this.rights = rights;
		this.shadow = replica(doc);
		this.snapshot = readPlanDocument(doc);
		this.awareness = new Awareness(doc);
		this.awareness.setLocalState(null);
		this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
			const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
			const update = encodeAwareness(this.awareness, changed);
			const frame = frameAwareness(update);
			for (const peer of this.peers) peer.send(frame);
			if (origin !== 'remote') this.deps.publish({ kind: 'awareness', planId: this.planId, update });
		});
		doc.on('update', (update: Uint8Array, origin: unknown) => {
			this.changed = true;
			const frame = encodeUpdate(update);
			for (const peer of this.peers) if (peer !== origin) peer.send(frame);
		});
		this.timer = setInterval(() => this.closeTextWindows(false), Math.max(50, deps.textWindowMs / 4));
		this.timer.unref();
	}

	/** Loads a plan's document: newest snapshot plus the updates after it; null when the plan does not exist. */
	static async load(planId: string, deps: RoomDeps): Promise<PlanRoom | null> {
		for (let attempt = 0; ; attempt++) {
			const row = await deps.db
				.selectFrom('plans')
				.select(['status', 'owner_unit_id', 'co_drafter_unit_ids'])
				.where('id', '=', planId)
				.executeTakeFirst();
			if (!row) return null;
			const doc = new Y.Doc();
			const snapshot = await deps.store.latestSnapshot(planId);
			let seq = 0;
			if (snapshot) {
				Y.applyUpdate(doc, snapshot.state, 'load');
				seq = snapshot.updateSeq;
			}
			for (const u of await deps.store.readPlanUpdates(planId, seq + 1)) {
				Y.applyUpdate(doc, u.update, 'load');
				seq = u.seq;
			}
			if (seq === 0) {
				// A plan written only through events (demo data, import): its document starts from the read model,
				// appended as update 1 on condition that nobody else did it first.
				const initial = await initialSnapshot(deps.db, planId);
				const bootstrap = Y.encodeStateAsUpdate(createPlanDocument(initial));
				try {
					const result = await deps.store.append({
						planId,
						expected: { updateSeq: 0 },
						updates: [{ update: bootstrap, userId: null, unitId: null, origin: 'bootstrap' }]
					});
					Y.applyUpdate(doc, bootstrap, 'load');
					seq = result.updateSeq;
				} catch (error) {
					if (error instanceof ConcurrencyError && attempt < 3) continue;
					throw error;
				}
			}
			return new PlanRoom(planId, doc, seq, readRights(row), deps);
		}
	}

	get peerCount(): number {
		return this.peers.size;
	}

	/** A peer joined: it gets the server's state vector (sync step 1) and who is here. */
	join(peer: Peer): void {
		this.peers.add(peer);
		peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
		const states = [...this.awareness.getStates().keys()];
		if (states.length > 0) peer.send(frameAwareness(encodeAwareness(this.awareness, states)));
	}

	/** A peer left: its presence goes with it. */
	leave(peer: Peer): void {
		this.peers.delete(peer);
		if (peer.awarenessClients.size > 0) {
			removeAwarenessStates(this.awareness, [...peer.awarenessClients], peer);
		}
	}

	/** Sync step 1 from a peer: answer with what it lacks. */
	syncStep1(peer: Peer, stateVector: Uint8Array): void {
		let diff: Uint8Array;
		try {
			diff = Y.encodeStateAsUpdate(this.doc, stateVector);
		} catch {
			throw new ProtocolError('unreadable state vector');
		}
		peer.send(encodeSyncStep2(diff));
	}

	/** An update from a peer (sync step 2 or update): check rights, accept or compensate, queue for the log. */
	update(peer: Peer, update: Uint8Array): void {
		const before = this.snapshot;
		try {
			Y.applyUpdate(this.shadow, update, peer);
		} catch (error) {
			this.resetShadow();
			this.deps.log.warn(
				{ planId: this.planId, user: peer.identity.userId, err: error },
				'unreadable update'
			);
			peer.close(CLOSE.invalidUpdate, 'invalid update');
			return;
		}
		if (hasPendingUpdates(this.shadow)) {
			// it builds on changes this instance has not got yet (a client back from another instance): read the
			// log and let the client resend; nothing of it could be checked, so none of it is kept
			this.resetShadow();
			void this.catchUp().catch((error: unknown) => this.deps.log.error({ err: error }, 'catch-up failed'));
			peer.close(CLOSE.resync, 'resync');
			return;
		}
		const foreign = findForeignContent(this.shadow);
		if (foreign.length > 0) {
			this.resetShadow();
			this.deps.log.warn(
				{ planId: this.planId, user: peer.identity.userId, foreign },
				'update outside the layout'
			);
			peer.close(CLOSE.invalidUpdate, 'content outside the plan layout');
			return;
		}
		const after = readPlanDocument(this.shadow);
		const actor = { userId: peer.identity.userId, unitId: peer.identity.unitId };
		const at = normaliseInstant(new Date(this.now()));
		const decision = checkDocumentChange(before, after, { unitId: peer.identity.unitId, plan: this.rights });
		if (decision.allowed) {
			this.changed = false;
			Y.applyUpdate(this.doc, update, peer);
			// nothing new (a resent or empty sync step 2): nothing to store
			if (!this.changed) return;
			this.snapshot = after;
			const events = deriveContentEvents(before, after, actor, at);
			this.enqueue({
				update,
				peer,
				userId: actor.userId,
				unitId: actor.unitId,
				origin: 'sync',
				events,
				seq: null
			});
			return;
		}
		this.refuse(peer, before, decision.violations, at);
	}

	private refuse(
		peer: Peer,
		before: PlanDocumentSnapshot,
		violations: DocumentViolation[],
		at: string
	): void {
		restoreDocument(this.shadow, before, 'compensation');
		const compensation = Y.encodeStateAsUpdate(this.shadow, Y.encodeStateVector(this.doc));
		// origin 'server': the broadcast reaches every peer, the author included, whose editor converges back
		Y.applyUpdate(this.doc, compensation, 'server');
		this.snapshot = readPlanDocument(this.doc);
		const actor = { userId: peer.identity.userId, unitId: peer.identity.unitId };
		peer.send(encodePermissionDenied(JSON.stringify(denialMessage(violations))));
		this.deps.log.info({ planId: this.planId, user: actor.userId, violations }, 'update refused');
		for (const v of violations) this.deps.metrics?.refused(v.reason);
		this.enqueue({
			update: compensation,
			peer,
			userId: actor.userId,
			unitId: actor.unitId,
			origin: 'compensation',
			events: permissionDeniedEvents(violations, actor, at),
			seq: null
		});
	}

	/**
	 * Presence from a peer, stamped with who it really is. A peer owns one client id (the first unknown id it
	 * sends). y-websocket clients also relay the states of others they received; such relays carry nothing
	 * new and are dropped. A state for another client that is newer than the server's is someone posing as
	 * another user: the socket is closed.
	 */
	awarenessUpdate(peer: Peer, update: Uint8Array): void {
		const accepted: AwarenessEntry[] = [];
		for (const entry of parseAwarenessUpdate(update)) {
			if (!peer.awarenessClients.has(entry.clientId)) {
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
						continue;
					} else {
						this.deps.log.warn(
							{ planId: this.planId, user: peer.identity.userId, clientId: entry.clientId },
							'awareness for another client'
						);
						peer.close(CLOSE.forgedAwareness, 'awareness for another client');
						return;
					}
				} else if (relay && this.awareness.states.has(entry.clientId)) {
					continue;
				} else if (peer.awarenessClients.size >= 1) {
					if (relay) continue;
					peer.close(CLOSE.forgedAwareness, 'a second client id on one connection');
					return;
				}
				peer.awarenessClients.add(entry.clientId);
				// a client back after its state was removed keeps its old clock: make its state count again
				if (known !== undefined && entry.clock <= known.clock) entry.clock = known.clock + 1;
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

	/** All presence states, for a peer that asks. */
	queryAwareness(peer: Peer): void {
		const states = [...this.awareness.getStates().keys()];
		peer.send(frameAwareness(encodeAwareness(this.awareness, states)));
	}

	/** Updates committed by another instance, numbered from `from`. */
	async remoteUpdates(from: number, updates: Uint8Array[]): Promise<void> {
		const to = from + updates.length - 1;
		if (to <= this.appliedSeq) return;
		if (from > this.appliedSeq + 1) {
			await this.catchUp(to);
			return;
		}
		for (const [i, update] of updates.entries()) {
			if (from + i <= this.appliedSeq) continue;
			this.applyCommitted(update);
		}
		this.appliedSeq = to;
	}

	/** Presence from another instance. */
	remoteAwareness(update: Uint8Array): void {
		applyAwarenessUpdate(this.awareness, update, 'remote');
	}

	/** Whether a change notice is about events this room appended itself (content edits: rights unchanged). */
	isOwnAppend(eventSeqs: [number, number]): boolean {
		return this.ownAppends.has(`${eventSeqs[0]}-${eventSeqs[1]}`);
	}

	private remember(eventSeqs: [number, number]): void {
		this.ownAppends.add(`${eventSeqs[0]}-${eventSeqs[1]}`);
		if (this.ownAppends.size > 256) {
			const oldest = this.ownAppends.values().next().value;
			if (oldest !== undefined) this.ownAppends.delete(oldest);
		}
	}

	/** The plan's lifecycle changed elsewhere (issued, amended, co-drafter invited): re-read its rights. */
	async refreshRights(): Promise<void> {
		const row = await this.deps.db
			.selectFrom('plans')
			.select(['status', 'owner_unit_id', 'co_drafter_unit_ids'])
			.where('id', '=', this.planId)
			.executeTakeFirst();
		if (row) this.rights = readRights(row);
	}

	/**
	 * The log announced updates of this plan up to `seq` (a change notice after commit). The fan-out normally
	 * brings them first, and a gap in it is noticed when the next message arrives; but a lost *last* message
	 * has no next one, and this instance's clients would miss it until someone edits again. So when the room
	 * still lacks announced updates `catchUpDelayMs` after a notice, it reads them from the log. The wait lets
	 * the fan-out message (and, for this room's own appends, the append's answer) arrive first: in the usual
	 * case nothing is read.
	 */
	announced(seq: number): void {
		if (seq > this.announcedSeq) this.announcedSeq = seq;
		if (this.closed || this.announceTimer || this.announcedSeq <= this.appliedSeq) return;
		this.announceTimer = setTimeout(() => {
			this.announceTimer = null;
			if (this.closed || this.announcedSeq <= this.appliedSeq) return;
			this.catchUp(this.announcedSeq).catch((error: unknown) =>
				this.deps.log.error({ planId: this.planId, err: error }, 'catch-up failed')
			);
		}, this.deps.catchUpDelayMs);
		this.announceTimer.unref();
	}

	/** Reads committed updates the document lacks (a gap seen in the fan-out, or appends by others). */
	async catchUp(toSeq?: number): Promise<void> {
		const missing = await this.deps.store.readPlanUpdates(this.planId, this.appliedSeq + 1, toSeq);
		// unloaded while reading: the documents are gone
		if (this.closed) return;
		for (const u of missing) {
			// a fan-out message may have applied some of them while the log was being read
			if (u.seq <= this.appliedSeq) continue;
			if (u.seq !== this.appliedSeq + 1) break;
			this.applyCommitted(u.update);
			this.appliedSeq = u.seq;
		}
	}

	private applyCommitted(update: Uint8Array): void {
		Y.applyUpdate(this.shadow, update, 'remote');
		Y.applyUpdate(this.doc, update, 'remote');
		this.snapshot = readPlanDocument(this.doc);
	}

	private resetShadow(): void {
		this.shadow.destroy();
		this.shadow = replica(this.doc);
	}

	private now(): number {
		return this.deps.now?.() ?? Date.now();
	}

	private enqueue(item: PendingUpdate): void {
		const immediate: QueuedEvent[] = [];
		for (const event of item.events) {
			if (TEXT_EVENTS.has(event.type)) {
				const key = textKey(event);
				const open = this.textBuffer.get(key);
				const lastEdit = ++this.textEdits;
				if (open) {
					(open.event.data as { to: string }).to = (event.data as { to: string }).to;
					open.event.at = event.at;
					open.last = item;
					open.lastEdit = lastEdit;
				} else {
					this.textBuffer.set(key, {
						event: structuredClone(event),
						firstAt: this.now(),
						lastEdit,
						last: item
					});
				}
			} else {
				// another change to the same task closes the typing windows on it first, so the log stays in order
				// (in the same transaction as the change: the flush is scheduled below)
				if (event.taskId !== null) this.closeTextWindows(false, event.taskId, false);
				immediate.push({ event: toEventInput(event), from: item });
			}
		}
		this.pending.push(item);
		this.pendingEvents.push(...immediate);
		this.scheduleFlush();
	}

	/** Moves typing whose window closed (all of it when `all`, or that of one task) into the write queue. */
	/**
	 * Each window's `to` is the whole text after its user's last edit. When two people type in one text, the
	 * window that opened first can have the older last edit; written in opening order, the read model would end
	 * on the older text. So a closing window takes the other windows on the same text with it, and they are
	 * written in the order of their last edits: the last event of a text always carries its newest state.
	 */
	private closeTextWindows(all: boolean, taskId?: string, flush = true): void {
		const now = this.now();
		const targets = new Set<string>();
		for (const entry of this.textBuffer.values()) {
			const due =
				all ||
				now - entry.firstAt >= this.deps.textWindowMs ||
				(taskId !== undefined && entry.event.taskId === taskId);
			if (due) targets.add(textTarget(entry.event));
		}
		if (targets.size === 0) return;
		const closing = [...this.textBuffer].filter(([, entry]) => targets.has(textTarget(entry.event)));
		closing.sort(([, a], [, b]) => a.lastEdit - b.lastEdit);
		let moved = false;
		for (const [key, entry] of closing) {
			this.textBuffer.delete(key);
			const data = entry.event.data as { from: string; to: string };
			if (data.from === data.to) continue;
			this.pendingEvents.push({ event: toEventInput(entry.event), from: entry.last });
			moved = true;
		}
		if (moved && flush) this.scheduleFlush();
	}

	private scheduleFlush(): void {
		if (this.flushing) {
			this.flushAgain = true;
			return;
		}
		this.flushing = this.flushLoop().finally(() => {
			this.flushing = null;
		});
	}

	/** Group commit: everything queued while the previous write ran goes in the next transaction. */
	private async flushLoop(): Promise<void> {
		do {
			this.flushAgain = false;
			while (this.pending.length > 0 || this.pendingEvents.length > 0) {
				const items = this.pending;
				const events = this.pendingEvents;
				this.pending = [];
				this.pendingEvents = [];
				// the same key on every retry of this batch: a retry after a commit whose answer was lost is a no-op
				const key = `${this.writerId}:${++this.batchCounter}`;
				// each event points at its update: in this batch by index, or one written before by seq
				const appendEvents: AppendEvent[] = events.map(({ event, from }) => {
					const index = items.indexOf(from);
					if (index >= 0) return { ...event, updateIndex: index };
					return from.seq !== null ? { ...event, updateSeq: from.seq } : event;
				});
				const snapshot = this.snapshotDue(items.length);
				for (;;) {
					try {
						const result = await this.deps.store.append({
							planId: this.planId,
							idempotencyKey: key,
							updates: items.map((i) => ({
								update: i.update,
								userId: i.userId,
								unitId: i.unitId,
								origin: i.origin
							})),
							events: appendEvents
						});
						this.failures = 0;
						if (result.eventSeqs) this.remember(result.eventSeqs);
						this.committed(items, result.updateSeqs, snapshot);
						break;
					} catch (error) {
						if (this.closed && this.failures > 3) throw error;
						this.failures++;
						this.deps.log.error(
							{ planId: this.planId, err: error, attempt: this.failures },
							'append failed; retrying'
						);
						await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 100 * 2 ** this.failures)));
					}
				}
			}
		} while (this.flushAgain);
	}

	/**
	 * The document's state when a batch is taken, if a snapshot is due. A snapshot must hold only what is in
	 * the log: the live document also holds accepted updates not written yet, and a crash before they are
	 * written would leave a snapshot with content the log lacks (and the next load would serve it). Right after
	 * the write queue is emptied into a batch, the document holds exactly the log up to `appliedSeq` plus that
	 * batch; once the batch is written right after `appliedSeq`, that state is the log up to its last seq.
	 */
	private snapshotDue(batchSize: number): PendingSnapshot | null {
		if (batchSize === 0 || this.sinceSnapshot + batchSize < this.deps.snapshotEvery) return null;
		return { afterSeq: this.appliedSeq, state: Y.encodeStateAsUpdate(this.doc) };
	}

	private committed(
		items: PendingUpdate[],
		seqs: [number, number] | null,
		snapshot: PendingSnapshot | null
	): void {
		if (!seqs) return;
		const [from] = seqs;
		items.forEach((item, i) => (item.seq = from + i));
		const gap = from > this.appliedSeq + 1;
		if (!gap) this.appliedSeq = Math.max(this.appliedSeq, seqs[1]);
		else
			void this.catchUp().catch((error: unknown) => this.deps.log.error({ err: error }, 'catch-up failed'));
		this.deps.publish({ kind: 'updates', planId: this.planId, from, updates: items.map((i) => i.update) });
		for (const item of items) {
			if (!item.peer || item.seq === null) continue;
			const meta = Y.parseUpdateMeta(item.update);
			item.peer.send(encodeSaved(item.seq, encodeClocks(meta.to)));
		}
		this.sinceSnapshot += items.length;
		// another writer's updates between (a gap) are not in the state taken: try again with the next batch
		if (snapshot && from === snapshot.afterSeq + 1) {
			this.sinceSnapshot = 0;
			this.deps.store
				.saveSnapshot(this.planId, seqs[1], snapshot.state)
				.catch((error: unknown) => this.deps.log.warn({ err: error }, 'snapshot failed'));
		}
	}

	/** Updates and events accepted but not yet written to the log. */
	get queued(): number {
		return this.pending.length + this.pendingEvents.length;
	}

	/** Writes everything queued, typing windows included (before unloading or shutting down). */
	async flush(): Promise<void> {
		this.closeTextWindows(true);
		while (this.flushing || this.pending.length > 0 || this.pendingEvents.length > 0) {
			if (!this.flushing) this.scheduleFlush();
			await this.flushing;
		}
	}

	/** Flushes, closes the peers with `code`, and frees the documents. */
	async close(code: number = CLOSE.goingAway): Promise<void> {
		this.closed = true;
		await this.flush();
		clearInterval(this.timer);
		if (this.announceTimer) clearTimeout(this.announceTimer);
		for (const peer of this.peers) peer.close(code, 'closing');
		this.peers.clear();
		this.awareness.destroy();
		this.shadow.destroy();
		this.doc.destroy();
	}
}

function replica(doc: Y.Doc): Y.Doc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}

/** A state vector in Yjs' encoding (count, then client/clock pairs). */
function encodeClocks(clocks: Map<number, number>): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, clocks.size);
	for (const [client, clock] of clocks) {
		encoding.writeVarUint(encoder, client);
		encoding.writeVarUint(encoder, clock);
	}
	return encoding.toUint8Array(encoder);
}

/** The plan's current content from the read model, as a document snapshot. */
async function initialSnapshot(db: Kysely<Schema>, planId: string): Promise<PlanDocumentSnapshot> {
	const found = await getPlanWithTasks(db, planId);
	if (!found) throw new Error(`plan ${planId} vanished while loading`);
	return planDocumentSnapshot(found);
}
