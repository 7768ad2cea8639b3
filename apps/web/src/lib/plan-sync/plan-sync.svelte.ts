import { planDocumentRoots, readPlanDocument, type PlanDocumentSnapshot } from '@trienkhai/domain';
import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { closeNotice } from './close-notice.ts';
import { PendingChanges } from './pending-changes.ts';
import { m } from '#lib/paraglide/messages.js';
import {
	forgetLocalTexts,
	keepLocalTexts,
	readLocalTexts,
	unappliedTexts,
	type UnappliedText
} from './unapplied.ts';

/** The "saved" message of the sync server (apps/sync/src/protocol.ts): [100][seq][state vector]. */
const MESSAGE_SAVED = 100;
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
/** The sync server's close codes this client acts on (apps/sync/src/close-codes.ts). */
const CLOSE_PLAN_NOT_FOUND = 4404;
/** The session ended (signed out, expired, account locked or password changed) or the account's unit or role changed. */
const CLOSE_UNAUTHORIZED = 4401;
/** An update of ours was refused and never applied: drop the local copy and load the server's. */
const CLOSE_REFUSED = 4409;
/** The shortest interval between two caret (presence) messages of this editor. */
const CURSOR_EVERY_MS = 100;

/** Where the reason of a refusal waits across the reload that follows it. */
const noticeKey = (planId: string) => `trienkhai:sync-refused:${planId}`;

/** What the editor shows about saving: Đã lưu / Đang lưu… / Mất kết nối. */
export type SaveState = 'connecting' | 'saved' | 'saving' | 'offline';

/** Another person on the plan now, and where. */
export interface Presence {
	clientId: number;
	userId: string;
	name: string;
	unitName: string;
	taskId: string | null;
	field: string | null;
	/** Where their caret is in the text they edit: `text` names it ('purpose', or a task id), `anchor` is a Y.RelativePosition as JSON. */
	cursor: { text: string; anchor: unknown } | null;
}

interface Ticket {
	ticket: string;
	url: string;
}

function readStateVector(bytes: Uint8Array): Map<number, number> {
	const decoder = decoding.createDecoder(bytes);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a value passed along, never rendered
	const clocks = new Map<number, number>();
	const count = decoding.readVarUint(decoder);
	for (let i = 0; i < count; i++) clocks.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
	return clocks;
}

/**
 * One plan's live document in the browser: the Y.Doc kept in IndexedDB (edits made offline survive a reload
 * and sync when the connection returns), the unmodified y-websocket provider with a fresh ticket on every
 * (re)connect, presence, and the saved state: an edit is saved once the server's acknowledgement (or the state
 * it sent us) covers the local clocks.
 */
export class PlanSync {
	readonly doc = new Y.Doc();
	snapshot = $state<PlanDocumentSnapshot | null>(null);
	/** The document holds the plan: synced with the server once, or restored from local storage. */
	ready = $state(false);
	saveState = $state<SaveState>('connecting');
	/** Local edits the server has not confirmed as stored. */
	pending = $state(0);
	presence = $state<Presence[]>([]);
	/** The last refusal from the server, in Vietnamese. */
	denial = $state<string | null>(null);
	/** A close that reconnecting will not fix (e.g. signed out). */
	fatal = $state<string | null>(null);
	/**
	 * The session ended or the account's access changed while the plan was open: nothing more is sent, the
	 * editor turns read-only and keeps showing what was typed (see endAccess).
	 */
	accessEnded = $state(false);
	/** Texts typed here that the server refused: kept across the reload to be copied (see unapplied.ts). */
	unapplied = $state<UnappliedText[]>([]);

	private readonly planId: string;
	private provider: WebsocketProvider | null = null;
	private persistence: IndexeddbPersistence | null = null;
	/** Clocks the server holds for each client id (from its sync messages and acknowledgements). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping; `pending` is the rendered result
	private readonly serverClocks = new Map<number, number>();
	/** This tab's unconfirmed edits, as changes (bursts), not keystrokes. */
	private readonly changes = new PendingChanges();
	private destroyed = false;
	private cursorTimer: ReturnType<typeof setTimeout> | null = null;
	private nextCursor: { text: string; anchor: unknown } | null = null;
	private sentCursor: { text: string; anchor: unknown } | null = null;
	private readonly cleanups: Array<() => void> = [];
	private online = false;

