import { executePlanCommand, type Database, type EventStore } from '@trienkhai/db';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@trienkhai/db/testing';
import { deleteTask, moveTask, readPlanDocument, taskContentText } from '@trienkhai/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from './close-codes.ts';
import { BUDGET_MESSAGE_VI } from './denial-messages.ts';
import {
	connectClient,
	createDraftPlan,
	openTestDatabase,
	startServer,
	synced,
	until,
	type Client,
	type RunningServer
} from './testing/harness.ts';

const CONTENT_EVENTS = new Set([
	'TaskTextEdited',
	'TaskFieldChanged',
	'TaskCreated',
	'TaskDeleted',
	'TaskMoved',
	'PlanSectionEdited',
	'TaskGroupCreated',
	'TaskGroupChanged',
	'TaskGroupMoved',
	'TaskGroupDeleted'
]);

/** Types `text` into a task's content one keystroke (one update) at a time, at its start or its end. */
async function typeInto(
	client: Client,
	taskId: string,
	text: string,
	pauseMs: number,
	at: 'start' | 'end' = 'end'
): Promise<void> {
	for (const [i, c] of [...text].entries()) {
		const ytext = taskContentText(client.doc, taskId);
		if (!ytext) return;
		ytext.insert(at === 'start' ? i : ytext.length, c);
		await sleep(pauseMs);
	}
}

