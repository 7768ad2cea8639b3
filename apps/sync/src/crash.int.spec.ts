import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEventStore, openDatabase, type DatabaseConfig, type EventStore } from '@trienkhai/db';
import {
	createTestDatabase,
	openDemoDatabase,
	testDatabaseKinds,
	type TestDatabase
} from '@trienkhai/db/testing';
import { readPlanDocument, taskContentText } from '@trienkhai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	connectClient,
	createDraftPlan,
	ownClock,
	signedIn,
	synced,
	until,
	type Client
} from './testing/harness.ts';
import { freePort, standaloneEnv, startStandalone, stopStandalone } from './testing/standalone-server.ts';

const TRIALS = 20;

/** A token typed into a task, and the typist's clock once it was in the document. */
interface Typed {
	client: Client;
	taskId: string;
	token: string;
	clock: number;
}

function acknowledged(typed: Typed[]): Typed[] {
	return typed.filter(({ client, clock }) => {
		const own = client.doc.clientID;
		return client.saved.some((s) => (s.stateVector.get(own) ?? 0) >= clock);
	});
}

// kill -9 of the sync server while two people type: whatever was acknowledged "saved" is in the log's
// document, in the events and in the task read model, with nothing resent by the clients (they are gone).
describe.each(testDatabaseKinds())('kill -9 during typing on %s', (kind) => {
	let testDb: TestDatabase;
	let config: DatabaseConfig;
	let dataDir: string | null = null;
	// the standalone server takes single-use tickets of live sessions only: one session per typist
	const sessions = { owner: '', khcn: '', reader: '' };

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		config = testDb.config;
		if (config.kind === 'pglite') {
			// on disk, so that another process can open it
			dataDir = mkdtempSync(path.join(tmpdir(), 'trienkhai-crash-'));
			config = { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') };
		}
		const { database, store } = await openDemoDatabase(config);
		for (let trial = 0; trial < TRIALS; trial++) await createDraftPlan(store, `plan-crash-${kind}-${trial}`);
		sessions.owner = (await signedIn(database, 'ubnd-quang-binh')).sessionId;
		sessions.khcn = (await signedIn(database, 'qb-so-khcn')).sessionId;
		sessions.reader = (await signedIn(database, 'qb-so-tai-chinh')).sessionId;
		await database.close();
	}, 120_000);
	afterAll(async () => {
		await testDb?.dispose();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	it(`${TRIALS} trials: every acknowledged character is in the document, the events and the read model`, async () => {
		const port = await freePort();
		const env = standaloneEnv(config, port);
		const url = `ws://127.0.0.1:${port}/sync`;
		const typedByTrial: Typed[][] = [];
		for (let trial = 0; trial < TRIALS; trial++) {
			const planId = `plan-crash-${kind}-${trial}`;
			const child = await startStandalone(env, port);
			const owner = connectClient(url, planId, 'ubnd-quang-binh', { sessionId: sessions.owner });
			const khcn = connectClient(url, planId, 'qb-so-khcn', { sessionId: sessions.khcn });
			try {
				await Promise.all([synced(owner), synced(khcn)]);
				const typed: Typed[] = [];
				let stop = false;
				const type = async (client: Client, taskId: string, prefix: string) => {
					for (let n = 0; !stop; n++) {
						const token = `${prefix}${n};`;
						const text = taskContentText(client.doc, taskId)!;
						text.insert(text.length, token);
						typed.push({ client, taskId, token, clock: ownClock(client.doc) });
						await sleep(3 + (n % 5));
					}
				};
				const typing = Promise.all([type(owner, `${planId}/t2`, 'o'), type(khcn, `${planId}/t1`, 'k')]);
				await until(() => owner.saved.length > 3 + (trial % 7) && khcn.saved.length > 3, 'typing saved');
				await stopStandalone(child, 'SIGKILL');
				const acked = acknowledged(typed);
				stop = true;
				await typing;
				typedByTrial.push(acked);
				expect(acked.length).toBeGreaterThan(6);
			} finally {
				owner.destroy();
				khcn.destroy();
			}
		}

		// restart: the log as stored, read back, and a server serving it
		const database = await openDatabase(config);
		const store = createEventStore(database);
		try {
			for (const [trial, acked] of typedByTrial.entries()) {
				const planId = `plan-crash-${kind}-${trial}`;
				const doc = await storedDocument(store, planId);
				const events = await store.readPlanEvents(planId);
				for (const taskId of [`${planId}/t1`, `${planId}/t2`]) {
					const inDoc = readPlanDocument(doc).tasks.find((t) => t.id === taskId)!.content;
					const edits = events.filter((e) => e.type === 'TaskTextEdited' && e.taskId === taskId);
					const inEvents = (edits.at(-1)?.data as { to: string } | undefined)?.to ?? '';
					const row = await database.db
						.selectFrom('tasks')
						.select('content')
						.where('id', '=', taskId)
						.executeTakeFirstOrThrow();
					const missing = acked
						.filter((t) => t.taskId === taskId)
						.filter(
							(t) => !inDoc.includes(t.token) || !inEvents.includes(t.token) || !row.content.includes(t.token)
						)
						.map((t) => t.token);
					expect({ trial, taskId, missing }).toEqual({ trial, taskId, missing: [] });
					// the events end on the document's text, and so does the read model
					expect({ trial, inEvents, row: row.content }).toEqual({ trial, inEvents: inDoc, row: inDoc });
				}
			}
		} finally {
			await database.close();
		}
		const child = await startStandalone(env, port);
		try {
			const planId = `plan-crash-${kind}-${TRIALS - 1}`;
			const reader = connectClient(url, planId, 'qb-so-tai-chinh', { sessionId: sessions.reader });
			await synced(reader);
			const served = readPlanDocument(reader.doc).tasks.find((t) => t.id === `${planId}/t2`)!.content;
			for (const t of typedByTrial.at(-1)!.filter((t) => t.taskId === `${planId}/t2`)) {
				expect(served).toContain(t.token);
			}
			reader.destroy();
		} finally {
			await stopStandalone(child, 'SIGTERM');
		}
	}, 900_000);
});

async function storedDocument(store: EventStore, planId: string): Promise<Y.Doc> {
	const doc = new Y.Doc();
	for (const u of await store.readPlanUpdates(planId)) Y.applyUpdate(doc, u.update);
	return doc;
}
