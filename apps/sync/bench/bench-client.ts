// One simulated editor of the sync benchmark: the unmodified y-websocket provider, which notes when a peer's
// edit arrives and when the server acknowledges its own edits as saved (our server's message 100).
import { planDocumentRoots, setTaskField, taskContentText } from '@trienkhai/domain';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { decodeSaved, MESSAGE } from '../src/protocol.ts';
import { issueTicket } from '../src/ticket.ts';
import { benchUserId, OWNER, OWNER_NAME, type BenchPlan } from './fixtures.ts';

const MARK_OPEN = '⟨';
const MARK_CLOSE = '⟩';

/** An own edit waiting for its "saved": the client's clock once made, when, and whether it is measured. */
interface Unsaved {
	clock: number;
	sentAt: number;
	measured: boolean;
}

export interface BenchClient {
	index: number;
	plan: BenchPlan;
	taskId: string;
	doc: Y.Doc;
	provider: WebsocketProvider;
	edits: number;
	denials: number;
	closes: number;
	/** own edits not acknowledged as saved yet, oldest first (our server only) */
	unsaved: Unsaved[];
}

/** Where a client reports what it observes. */
export interface ClientHooks {
	/** a peer's edit `id` arrived at `now` */
	arrive(id: string, now: number): void;
	/** a measured own edit was acknowledged as saved `ms` after it was made */
	saved(ms: number): void;
	/** the connection closed */
	closed(): void;
}

/** Where and as whom a client connects. */
export interface ClientTarget {
	url: string;
	secret: string;
	/** the user's live session: a fresh single-use ticket of it is taken for every (re)connect */
	sessionId: string | undefined;
}

function ticket(target: ClientTarget, plan: BenchPlan, index: number): string {
	const userId = benchUserId(index);
	return issueTicket(
		{
			userId,
			unitId: OWNER,
			displayName: `Bench ${index}`,
			unitName: OWNER_NAME,
			planId: plan.planId,
			...(target.sessionId ? { sessionId: target.sessionId } : {})
		},
		target.secret,
		60 * 60_000
	);
}

/** Connects client `index` editing `taskId` of `plan`. */
export function connectClient(
	target: ClientTarget,
	plan: BenchPlan,
	index: number,
	taskId: string,
	hooks: ClientHooks
): BenchClient {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(target.url, plan.planId, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		params: { ticket: ticket(target, plan, index) },
		disableBc: true,
		maxBackoffTime: 1000
	});
	const client: BenchClient = {
		index,
		plan,
		taskId,
		doc,
		provider,
		edits: 0,
		denials: 0,
		closes: 0,
		unsaved: []
	};
	provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => {
		const saved = decodeSaved(decoder.arr).stateVector.get(doc.clientID) ?? 0;
		decoder.pos = decoder.arr.length;
		const now = performance.now();
		while (client.unsaved.length > 0 && client.unsaved[0]!.clock <= saved) {
			const edit = client.unsaved.shift()!;
			if (edit.measured) hooks.saved(now - edit.sentAt);
		}
	};
	provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => {
		client.denials++;
		decoder.pos = decoder.arr.length;
	};
	provider.on('connection-close', () => {
		client.closes++;
		hooks.closed();
		// a ticket opens one socket once: like the browser, take a fresh one before reconnecting
		provider.params['ticket'] = ticket(target, plan, index);
	});
	observePeers(doc, hooks);
	return client;
}

/** Reports each peer edit when it arrives: a task's `output` field, or the marker at the end of its text. */
function observePeers(doc: Y.Doc, hooks: ClientHooks): void {
	const seenOutput = new Map<string, string>();
	const seenMarker = new Map<string, string>();
	const tasks = planDocumentRoots(doc).tasks;
	tasks.observeDeep((events, transaction) => {
		if (transaction.local) return;
		const now = performance.now();
		const touched = new Set<string>();
		for (const event of events) {
			const key = event.path[0];
			if (typeof key === 'string') touched.add(key);
		}
		for (const id of touched) {
			const task = tasks.get(id);
			if (!(task instanceof Y.Map)) continue;
			const output: unknown = task.get('output');
			if (typeof output === 'string' && output !== seenOutput.get(id)) {
				seenOutput.set(id, output);
				hooks.arrive(output, now);
			}
			const content: unknown = task.get('content');
			if (content instanceof Y.Text) {
				const text = content.toJSON();
				const open = text.lastIndexOf(MARK_OPEN);
				if (open >= 0) {
					const marker = text.slice(open + 1, text.length - 1);
					if (marker !== seenMarker.get(id)) {
						seenMarker.set(id, marker);
						hooks.arrive(marker, now);
					}
				}
			}
		}
	});
}

/**
 * Makes the client's next edit, named `id`: in turn replaces the ⟨marker⟩ at the end of its task text or
 * sets its task's output. `track`: our server acknowledges edits, so the edit waits for its "saved".
 */
export function edit(client: BenchClient, id: string, measured: boolean, track: boolean): void {
	client.edits++;
	if (client.edits % 2 === 0) setTaskField(client.doc, client.taskId, 'output', id);
	else {
		const text = taskContentText(client.doc, client.taskId);
		if (!text) throw new Error(`task ${client.taskId} is missing`);
		client.doc.transact(() => {
			const now = text.toJSON();
			const open = now.lastIndexOf(MARK_OPEN);
			if (open >= 0) text.delete(open, now.length - open);
			text.insert(text.length, `${MARK_OPEN}${id}${MARK_CLOSE}`);
		});
	}
	if (track) {
		const clock = Y.getState(client.doc.store, client.doc.clientID);
		client.unsaved.push({ clock, sentAt: performance.now(), measured });
	}
}

/** Whether every client holds its plan's tasks, synced with the server. */
export function allSynced(list: BenchClient[]): boolean {
	return list.every(
		(c) => c.provider.synced && planDocumentRoots(c.doc).tasks.size === c.plan.snapshot.tasks.length
	);
}

export function destroyClient(client: BenchClient): void {
	client.provider.destroy();
	client.doc.destroy();
}