describe.each(testDatabaseKinds())('refusals on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;
	let store: EventStore;
	let server: RunningServer;
	const clients: Client[] = [];
	let planNo = 0;

	const open = (url: string, planId: string, unitId: string) => {
		const client = connectClient(url, planId, unitId);
		clients.push(client);
		return client;
	};
	const newPlan = async (what: string) => {
		const planId = `plan-${what}-${kind}-${++planNo}`;
		await createDraftPlan(store, planId);
		return planId;
	};
	const taskRow = (taskId: string) =>
		database.db.selectFrom('tasks').select(['content']).where('id', '=', taskId).executeTakeFirst();

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		({ database, store } = await openTestDatabase(testDb.config));
		server = await startServer(database, store);
	});
	afterEach(() => {
		for (const client of clients.splice(0)) client.destroy();
	});
	afterAll(async () => {
		await server?.stop();
		await database?.close();
		await testDb?.dispose();
	});

	it('(a) 50 issue commands raced against typing: no client update and no edit event is stored after PlanIssued', async () => {
		let refusedTrials = 0;
		for (let trial = 0; trial < 50; trial++) {
			const planId = await newPlan('issue-race');
			const owner = open(server.url, planId, 'ubnd-quang-binh');
			const khcn = open(server.url, planId, 'qb-so-khcn');
			await Promise.all([synced(owner), synced(khcn)]);
			const typing = Promise.all([
				typeInto(owner, `${planId}/t2`, 'chủ trì gõ trong lúc ban hành', 2),
				typeInto(khcn, `${planId}/t1`, 'phối hợp gõ trong lúc ban hành', 3)
			]);
			await sleep((trial * 7) % 60);
			const issued = await executePlanCommand(store, {
				type: 'IssuePlan',
				planId,
				actor: { userId: 'u-ubnd-quang-binh', unitId: 'ubnd-quang-binh' },
				at: new Date().toISOString()
			});
			await typing;
			// whatever was typed is either written (before the issue) or refused (after): wait until it is decided
			await until(
				() => [owner, khcn].every((c) => c.closes.includes(CLOSE.refused) || c.pending() === 0),
				'the typing decided'
			);
			const headAtIssue = issued!.updateSeq;
			const issuedSeq = issued!.eventSeqs![0];
			const late = (await store.readPlanUpdates(planId, headAtIssue + 1)).filter((u) => u.origin === 'sync');
			expect({ trial, late: late.map((u) => u.seq) }).toEqual({ trial, late: [] });
			const after = (await store.readPlanEvents(planId, { fromSeq: issuedSeq + 1 })).filter((e) =>
				CONTENT_EVENTS.has(e.type)
			);
			expect({ trial, after: after.map((e) => e.type) }).toEqual({ trial, after: [] });
			const denied = (await store.readPlanEvents(planId)).filter((e) => e.type === 'PermissionDenied');
			if (denied.length > 0) refusedTrials++;
			for (const client of clients.splice(0)) client.destroy();
		}
		// the race was real: typing was refused after issuing in some trials
		expect(refusedTrials).toBeGreaterThan(0);
	});

	it.for(['delete', 'move'] as const)(
		'(b) a refused %s by a viewer while two others type into the task costs none of their acknowledged edits',
		async (action) => {
			const planId = await newPlan(`viewer-${action}`);
			const taskId = `${planId}/t1`;
			const owner = open(server.url, planId, 'ubnd-quang-binh');
			const khcn = open(server.url, planId, 'qb-so-khcn');
			const viewer = open(server.url, planId, 'bct');
			await Promise.all([synced(owner), synced(khcn), synced(viewer)]);
			const typing = Promise.all([
				typeInto(owner, taskId, '[chủ trì] ', 4, 'start'),
				typeInto(khcn, taskId, ' <phối hợp>', 5)
			]);
			await sleep(20);
			if (action === 'delete') deleteTask(viewer.doc, taskId);
			else moveTask(viewer.doc, taskId, `${planId}/g1`, 1);
			await typing;
			await until(() => viewer.closes.includes(CLOSE.refused), 'the viewer’s session ended');
			await until(
				() => owner.pending() === 0 && khcn.pending() === 0,
				'every keystroke of both typists acknowledged'
			);
			const content = readPlanDocument(owner.doc).tasks.find((t) => t.id === taskId)!.content;
			expect(content).toContain('[chủ trì] ');
			expect(content).toContain(' <phối hợp>');
			expect(readPlanDocument(khcn.doc)).toEqual(readPlanDocument(owner.doc));

			// after reload: the document, the events and the read model hold every acknowledged keystroke
			const reloaded = open(server.url, planId, 'qb-so-tai-chinh');
			await synced(reloaded);
			expect(readPlanDocument(reloaded.doc)).toEqual(readPlanDocument(owner.doc));
			expect(readPlanDocument(reloaded.doc).tasks.map((t) => t.id)).toEqual([taskId, `${planId}/t2`]);
			const events = await store.readPlanEvents(planId);
			const edits = events.filter((e) => e.type === 'TaskTextEdited' && e.taskId === taskId);
			expect((edits.at(-1)!.data as { to: string }).to).toBe(content);
			expect(events.filter((e) => e.type === 'TaskDeleted' || e.type === 'TaskMoved')).toEqual([]);
			expect(events.filter((e) => e.type === 'PermissionDenied').map((e) => e.userId)).toEqual(['u-bct']);
			expect(await taskRow(taskId)).toEqual({ content });
			expect(owner.closes).toEqual([]);
			expect(khcn.closes).toEqual([]);
		}
	);

	it('(c) an insert-and-delete update by a viewer is refused and logged, and nothing of it is stored', async () => {
		const planId = await newPlan('hidden');
		const owner = open(server.url, planId, 'ubnd-quang-binh');
		const viewer = open(server.url, planId, 'bct');
		await Promise.all([synced(owner), synced(viewer)]);
		const before = await store.head(planId);
		const marker = 'ZZ-HIDDEN-ZZ'.repeat(8000);
		viewer.doc.transact(() => {
			const text = taskContentText(viewer.doc, `${planId}/t1`)!;
			text.insert(0, marker);
			text.delete(0, marker.length);
		});
		await until(() => viewer.closes.includes(CLOSE.refused), 'the viewer’s session ended');
		expect(JSON.parse(viewer.denials[0]!)).toMatchObject({
			code: 'permission_denied',
			violations: [{ taskId: `${planId}/t1`, field: 'content', reason: 'viewer_read_only' }]
		});
		await until(
			async () => (await store.readPlanEvents(planId)).some((e) => e.type === 'PermissionDenied'),
			'PermissionDenied logged'
		);
		expect((await store.head(planId)).updateSeq).toBe(before.updateSeq);
		for (const u of await store.readPlanUpdates(planId)) {
			expect(Buffer.from(u.update).includes('ZZ-HIDDEN-ZZ')).toBe(false);
		}

		// the same from someone who may write there is an edit like any other: stored, no refusal
		owner.doc.transact(() => {
			const text = taskContentText(owner.doc, `${planId}/t2`)!;
			text.insert(0, 'gõ rồi xoá');
			text.delete(0, 'gõ rồi xoá'.length);
		});
		await until(() => owner.saved.length > 0, 'the owner’s update saved');
		expect(owner.closes).toEqual([]);
	});

	it('(c) a user over the byte budget per plan per hour is refused in Vietnamese; nothing over it is stored', async () => {
		const own = await startServer(database, store, { maxUpdateBytesPerUserHour: 3000 });
		try {
			const planId = await newPlan('budget');
			const owner = open(own.url, planId, 'ubnd-quang-binh');
			await synced(owner);
			const text = taskContentText(owner.doc, `${planId}/t2`)!;
			for (let i = 0; i < 4; i++) {
				text.insert(0, `${i}`.repeat(1000));
				await sleep(50);
			}
			await until(() => owner.closes.includes(CLOSE.refused), 'the session ended over budget');
			expect(JSON.parse(owner.denials[0]!)).toMatchObject({
				code: 'budget_exceeded',
				message: BUDGET_MESSAGE_VI
			});
			const stored = (await store.readPlanUpdates(planId)).filter((u) => u.user_id === 'u-ubnd-quang-binh');
			const bytes = stored.reduce((sum, u) => sum + u.update.byteLength, 0);
			expect(stored.length).toBeGreaterThan(0);
			expect(bytes).toBeLessThanOrEqual(3000);

			// the budget is counted from the log: a new room (after a restart) still knows what was spent
			await own.sync.close();
			const again = await startServer(database, store, { maxUpdateBytesPerUserHour: 3000 });
			try {
				const back = open(again.url, planId, 'ubnd-quang-binh');
				await synced(back);
				taskContentText(back.doc, `${planId}/t2`)!.insert(0, '9'.repeat(1000));
				await until(() => back.closes.includes(CLOSE.refused), 'still over budget after a restart');
			} finally {
				await again.stop();
			}
		} finally {
			await own.stop().catch(() => {});
		}
	});
});