	constructor(planId: string) {
		this.planId = planId;
		this.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === this.provider) this.merge(Y.parseUpdateMeta(update).to);
			else if (origin !== this.persistence)
				this.changes.record(Y.getState(this.doc.store, this.doc.clientID), Date.now());
			this.refresh();
		});
	}

	/** Opens local storage and the connection. */
	async start(): Promise<void> {
		const notice = sessionStorage.getItem(noticeKey(this.planId));
		if (notice !== null) {
			sessionStorage.removeItem(noticeKey(this.planId));
			this.denial = `${notice} ${m.sync_reloaded()}`;
		}
		const keptTexts = readLocalTexts(sessionStorage, this.planId);
		if (typeof indexedDB !== 'undefined') {
			this.persistence = new IndexeddbPersistence(`trienkhai:${this.planId}`, this.doc);
			await this.persistence.whenSynced;
			if (planDocumentRoots(this.doc).plan.size > 0) this.ready = true;
			this.refresh();
		}
		const first = await this.ticket();
		if (this.destroyed || !first) return;
		const provider = new WebsocketProvider(first.url, this.planId, this.doc, {
			params: { ticket: first.ticket },
			disableBc: true,
			maxBackoffTime: 5000
		});
		this.provider = provider;
		const syncHandler = provider.messageHandlers[MESSAGE_SYNC]!;
		provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
			// peek at the server's state vector (sync step 1): what it already has is saved
			const peek = decoding.clone(decoder);
			if (decoding.readVarUint(peek) === 0) this.merge(readStateVector(decoding.readVarUint8Array(peek)));
			syncHandler(encoder, decoder, p, emitSynced, type);
			this.refresh();
		};
		provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
			decoding.readVarUint(decoder);
			this.merge(readStateVector(decoding.readVarUint8Array(decoder)));
			this.refresh();
		};
		provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
			authProtocol.readAuthMessage(decoder, this.doc, (_doc, reason) => {
				try {
					this.denial = (JSON.parse(reason) as { message: string }).message;
				} catch {
					this.denial = reason;
				}
			});
		};
		provider.on('sync', (isSynced: boolean) => {
			if (isSynced) this.ready = true;
			if (isSynced && keptTexts && this.unapplied.length === 0) {
				this.unapplied = unappliedTexts(keptTexts, readPlanDocument(this.doc));
				if (this.unapplied.length === 0) forgetLocalTexts(sessionStorage, this.planId);
			}
			this.refresh();
		});
		provider.on('status', ({ status }) => {
			this.online = status === 'connected';
			this.refresh();
		});
		provider.on('connection-close', (event) => {
			this.online = false;
			this.refresh();
			if (event?.code === CLOSE_PLAN_NOT_FOUND) this.fatal = m.sync_plan_missing();
			if (event?.code === CLOSE_REFUSED) return void this.reloadFromServer();
			if (event?.code === CLOSE_UNAUTHORIZED) return this.endAccess();
			const notice = closeNotice(event?.code);
			if (notice?.kind === 'stop') return void (this.fatal = notice.message);
			// tickets live a minute: fetch a new one before the provider tries again
			void this.ticket().then((next) => {
				if (next) provider.params = { ticket: next.ticket };
			});
			// presence over its limit: the provider stops on 44xx; come back once the limit's window has passed
			if (notice?.kind === 'retry')
				setTimeout(() => {
					if (!this.destroyed) provider.connect();
				}, notice.afterMs);
		});
		provider.awareness.on('change', () => this.readPresence());
		// the browser knows first when the network goes: stop and show it, and reconnect when it is back
		const offline = () => provider.disconnect();
		const online = () => provider.connect();
		window.addEventListener('offline', offline);
		window.addEventListener('online', online);
		this.cleanups.push(() => {
			window.removeEventListener('offline', offline);
			window.removeEventListener('online', online);
		});
		// a state at clock 0 is ignored by peers (y-protocols): announce ourselves with a first real state
		provider.awareness.setLocalStateField('at', { taskId: null, field: null });
	}

	/**
	 * Publishes this user's caret in a text (a Y.RelativePosition as JSON), or clears it. At most one caret
	 * message per CURSOR_EVERY_MS (the latest wins): fast typing, or the caret following others' typing, would
	 * otherwise send one presence message per keystroke, past the server's presence rate limit (4429).
	 */
	cursor(text: string | null, anchor: unknown = null): void {
		this.nextCursor = text === null ? null : { text, anchor };
		if (this.cursorTimer !== null) return;
		this.sendCursor();
		this.cursorTimer = setTimeout(() => {
			this.cursorTimer = null;
			if (this.nextCursor !== this.sentCursor) this.sendCursor();
		}, CURSOR_EVERY_MS);
	}

	private sendCursor(): void {
		this.sentCursor = this.nextCursor;
		this.provider?.awareness.setLocalStateField('cursor', this.nextCursor);
	}

	/** The user has seen the texts the server did not apply: stop showing them. */
	dismissUnapplied(): void {
		this.unapplied = [];
		forgetLocalTexts(sessionStorage, this.planId);
	}

	/** Tells the others which task (and field) this user is on. */
	focus(taskId: string | null, field: string | null = null): void {
		this.provider?.awareness.setLocalStateField('at', { taskId, field });
	}

	/** Stops syncing and releases the document (local storage keeps it). */
	destroy(): void {
		this.destroyed = true;
		if (this.cursorTimer !== null) clearTimeout(this.cursorTimer);
		for (const cleanup of this.cleanups) cleanup();
		this.provider?.destroy();
		void this.persistence?.destroy();
		this.doc.destroy();
	}

	/**
	 * The server refused an update of ours (rights, or the plan was issued meanwhile) and applied none of it;
	 * our copy still holds it, so it is dropped, local storage included, and the page loads the server's state.
	 * The reason (sent just before the close) is shown again after the reload.
	 */
	private async reloadFromServer(): Promise<void> {
		if (this.destroyed) return;
		sessionStorage.setItem(noticeKey(this.planId), this.denial ?? m.sync_refused());
		keepLocalTexts(sessionStorage, this.planId, readPlanDocument(this.doc));
		this.destroyed = true;
		this.provider?.destroy();
		const cleared = this.persistence?.clearData() ?? Promise.resolve();
		// another tab holding the database open would block its deletion: do not wait for ever
		await Promise.race([cleared, new Promise((resolve) => setTimeout(resolve, 3000))]);
		location.reload();
	}

	/**
	 * The server closed the socket with 4401, or refused a ticket: this identity may no longer write. The
	 * provider stops for good (a reconnection would act for the old session or unit), the page stays as it is
	 * so unsaved text remains visible, and that text is kept for this tab: after signing in again it is sent if
	 * the user still may, and otherwise shown as not applied (see unapplied.ts), never silently lost.
	 */
	private endAccess(): void {
		if (this.destroyed || this.accessEnded) return;
		this.accessEnded = true;
		this.online = false;
		const provider = this.provider;
		if (provider) {
			provider.shouldConnect = false;
			// after the close handlers have run: disconnecting inside one would close the same socket again
			setTimeout(() => provider.disconnect(), 0);
		}
		if (this.pending > 0) keepLocalTexts(sessionStorage, this.planId, readPlanDocument(this.doc));
		this.refresh();
	}

	private async ticket(): Promise<Ticket | null> {
		const response = await fetch(`/api/sync-ticket?plan=${encodeURIComponent(this.planId)}`, {
			credentials: 'same-origin'
		}).catch(() => null);
		if (!response) return null;
		if (response.status === 401) {
			this.endAccess();
			return null;
		}
		if (!response.ok) return null;
		const body = (await response.json()) as Ticket;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local value, never rendered
		const url = new URL(body.url, location.href);
		url.protocol = url.protocol === 'https:' ? 'wss:' : url.protocol === 'http:' ? 'ws:' : url.protocol;
		// the ticket names the room's URL; the provider wants the server's and appends the room itself
		const room = `/${encodeURIComponent(this.planId)}`;
		if (url.pathname.endsWith(room)) url.pathname = url.pathname.slice(0, -room.length);
		return { ticket: body.ticket, url: url.toString().replace(/\/$/, '') };
	}

	private merge(clocks: Map<number, number>): void {
		for (const [client, clock] of clocks) {
			if ((this.serverClocks.get(client) ?? 0) < clock) this.serverClocks.set(client, clock);
		}
	}

	private refresh(): void {
		if (this.destroyed) return;
		this.snapshot = readPlanDocument(this.doc);
		// this tab's changes, and one per earlier session whose edits (kept offline) the server lacks
		let pending = this.changes.count(this.serverClocks.get(this.doc.clientID) ?? 0);
		for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) {
			if (client !== this.doc.clientID && clock > (this.serverClocks.get(client) ?? 0)) pending += 1;
		}
		this.pending = pending;
		this.saveState = !this.online
			? this.provider
				? 'offline'
				: 'connecting'
			: pending > 0 || !this.provider?.synced
				? 'saving'
				: 'saved';
	}

	private readPresence(): void {
		const provider = this.provider;
		if (!provider) return;
		const list: Presence[] = [];
		for (const [clientId, state] of provider.awareness.getStates()) {
			if (clientId === this.doc.clientID) continue;
			const user = state['user'] as { id?: string; name?: string; unitName?: string } | undefined;
			if (!user?.id) continue;
			const at = state['at'] as { taskId?: string | null; field?: string | null } | undefined;
			list.push({
				clientId,
				userId: user.id,
				name: user.name ?? user.id,
				unitName: user.unitName ?? '',
				taskId: at?.taskId ?? null,
				field: at?.field ?? null,
				cursor: (state['cursor'] as Presence['cursor'] | undefined) ?? null
			});
		}
		this.presence = list;
	}
}
