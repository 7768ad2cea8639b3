import type { Database, EventStore } from '@trienkhai/db';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@trienkhai/db/testing';
import { readPlanDocument, taskContentText } from '@trienkhai/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	connectClient,
	createDraftPlan,
	openTestDatabase,
	startServer,
	synced,
	until,
	type RunningServer
} from './testing/harness.ts';

// Typing is logged with the updates it came from, in the same batch: what one user typed in one text while
// the previous batch was being written is one TaskTextEdited (coalesceTextEdits). When two people type in
// the same text, the events follow the order of the edits and the read model ends on the newest text.
describe.each(testDatabaseKinds())('coalesced typing of two people in one text on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;
	let store: EventStore;
	let server: RunningServer;

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		({ database, store } = await openTestDatabase(testDb.config));
		// a window long enough that both users' typing falls in windows open at once
		server = await startServer(database, store, { textWindowMs: 600 });
	});
	afterAll(async () => {
		await server?.stop();
		await database?.close();
		await testDb?.dispose();
	});

	it('logs each edit in order and ends the task text in the read model on what both typed', async () => {
		const planId = `plan-typing-${kind}`;
		await createDraftPlan(store, planId);
		const owner = connectClient(server.url, planId, 'ubnd-quang-binh');
		const khcn = connectClient(server.url, planId, 'qb-so-khcn');
		try {
			await Promise.all([synced(owner), synced(khcn)]);
			const taskId = `${planId}/t1`;
			const text = (client: typeof owner) => readPlanDocument(client.doc).tasks[0]!.content;
			// the owner opens its window first, Sở KH&CN types after it, and the owner types last
			taskContentText(owner.doc, taskId)!.insert(0, 'Dự thảo: ');
			await until(() => text(khcn).startsWith('Dự thảo: '), 'the owner’s typing reaches Sở KH&CN');
			await sleep(100);
			const khcnText = taskContentText(khcn.doc, taskId)!;
			khcnText.insert(khcnText.length, ' năm 2025');
			await until(() => text(owner).endsWith(' năm 2025'), 'Sở KH&CN’s typing reaches the owner');
			await sleep(100);
			taskContentText(owner.doc, taskId)!.insert(0, 'Sở KH&CN: ');
			const final = 'Sở KH&CN: Dự thảo: Xây dựng đề án chuyển đổi số năm 2025';
			await until(() => text(owner) === final && text(khcn) === final, 'convergence');

			const readModel = async () =>
				(
					await database.db
						.selectFrom('tasks')
						.select('content')
						.where('id', '=', taskId)
						.executeTakeFirstOrThrow()
				).content;
			// acknowledged means logged: the events are there as soon as the owner's last edit is saved
			await until(() => owner.saved.length === 2, 'the owner’s edits saved');
			expect(await readModel()).toBe(final);
			const edits = (await store.readPlanEvents(planId)).filter((e) => e.type === 'TaskTextEdited');
			expect(edits.map((e) => [e.userId, (e.data as { to: string }).to])).toEqual([
				['u-ubnd-quang-binh', 'Dự thảo: Xây dựng đề án chuyển đổi số'],
				['u-qb-so-khcn', 'Dự thảo: Xây dựng đề án chuyển đổi số năm 2025'],
				['u-ubnd-quang-binh', final]
			]);
		} finally {
			owner.destroy();
			khcn.destroy();
		}
	});

	it('merges typing queued behind a write into one event and drops none of it', async () => {
		const planId = `plan-typing-batch-${kind}`;
		await createDraftPlan(store, planId);
		let gate: PromiseWithResolvers<void> | null = null;
		let held = 0;
		const gated: EventStore = {
			...store,
			append: async (batch) => {
				if (gate && batch.planId === planId && (batch.updates?.length ?? 0) > 0) {
					held++;
					await gate.promise;
				}
				return store.append(batch);
			}
		};
		const own = await startServer(database, gated, { textWindowMs: 60_000 });
		const owner = connectClient(own.url, planId, 'ubnd-quang-binh');
		try {
			await synced(owner);
			const taskId = `${planId}/t2`;
			const text = taskContentText(owner.doc, taskId)!;
			gate = Promise.withResolvers<void>();
			text.insert(0, 'A');
			await until(() => held === 1, 'the first write held');
			for (const c of 'BCDEFGHIJ') text.insert(text.length - 'Rà soát tổ chức bộ máy'.length, c);
			await sleep(200);
			const release = gate;
			gate = null;
			release.resolve();
			await until(() => owner.saved.length === 10, 'every keystroke saved');
			const edits = (await store.readPlanEvents(planId)).filter((e) => e.type === 'TaskTextEdited');
			expect(edits.map((e) => (e.data as { from: string; to: string }).to)).toEqual([
				'ARà soát tổ chức bộ máy',
				'ABCDEFGHIJRà soát tổ chức bộ máy'
			]);
			expect((edits[1]!.data as { from: string }).from).toBe('ARà soát tổ chức bộ máy');
			// the merged event points at the update of its last keystroke
			expect(edits[1]!.updateSeq).toBe((await store.head(planId)).updateSeq);
		} finally {
			owner.destroy();
			await own.stop();
		}
	});
});
