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

// Typing is logged coalesced per user per text (one TaskTextEdited per window). When two people type in the
// same text, the read model must end on the text's newest state, whichever window opened first.
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

	it('ends the task text in the read model on what both typed, not on the older window', async () => {
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
			await until(
				async () =>
					(await store.readPlanEvents(planId)).filter((e) => e.type === 'TaskTextEdited').length === 2,
				'both windows logged',
				5000
			);
			expect(await readModel()).toBe(final);
			const edits = (await store.readPlanEvents(planId)).filter((e) => e.type === 'TaskTextEdited');
			// in the order of their last edits: Sở KH&CN's window, then the owner's with the newest text
			expect(edits.map((e) => [e.userId, (e.data as { to: string }).to])).toEqual([
				['u-qb-so-khcn', 'Dự thảo: Xây dựng đề án chuyển đổi số năm 2025'],
				['u-ubnd-quang-binh', final]
			]);
		} finally {
			owner.destroy();
			khcn.destroy();
		}
	});
});
