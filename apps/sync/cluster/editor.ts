// A typing editor for the fault suite: the unmodified y-websocket provider over TLS through nginx, which
// records the server's "saved" acknowledgements (message 100) to tell which of its edits were acknowledged.
// Like the browser, it takes a fresh ticket (single-use, bound to its live web session and the plan) for
// every connection and reconnection.
import { taskContentText } from '@trienkhai/domain';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { decodeSaved, MESSAGE } from '../src/protocol.ts';
import { issueTicket, type Identity } from '../src/ticket.ts';

/** Where an editor connects and as whom: `identity` carries the session its tickets are bound to. */
export interface EditorTarget {
	url: string;
	planId: string;
	identity: Identity & { sessionId: string };
	secret: string;
	/** the cluster's self-signed certificate */
	ca: string;
}

export interface Edit {
	token: string;
	/** the editor's Yjs clock once the edit was made: acknowledged when a saved message covers it */
	clock: number;
}

export class Editor {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	readonly edits: Edit[] = [];
	readonly name: string;
	ackedClock = 0;
	private timer: NodeJS.Timeout | null = null;

	constructor(name: string, target: EditorTarget) {
		this.name = name;
		const { url, planId, identity, secret, ca } = target;
		const ticket = () => issueTicket({ ...identity, planId }, secret, 60_000);
		class TlsWebSocket extends WebSocket {
			constructor(address: string, protocols?: string | string[]) {
				super(address, protocols, { ca });
			}
		}
		this.provider = new WebsocketProvider(url, planId, this.doc, {
			WebSocketPolyfill: TlsWebSocket as unknown as typeof globalThis.WebSocket,
			params: { ticket: ticket() },
			disableBc: true,
			maxBackoffTime: 500
		});
		this.provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => {
			const saved = decodeSaved(decoder.arr);
			decoder.pos = decoder.arr.length;
			this.ackedClock = Math.max(this.ackedClock, saved.stateVector.get(this.doc.clientID) ?? 0);
		};
		// a ticket opens one socket once: take a fresh one before the provider reconnects
		this.provider.on('connection-close', () => {
			this.provider.params['ticket'] = ticket();
		});
	}

	get synced(): boolean {
		return this.provider.synced;
	}

	/** Types one token every `everyMs` into the task's text, online or not (offline edits are sent later). */
	startTyping(taskId: string, everyMs: number): void {
		let n = 0;
		this.timer = setInterval(() => {
			const text = taskContentText(this.doc, taskId);
			if (!text) return;
			const token = `‹${this.name}.${++n}›`;
			text.insert(text.length, token);
			this.edits.push({ token, clock: Y.getState(this.doc.store, this.doc.clientID) });
		}, everyMs);
	}

	stopTyping(): void {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
	}

	acknowledged(): Edit[] {
		return this.edits.filter((e) => e.clock <= this.ackedClock);
	}

	text(taskId: string): string {
		return taskContentText(this.doc, taskId)?.toJSON() ?? '';
	}

	destroy(): void {
		this.stopTyping();
		this.provider.destroy();
		this.doc.destroy();
	}
}
