import type { EventStore } from '@trienkhai/db';
import type { Logger } from 'pino';
import { CLOSE } from './close-codes.ts';
import type { Fanout } from './fanout.ts';
import { PlanRoom, type RoomDeps } from './room.ts';

/**
 * The plans open on this instance: each loaded once however many connect at the same time, unloaded after
 * `idleUnloadMs` without a peer, forgotten at once when it fails (the next connection loads a fresh one
 * from the log). It routes what other instances publish and the log's change notices to the open rooms.
 */
export class RoomRegistry {
	private readonly rooms = new Map<string, Promise<PlanRoom | null>>();
	private readonly loaded = new Map<string, PlanRoom>();
	private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
	private readonly deps: RoomDeps;
	private readonly idleUnloadMs: number;
	private readonly log: Logger;
	private readonly unlisten: Promise<() => Promise<void>>;
	private closing = false;

	constructor(
		deps: Omit<RoomDeps, 'onFailed'>,
		options: { idleUnloadMs: number; fanout: Fanout | null; changes: EventStore }
	) {
		this.deps = { ...deps, onFailed: (room) => this.forget(room) };
		this.idleUnloadMs = options.idleUnloadMs;
		this.log = deps.log;
		options.fanout?.onMessage((message) => {
			const room = this.loaded.get(message.planId);
			if (!room) return;
			if (message.kind === 'awareness') room.remoteAwareness(message.update);
			else room.remoteUpdates(message.from, message.updates);
		});
		this.unlisten = this.listen(options.changes);
	}

	/** The plan's room, loading it if need be; null when the plan does not exist. */
	open(planId: string): Promise<PlanRoom | null> {
		let found = this.rooms.get(planId);
		if (!found) {
			found = PlanRoom.load(planId, this.deps).then(
				(room) => {
					if (room) this.loaded.set(planId, room);
					else this.rooms.delete(planId);
					return room;
				},
				(error: unknown) => {
					this.rooms.delete(planId);
					throw error;
				}
			);
			this.rooms.set(planId, found);
		}
		return found;
	}

	/** A peer is about to join: the room stays. */
	keep(room: PlanRoom): void {
		const timer = this.unloadTimers.get(room.planId);
		if (timer) clearTimeout(timer);
		this.unloadTimers.delete(room.planId);
	}

	/** A peer left (or never joined): unload the room once it has had no peer for `idleUnloadMs`. */
	release(room: PlanRoom): void {
		if (room.peerCount > 0 || this.unloadTimers.has(room.planId)) return;
		const timer = setTimeout(() => {
			this.unloadTimers.delete(room.planId);
			if (room.peerCount > 0 || this.closing) return;
			this.rooms.delete(room.planId);
			this.loaded.delete(room.planId);
			room
				.close()
				.catch((error: unknown) => this.log.error({ err: error, planId: room.planId }, 'unload failed'));
			this.log.debug({ planId: room.planId }, 'plan unloaded');
		}, this.idleUnloadMs);
		timer.unref();
		this.unloadTimers.set(room.planId, timer);
	}

	get size(): number {
		return this.loaded.size;
	}

	/** Updates accepted and not yet written, over every room. */
	get queued(): number {
		let sum = 0;
		for (const room of this.loaded.values()) sum += room.queued;
		return sum;
	}

	/** Flushes every room to the log and closes its peers (1001); stops listening. */
	async close(): Promise<void> {
		this.closing = true;
		for (const timer of this.unloadTimers.values()) clearTimeout(timer);
		this.unloadTimers.clear();
		await Promise.allSettled([...this.loaded.values()].map((room) => room.close(CLOSE.goingAway)));
		// a database already gone (its health probe says so) must not keep the sockets open
		await this.unlisten
			.then((stop) => stop())
			.catch((error: unknown) => this.log.warn({ err: error }, 'stopping the change listener failed'));
	}

	private forget(room: PlanRoom): void {
		this.keep(room);
		if (this.loaded.get(room.planId) === room) {
			this.loaded.delete(room.planId);
			this.rooms.delete(room.planId);
		}
	}

	/**
	 * The log's change notices. Lifecycle events (issue, amendment, co-drafter) change what edits are allowed:
	 * re-read the plan. Updates announced but not received through the fan-out (a lost last message) are read
	 * from the log. No notice (the listener reconnected, notices may be lost): both, for every plan.
	 */
	private listen(store: EventStore): Promise<() => Promise<void>> {
		return store.onChange((notice) => {
			if (!notice) {
				for (const room of this.loaded.values()) {
					room.refreshRights();
					room.startCatchUp();
				}
				return;
			}
			const room = this.loaded.get(notice.planId);
			if (!room) return;
			if (notice.updateSeqs) room.announced(notice.updateSeqs[1]);
			// our own content edits cannot change rights; lifecycle commands come from the web app
			if (notice.eventSeqs && !room.isOwnAppend(notice.eventSeqs)) room.refreshRights();
		});
	}
}
