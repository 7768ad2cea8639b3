import type { Database, EventStore } from '@trienkhai/db';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@trienkhai/db/testing';
import { readPlanDocument, setTaskContent, setTaskField, taskContentText } from '@trienkhai/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CLOSE } from './close-codes.ts';
import { encodeAwareness, encodeAwarenessUpdate, encodeUpdate } from './protocol.ts';
import {
	connectClient,
	createDraftPlan,
	identityOf,
	openTestDatabase,
	SECRET,
	startServer,
	synced,
	until,
	type Client,
	type RunningServer
} from './testing/harness.ts';
import { issueTicket } from './ticket.ts';

function snapshotOf(client: Client) {
	return readPlanDocument(client.doc);
}

/** A raw websocket with a valid ticket, for sending what no well-behaved client would. */
async function rawSocket(
	url: string,
	planId: string,
	unitId: string
): Promise<{ ws: WebSocket; closed: Promise<number> }> {
	const ticket = issueTicket(identityOf(unitId), SECRET);
	const ws = new WebSocket(`${url}/${planId}?ticket=${encodeURIComponent(ticket)}`);
	const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
	await new Promise<void>((resolve, reject) => {
		ws.once('open', () => resolve());
		ws.once('error', reject);
	});
	return { ws, closed };
}

async function upgradeStatus(url: string): Promise<number> {
	return new Promise((resolve) => {
		const ws = new WebSocket(url);
		ws.on('unexpected-response', (_req, res) => {
			resolve(res.statusCode ?? 0);
			ws.terminate();
		});
		ws.on('open', () => {
			resolve(101);
			ws.close();
		});
		ws.on('error', () => {});
	});
}

