import {
	onAccessRevoked,
	onInboxNotice,
	onMeetingNotice,
	type AccessNotice,
	type ChangeNotice,
	type InboxNotice,
	type MeetingEndedNotice,
	type MeetingNotice,
	type PreparedDatabase
} from '@trienkhai/db';

type Listener<T> = (value: T) => void;
type Subscribe<T> = (deliver: Listener<T>) => Promise<() => Promise<void>>;

/**
 * One channel's fan-out: a single database listener however many streams hear it (each PostgreSQL LISTEN
 * holds a connection), started with the first listener and stopped when the last one leaves.
 */
class Fanout<T> {
	private readonly listeners = new Set<Listener<T>>();
	private readonly subscribe: Subscribe<T>;
	private unlisten: Promise<() => Promise<void>> | null = null;

	constructor(subscribe: Subscribe<T>) {
		this.subscribe = subscribe;
	}

	add(listener: Listener<T>): () => void {
		this.listeners.add(listener);
		this.unlisten ??= this.subscribe((value) => {
			for (const l of this.listeners) l(value);
		});
		return () => {
			this.listeners.delete(listener);
			if (this.listeners.size === 0 && this.unlisten) {
				const unlisten = this.unlisten;
				this.unlisten = null;
				void unlisten.then((stop) => stop()).catch(() => {});
			}
		};
	}

	/** Resolves once the listener is really listening (on PostgreSQL, LISTEN takes a round trip or a connect). */
	async heard(): Promise<void> {
		await this.unlisten;
	}
}

/**
 * One process's fan-out of database notices to open streams: the log's change notices, the meetings' focus
 * moves, the notification lists' changes and lost access (sign-out, deactivation), each on one LISTEN.
 */
export class LiveHub {
	private readonly changes: Fanout<ChangeNotice | null>;
	private readonly meetings: Fanout<MeetingNotice | MeetingEndedNotice | null>;
	private readonly inbox: Fanout<InboxNotice | null>;
	private readonly access: Fanout<AccessNotice | null>;

	constructor(database: PreparedDatabase) {
		this.changes = new Fanout((deliver) => database.events.onChange(deliver));
		this.meetings = new Fanout((deliver) => onMeetingNotice(database, deliver));
		this.inbox = new Fanout((deliver) => onInboxNotice(database, deliver));
		this.access = new Fanout((deliver) => onAccessRevoked(database, deliver));
	}

	onChange(listener: Listener<ChangeNotice | null>): () => void {
		return this.changes.add(listener);
	}

	/**
	 * Resolves once the change listener is really listening: a stream that opened before that looks in the
	 * log for what it may have missed in between, so no change falls into the gap.
	 */
	changesHeard(): Promise<void> {
		return this.changes.heard();
	}

	onMeeting(listener: Listener<MeetingNotice | MeetingEndedNotice | null>): () => void {
		return this.meetings.add(listener);
	}

	meetingsHeard(): Promise<void> {
		return this.meetings.heard();
	}

	onInbox(listener: Listener<InboxNotice | null>): () => void {
		return this.inbox.add(listener);
	}

	inboxHeard(): Promise<void> {
		return this.inbox.heard();
	}

	onAccessLost(listener: Listener<AccessNotice | null>): () => void {
		return this.access.add(listener);
	}
}

// Keyed by the runtime's database object, which lives as long as the process; no other state.
const hubs = new WeakMap<PreparedDatabase, LiveHub>();

/** The process's hub for a database. */
export function hubOf(database: PreparedDatabase): LiveHub {
	let hub = hubs.get(database);
	if (!hub) {
		hub = new LiveHub(database);
		hubs.set(database, hub);
	}
	return hub;
}

/**
 * The request's signal, aborted too when the user loses access (signed out, deactivated, moved to another
 * unit: every session, or this one): an open live stream then ends, and the browser's reconnect is refused.
 */
export function untilAccessLost(
	database: PreparedDatabase,
	user: { id: string; sessionId?: string },
	signal: AbortSignal
): AbortSignal {
	const lost = new AbortController();
	const stop = hubOf(database).onAccessLost((notice) => {
		if (notice === null || notice.userId !== user.id) return;
		if (notice.sessionId === null || notice.sessionId === user.sessionId) lost.abort();
	});
	const combined = AbortSignal.any([signal, lost.signal]);
	if (combined.aborted) stop();
	else combined.addEventListener('abort', stop, { once: true });
	return combined;
}
