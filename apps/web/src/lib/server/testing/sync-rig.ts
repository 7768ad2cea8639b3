// A sync server over a prepared database on the loopback, with real y-websocket clients signed in through
// real sessions and tickets: what `bench:hostile` and the load integration test drive. Test code only.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSession, defaultAuthPolicy, type PreparedDatabase } from '@trienkhai/db';
import { taskContentText } from '@trienkhai/domain';
import {
	databaseAccessWatch,
	decodeSaved,
	defaultSyncConfig,
	issueTicket,
	MESSAGE,
	sessionTicketAuthenticator
} from '@trienkhai/sync';
import { startLoopbackServer } from '@trienkhai/sync/testing';
import { pino } from 'pino';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const SECRET = 'sync-rig';

export interface SyncRig {
	port: number;
	wsUrl: string;
	/** A fresh session of the demo user of `unitId`, with a ticket maker for `planId`. */
	session(unitId: string, planId: string): Promise<RigSession>;
	close(): Promise<void>;
}

export interface RigSession {
	token: string;
	userId: string;
	ticket: () => string;
}

export interface RigClient {
	doc: Y.Doc;
	provider: WebsocketProvider;
	closes: number[];
	/** True once the server said every update of this client up to `clock` is saved. */
	acked(clock: number): boolean;
}

/** Starts the sync endpoint and /healthz on a free loopback port. */
export async function startSyncRig(database: PreparedDatabase): Promise<SyncRig> {
	const server = await startLoopbackServer(database, {
		db: database.db,
		store: database.events,
		config: { ...defaultSyncConfig, idleUnloadMs: 60_000 },
		log: pino({ level: 'silent' }),
		authenticate: sessionTicketAuthenticator(SECRET, database),
		access: databaseAccessWatch(database)
	});
	return {
		port: server.port,
		wsUrl: server.url,
		session: (unitId, planId) => rigSession(database, unitId, planId),
		close: () => server.stop()
	};
}

async function rigSession(database: PreparedDatabase, unitId: string, planId: string): Promise<RigSession> {
	const u = await database.db
		.selectFrom('users')
		.innerJoin('units', 'units.id', 'users.unit_id')
		.select(['users.id', 'users.display_name', 'units.name as unit_name'])
		.where('users.unit_id', '=', unitId)
		.orderBy('users.id')
		.executeTakeFirstOrThrow();
	const { token } = await createSession(database.db, {
		userId: u.id,
		userAgent: 'sync-rig',
		now: new Date(),
		policy: defaultAuthPolicy
	});
	const sessionId = createHash('sha256').update(token).digest('hex');
	const claims = {
		userId: u.id,
		unitId,
		displayName: u.display_name,
		unitName: u.unit_name,
		sessionId,
		planId
	};
	return { token, userId: u.id, ticket: () => issueTicket(claims, SECRET) };
}

/** A y-websocket client that records the server's "saved" acknowledgements and its close codes. */
export function rigClient(rig: SyncRig, planId: string, ticket: () => string): RigClient {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(rig.wsUrl, planId, doc, {
		params: { ticket: ticket() },
		disableBc: true
	});
	let ackedClock = 0;
	const closes: number[] = [];
	provider.messageHandlers[MESSAGE.saved] = (_e, decoder) => {
		ackedClock = Math.max(ackedClock, decodeSaved(decoder.arr).stateVector.get(doc.clientID) ?? 0);
		decoder.pos = decoder.arr.length;
	};
	provider.on('connection-close', (event) => {
		if (event) closes.push(event.code);
		provider.params['ticket'] = ticket();
	});
	return { doc, provider, closes, acked: (clock) => ackedClock >= clock };
}

export async function until(check: () => boolean, ms = 10_000): Promise<void> {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('timed out');
		await sleep(10);
	}
}

/** Latencies recorded under the name of the phase that was current when each sample started. */
export class PhaseRecorder {
	phase = 'baseline';
	readonly samples: Record<string, number[]> = {};
	failures = 0;
	record(phase: string, ms: number): void {
		(this.samples[phase] ??= []).push(ms);
	}
}

/**
 * Until `stop()`: one character typed into the task, then wait for its "saved", every 50 ms; and a /healthz
 * request on a fresh connection (as a load balancer's probe) every 50 ms. Each latency goes to its recorder.
 */
export function keepEditingAndProbing(
	rig: SyncRig,
	editor: RigClient,
	taskId: string
): { acks: PhaseRecorder; healthz: PhaseRecorder; setPhase(name: string): void; stop(): Promise<void> } {
	const acks = new PhaseRecorder();
	const healthz = new PhaseRecorder();
	let running = true;
	const editing = (async () => {
		while (running) {
			const name = acks.phase;
			const sent = performance.now();
			taskContentText(editor.doc, taskId)!.insert(0, '.');
			const clock = Y.getState(editor.doc.store, editor.doc.clientID);
			await until(() => editor.acked(clock), 30_000);
			acks.record(name, performance.now() - sent);
			await sleep(50);
		}
	})();
	const probing = (async () => {
		while (running) {
			const name = healthz.phase;
			const sent = performance.now();
			const ok = await fetch(`http://127.0.0.1:${rig.port}/healthz`, {
				headers: { connection: 'close' }
			}).then(
				async (r) => (await r.arrayBuffer(), r.ok),
				() => false
			);
			if (ok) healthz.record(name, performance.now() - sent);
			else healthz.failures++;
			await sleep(50);
		}
	})();
	return {
		acks,
		healthz,
		setPhase: (name) => {
			acks.phase = name;
			healthz.phase = name;
		},
		stop: async () => {
			running = false;
			await Promise.all([editing, probing]);
		}
	};
}

/** The value at fraction `p` of the sorted samples (0 when there are none). */
export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}