describe.each(testDatabaseKinds())('sync server on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;
	let store: EventStore;
	let server: RunningServer;
	const clients: Client[] = [];
	let planNo = 0;

	const open = (planId: string, unitId: string) => {
		const client = connectClient(server.url, planId, unitId);
		clients.push(client);
		return client;
	};
	const newPlan = async () => {
		const planId = `plan-sync-${kind}-${++planNo}`;
		await createDraftPlan(store, planId);
		return planId;
	};

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

	it('lets users of different units co-edit: they converge, and the log names who changed what', async () => {
		const planId = await newPlan();
		const owner = open(planId, 'ubnd-quang-binh');
		const khcn = open(planId, 'qb-so-khcn');
		await Promise.all([synced(owner), synced(khcn)]);
		expect(snapshotOf(owner).tasks.map((t) => t.id)).toEqual([`${planId}/t1`, `${planId}/t2`]);

		// Sở KH&CN (lead and co-drafter) types in its task while the owner types in the other and sets a deadline
		taskContentText(khcn.doc, `${planId}/t1`)!.insert(0, 'KH&CN: ');
		taskContentText(owner.doc, `${planId}/t2`)!.insert(0, 'UBND: ');
		setTaskField(owner.doc, `${planId}/t2`, 'output', 'Báo cáo');
		await until(
			() =>
				JSON.stringify(snapshotOf(owner)) === JSON.stringify(snapshotOf(khcn)) &&
				snapshotOf(owner).tasks[0]!.content.startsWith('KH&CN'),
			'convergence'
		);
		expect(snapshotOf(owner).tasks.map((t) => t.content)).toEqual([
			'KH&CN: Xây dựng đề án chuyển đổi số',
			'UBND: Rà soát tổ chức bộ máy'
		]);
		await until(
			async () =>
				(await store.readPlanEvents(planId)).some(
					(e) => e.type === 'TaskTextEdited' && e.taskId === `${planId}/t1`
				),
			'text events',
			5000
		);
		const events = (await store.readPlanEvents(planId)).filter((e) => e.updateSeq !== null);
		expect(events.map((e) => [e.type, e.taskId, e.userId, e.unitId]).sort()).toEqual(
			[
				['TaskFieldChanged', `${planId}/t2`, 'u-ubnd-quang-binh', 'ubnd-quang-binh'],
				['TaskTextEdited', `${planId}/t1`, 'u-qb-so-khcn', 'qb-so-khcn'],
				['TaskTextEdited', `${planId}/t2`, 'u-ubnd-quang-binh', 'ubnd-quang-binh']
			].sort()
		);
		const edit = events.find((e) => e.type === 'TaskTextEdited' && e.taskId === `${planId}/t1`)!;
		expect(edit.data).toEqual({
			field: 'content',
			from: 'Xây dựng đề án chuyển đổi số',
			to: 'KH&CN: Xây dựng đề án chuyển đổi số'
		});
		// the read model follows
		const row = await database.db
			.selectFrom('tasks')
			.select(['content', 'output'])
			.where('id', '=', `${planId}/t2`)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ content: 'UBND: Rà soát tổ chức bộ máy', output: 'Báo cáo' });
	});

	it('acknowledges an update only once it is in the log', async () => {
		const planId = await newPlan();
		const owner = open(planId, 'ubnd-quang-binh');
		await synced(owner);
		setTaskContent(owner.doc, `${planId}/t2`, 'Nội dung đã lưu');
		await until(() => owner.saved.length > 0, 'a saved acknowledgement');
		const saved = owner.saved.at(-1)!;
		expect(saved.stateVector.get(owner.doc.clientID)).toBe(
			Y.decodeStateVector(Y.encodeStateVector(owner.doc)).get(owner.doc.clientID)
		);
		const stored = await store.readPlanUpdates(planId, saved.seq, saved.seq);
		expect(stored).toHaveLength(1);
		expect(stored[0]!.user_id).toBe('u-ubnd-quang-binh');
		const replayed = new Y.Doc();
		for (const u of await store.readPlanUpdates(planId)) Y.applyUpdate(replayed, u.update);
		expect(readPlanDocument(replayed).tasks[1]!.content).toBe('Nội dung đã lưu');
	});

	it('refuses an out-of-rights edit: nobody else sees it, the author converges back and is told why', async () => {
		const planId = await newPlan();
		const owner = open(planId, 'ubnd-quang-binh');
		const noiVu = open(planId, 'qb-so-noi-vu'); // leads t2 but is no co-drafter: the draft is not its to edit
		const outsider = open(planId, 'bct');
		await Promise.all([synced(owner), synced(noiVu), synced(outsider)]);
		const seen: string[] = [];
		owner.doc.on('update', () => seen.push(JSON.stringify(snapshotOf(owner))));

		taskContentText(outsider.doc, `${planId}/t1`)!.insert(0, 'ZZ-REFUSED-ZZ ');
		setTaskField(noiVu.doc, `${planId}/t1`, 'leadUnitId', 'qb-so-noi-vu');
		await until(() => outsider.denials.length > 0 && noiVu.denials.length > 0, 'denials');
		await until(
			() =>
				!snapshotOf(outsider).tasks[0]!.content.includes('ZZ-REFUSED-ZZ') &&
				snapshotOf(noiVu).tasks[0]!.leadUnitId === 'qb-so-khcn',
			'authors converging back'
		);
		expect(JSON.parse(outsider.denials[0]!)).toMatchObject({
			code: 'permission_denied',
			message: 'Bạn chỉ có quyền xem kế hoạch này.',
			violations: [
				{ action: 'editTaskField', taskId: `${planId}/t1`, field: 'content', reason: 'viewer_read_only' }
			]
		});
		expect(snapshotOf(owner)).toEqual(snapshotOf(outsider));
		expect(snapshotOf(owner)).toEqual(snapshotOf(noiVu));
		const leaked = seen.filter((text) => {
			const snapshot = JSON.parse(text) as ReturnType<typeof readPlanDocument>;
			return text.includes('ZZ-REFUSED-ZZ') || snapshot.tasks[0]!.leadUnitId !== 'qb-so-khcn';
		});
		expect(seen.length).toBeGreaterThan(0);
		expect(leaked).toEqual([]);
		await until(
			async () =>
				(await store.readPlanEvents(planId)).filter((e) => e.type === 'PermissionDenied').length >= 2,
			'denied events'
		);
		const denied = (await store.readPlanEvents(planId)).filter((e) => e.type === 'PermissionDenied');
		expect(denied.map((e) => e.userId).sort()).toEqual(['u-bct', 'u-qb-so-noi-vu']);
		for (const u of await store.readPlanUpdates(planId)) {
			expect(Buffer.from(u.update).includes('ZZ-REFUSED-ZZ')).toBe(false);
		}
	});

	it('stamps presence with the authenticated user: a client cannot appear as someone else', async () => {
		const planId = await newPlan();
		const owner = open(planId, 'ubnd-quang-binh');
		const outsider = open(planId, 'bct');
		await Promise.all([synced(owner), synced(outsider)]);
		outsider.provider.awareness.setLocalStateField('user', { id: 'u-ubnd-quang-binh', name: 'Giả danh' });
		outsider.provider.awareness.setLocalStateField('taskId', `${planId}/t1`);
		await until(() => {
			const state = owner.provider.awareness.getStates().get(outsider.doc.clientID) as
				{ taskId?: string } | undefined;
			return state?.taskId === `${planId}/t1`;
		}, 'presence');
		const state = owner.provider.awareness.getStates().get(outsider.doc.clientID) as { user: unknown };
		expect(state.user).toEqual({
			id: 'u-bct',
			name: identityOf('bct').displayName,
			unitId: 'bct',
			unitName: identityOf('bct').unitName
		});
	});

	it('refuses upgrades without a valid identity (401) and closes on unknown plans (4404)', async () => {
		expect(await upgradeStatus(`${server.url}/plan-ubnd-qb-kl69`)).toBe(401);
		expect(await upgradeStatus(`${server.url}/plan-ubnd-qb-kl69?ticket=forged.abc`)).toBe(401);
		const expired = issueTicket(identityOf('bct'), SECRET, -1);
		expect(await upgradeStatus(`${server.url}/plan-ubnd-qb-kl69?ticket=${expired}`)).toBe(401);
		const { closed } = await rawSocket(server.url, 'no-such-plan', 'bct');
		expect(await closed).toBe(CLOSE.planNotFound);
	});

	it('closes bad sockets with the documented codes and keeps serving the others', async () => {
		const planId = await newPlan();
		const owner = open(planId, 'ubnd-quang-binh');
		const khcn = open(planId, 'qb-so-khcn');
		await Promise.all([synced(owner), synced(khcn)]);

		const cases: Array<[string, Uint8Array | string, number]> = [
			['unknown message type', Uint8Array.of(42, 1, 2), CLOSE.badMessage],
			['truncated sync frame', Uint8Array.of(0, 2, 200), CLOSE.badMessage],
			['text frame', 'hello', CLOSE.badMessage],
			[
				'garbage Yjs update',
				encodeUpdate(Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)),
				CLOSE.invalidUpdate
			],
			['oversized message', new Uint8Array(1024 * 1024 + 10), CLOSE.messageTooBig],
			[
				'forged awareness',
				encodeAwareness(
					encodeAwarenessUpdate([
						{ clientId: 1, clock: 1, state: { a: 1 } },
						{ clientId: owner.doc.clientID, clock: 99, state: { user: { name: 'x' } } }
					])
				),
				CLOSE.forgedAwareness
			]
		];
		for (const [what, payload, code] of cases) {
			const { ws, closed } = await rawSocket(server.url, planId, 'bct');
			ws.send(payload);
			expect({ what, code: await closed }).toEqual({ what, code });
		}
		for (let i = 0; i < 30; i++) {
			const { ws, closed } = await rawSocket(server.url, planId, 'bct');
			const length = 1 + ((i * 7919) % 200);
			ws.send(Uint8Array.from({ length }, (_, k) => (k * 31 + i * 17) % 256));
			const code = await Promise.race([closed, sleep(300).then(() => 0)]);
			expect([0, CLOSE.badMessage, CLOSE.invalidUpdate, CLOSE.forgedAwareness]).toContain(code);
			ws.terminate();
		}
		// the well-behaved clients did not notice
		taskContentText(khcn.doc, `${planId}/t1`)!.insert(0, 'vẫn hoạt động: ');
		await until(
			() => snapshotOf(owner).tasks[0]!.content.startsWith('vẫn hoạt động'),
			'the others still served'
		);
		expect(owner.closes).toEqual([]);
	});

	it('converges many random concurrent edits; no refused change is ever seen or stored', async () => {
		const planId = await newPlan();
		const units = ['ubnd-quang-binh', 'qb-so-khcn', 'qb-so-noi-vu', 'qb-so-tai-chinh', 'bct'];
		const editors = units.map((u) => open(planId, u));
		const observer = open(planId, 'vptw');
		await Promise.all([...editors, observer].map(synced));
		const observed: string[] = [];
		observer.doc.on('afterTransaction', () => observed.push(JSON.stringify(snapshotOf(observer))));
		// the units allowed to write a marker into each task on this draft: owner anywhere, co-drafter KH&CN on t1
		const allowed: Record<string, string[]> = {
			[`${planId}/t1`]: ['ubnd-quang-binh', 'qb-so-khcn'],
			[`${planId}/t2`]: ['ubnd-quang-binh']
		};
		let seed = 12345;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let round = 0; round < 60; round++) {
			const editor = editors[Math.floor(random() * editors.length)]!;
			const taskId = random() < 0.5 ? `${planId}/t1` : `${planId}/t2`;
			const marker = `[${editor.identity.unitId}#${round}]`;
			if (random() < 0.7) taskContentText(editor.doc, taskId)?.insert(0, marker);
			else setTaskField(editor.doc, taskId, 'output', marker);
			if (random() < 0.3) await sleep(5);
		}
		await until(
			() => {
				const target = JSON.stringify(snapshotOf(observer));
				return editors.every((e) => JSON.stringify(snapshotOf(e)) === target);
			},
			'all clients converging',
			20_000
		);
		const markerPattern = /\[([a-z-]+)#\d+\]/g;
		const check = (snapshot: ReturnType<typeof readPlanDocument>) => {
			for (const task of snapshot.tasks) {
				for (const value of [task.content, task.output ?? '']) {
					for (const match of value.matchAll(markerPattern)) expect(allowed[task.id]).toContain(match[1]);
				}
			}
		};
		for (const s of observed) check(JSON.parse(s) as ReturnType<typeof readPlanDocument>);
		await server.stop(); // flushes every plan to the log
		const stored = new Y.Doc();
		for (const u of await store.readPlanUpdates(planId)) Y.applyUpdate(stored, u.update);
		check(readPlanDocument(stored));
		expect(readPlanDocument(stored)).toEqual(snapshotOf(observer));
		expect(observer.denials).toEqual([]);
		// restart for the remaining tests
		server = await startServer(database, store);
	});
});
