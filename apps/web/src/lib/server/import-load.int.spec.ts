import { executePlanCommand, prepareDatabase, type PreparedDatabase } from '@trienkhai/db';
import { readPlanDocument } from '@trienkhai/domain';
import { createImportPool, type ImportPool } from '@trienkhai/office';
import { bombDocx, manyParagraphsDocx, truncatedDocx } from '@trienkhai/office/testing/hostile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	keepEditingAndProbing,
	percentile,
	rigClient,
	startSyncRig,
	until,
	type RigClient,
	type SyncRig
} from './testing/sync-rig.ts';
import { actions } from '../../routes/nhap/+page.server.ts';

const PLAN = 'plan-ubnd-qb-kl69';
const IMPORTER = {
	id: 'u-qb-so-khcn',
	username: 'qb.so.khcn',
	displayName: 'Sở KH&CN',
	unitId: 'qb-so-khcn',
	unitName: 'Sở Khoa học và Công nghệ tỉnh Quảng Bình',
	isAdmin: false
};

/** The importer's "read" action (the upload form of /nhap), as the route runs it. */
function readAction(database: PreparedDatabase, pool: ImportPool, file: File) {
	const form = new FormData();
	form.set('file', file);
	const request = new Request('http://127.0.0.1/nhap?/read', { method: 'POST', body: form });
	const locals = { user: IMPORTER, runtime: { database, importPool: pool, syncSecret: 'x' } };
	return actions['read']!({ locals, request } as unknown as Parameters<
		NonNullable<(typeof actions)['read']>
	>[0]) as Promise<{
		status?: number;
		data?: { message?: string };
	}>;
}

function textPlan(lines: number): File {
	const text = ['KẾ HOẠCH', 'II. NHIỆM VỤ'];
	for (let i = 0; i < lines; i++) text.push(`- Nhiệm vụ số ${i}`);
	return new File([text.join('\n')], 'ke-hoach-20000-dong.txt', { type: 'text/plain' });
}

const docx = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name);

// A hostile but signed-in user's imports, through the real route and worker pool, while another user types
// into an open plan over a real socket and a probe asks /healthz: nobody else waits (the server once froze for
// minutes on one upload).
describe('imports do not stall the server', () => {
	let database: PreparedDatabase;
	let pool: ImportPool;
	let rig: SyncRig;
	let editor: RigClient;
	let taskId: string;

	beforeAll(async () => {
		database = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
		pool = createImportPool();
		rig = await startSyncRig(database);
		// the demo plan is issued: its owner starts an amendment, so its tasks can be typed into
		await executePlanCommand(database.events, {
			type: 'StartAmendment',
			planId: PLAN,
			actor: { userId: 'u-ubnd-quang-binh', unitId: 'ubnd-quang-binh' },
			at: new Date().toISOString(),
			reason: 'load test'
		});
		const owner = await rig.session('ubnd-quang-binh', PLAN);
		editor = rigClient(rig, PLAN, owner.ticket);
		await until(() => editor.provider.synced);
		taskId = readPlanDocument(editor.doc).tasks[0]!.id;
	}, 120_000);

	afterAll(async () => {
		editor?.provider.destroy();
		await rig?.close();
		await pool?.close();
		await database?.close();
	});

	it('acknowledges edits within 200 ms (p99) and answers /healthz within 100 ms during two huge imports', async () => {
		const load = keepEditingAndProbing(rig, editor, taskId);
		await new Promise((resolve) => setTimeout(resolve, 1000));
		load.setPhase('importing');
		const [text, paragraphs] = await Promise.all([
			readAction(database, pool, textPlan(20_000)),
			readAction(database, pool, docx(await manyParagraphsDocx(100_000), 'nhieu-doan.docx'))
		]);
		load.setPhase('after');
		await new Promise((resolve) => setTimeout(resolve, 300));
		await load.stop();

		// both are read whole in a worker and refused, each with its reason in Vietnamese (20,000 tasks is over
		// the 1,000 a plan may have; 100,000 paragraphs over the reader's 50,000)
		expect(text.status).toBe(400);
		expect(text.data?.message).toMatch(/quá nhiều nhiệm vụ/);
		expect(paragraphs.status).toBe(400);
		expect(paragraphs.data?.message).toMatch(/quá nhiều đoạn văn/);
		const acks = load.acks.samples['importing'] ?? [];
		const healthz = load.healthz.samples['importing'] ?? [];
		const figures = {
			edits: acks.length,
			ackP99: Math.round(percentile(acks, 0.99)),
			probes: healthz.length,
			healthzMax: Math.round(Math.max(...healthz))
		};
		console.log('during the imports', figures);
		expect(acks.length).toBeGreaterThan(5);
		expect(figures.ackP99).toBeLessThanOrEqual(200);
		expect(healthz.length).toBeGreaterThan(5);
		expect(figures.healthzMax).toBeLessThanOrEqual(100);
		expect(load.healthz.failures).toBe(0);
	}, 120_000);

	it('refuses a zip bomb and truncated XML with a Vietnamese message, not a server error', async () => {
		const bomb = await readAction(database, pool, docx(await bombDocx(200 * 1024 * 1024), 'bom.docx'));
		expect(bomb.status).toBe(400);
		expect(bomb.data?.message).toMatch(/^Tệp \.docx bất thường/);
		const broken = await readAction(database, pool, docx(await truncatedDocx(), 'hong.docx'));
		expect(broken.status).toBe(400);
		expect(broken.data?.message).toMatch(/^Tệp \.docx bị hỏng/);
	}, 60_000);
});
