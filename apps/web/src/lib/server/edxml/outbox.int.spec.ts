import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { exchangeStates, prepareDatabase, type PreparedDatabase } from '@trienkhai/db';
import {
	edxmlOrgan,
	parseEdxml,
	serialiseEdxmlStatus,
	validateEdxmlPackage,
	type EdxmlStatusMessage
} from '@trienkhai/domain';
import { readDocxBlocks } from '@trienkhai/office';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdxmlConfig } from './config.ts';
import { deliverDue, queuePlanPackage } from './outbox.ts';
import { buildPlanPackage } from './plan-package.ts';
import { receiveStatusMessage } from './status.ts';

// An issued plan of the demo data goes out as edXML, through the retry queue, and its recipients answer.

const QB_PLAN = 'plan-ubnd-qb-kl69';
const NOW = new Date('2026-12-07T02:00:00Z');
const actor = { userId: 'u-ubnd-quang-binh', unitId: 'ubnd-quang-binh' };

const config = (over: Partial<EdxmlConfig>): EdxmlConfig => ({
	outboxDir: null,
	gatewayUrl: null,
	inboxToken: null,
	maxAttempts: 3,
	retryBaseMs: 30_000,
	maxDelayMs: 3_600_000,
	intervalMs: 15_000,
	...over
});

describe('edXML out: packages of issued plans, the retry queue, status messages', () => {
	let database: PreparedDatabase;
	let dir: string;

	beforeAll(async () => {
		database = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
		dir = await mkdtemp(path.join(os.tmpdir(), 'edxml-outbox-'));
	});
	afterAll(async () => {
		await database?.close();
		await rm(dir, { recursive: true, force: true });
	});

	const types = async () =>
		(
			await database.db
				.selectFrom('events')
				.select('type')
				.where('plan_id', '=', QB_PLAN)
				.where('type', 'like', 'Edxml%')
				.orderBy('seq')
				.execute()
		).map((e) => e.type);

	it('without a registered number the package says so: CodeNumber is the one thing missing', async () => {
		const built = await buildPlanPackage(database.db, QB_PLAN, NOW);
		if (!built.ok) throw new Error(built.refused);
		expect(built.value.pkg.header.codeNumber).toBe('');
		expect(validateEdxmlPackage(built.value.xml)).toEqual([
			{ path: 'MessageHeader/Code/CodeNumber', problem: 'missing' }
		]);
	});

	it('writes a package the parser reads back to the same metadata and attachment bytes, valid as far as public', async () => {
		// the plan's registered document gets its number (numbering is not done by this system)
		await database.db
			.updateTable('directives')
			.set({ number: '1520', symbol: 'KH-UBND', number_display: 'Số 1520/KH-UBND' })
			.where('id', '=', 'kh-ubnd-qb')
			.execute();
		const built = await buildPlanPackage(database.db, QB_PLAN, NOW);
		if (!built.ok) throw new Error(built.refused);
		const { pkg, xml, recipients, withoutCode } = built.value;
		expect(parseEdxml(xml)).toEqual(pkg);
		expect(validateEdxmlPackage(xml)).toEqual([]);
		expect(pkg.header).toMatchObject({
			from: { organId: '000.00.00.H44', organName: 'Ủy ban nhân dân tỉnh Quảng Bình' },
			codeNumber: '1520',
			codeNotation: 'KH-UBND',
			documentId: expect.stringMatching(/^000\.00\.00\.H44,2024\/08\/01,1520\/KH-UBND,/) as unknown,
			promulgationDate: '2024-08-01',
			place: 'Quảng Bình',
			signer: { competence: 'TM.', position: 'PHÓ CHỦ TỊCH', fullName: 'Hoàng Xuân Tân' }
		});
		expect(recipients.map((r) => r.organId)).toContain('000.00.15.H44');
		expect(withoutCode).toContain('Các sở, ban, ngành, đơn vị cấp tỉnh Quảng Bình');
		const blocks = await readDocxBlocks(pkg.attachments[0]?.bytes ?? new Uint8Array());
		expect(blocks.some((b) => 'text' in b && String(b.text).includes('KẾ HOẠCH'))).toBe(true);
	});

	it('refuses a plan that is not issued, and a plan whose owner has no code', async () => {
		const draft = await database.db
			.selectFrom('plans')
			.select('id')
			.where('status', '=', 'draft')
			.executeTakeFirst();
		if (draft)
			expect(await buildPlanPackage(database.db, draft.id, NOW)).toEqual({
				ok: false,
				refused: 'not_issued'
			});
		await database.db
			.updateTable('units')
			.set({ organ_id: null })
			.where('id', '=', 'ubnd-quang-binh')
			.execute();
		expect(await buildPlanPackage(database.db, QB_PLAN, NOW)).toEqual({ ok: false, refused: 'no_code' });
		await database.db
			.updateTable('units')
			.set({ organ_id: '000.00.00.H44' })
			.where('id', '=', 'ubnd-quang-binh')
			.execute();
	});

	it('queues the package, writes it to the outbound folder at once, and logs both', async () => {
		const outcome = await queuePlanPackage(database, config({ outboxDir: dir }), {
			planId: QB_PLAN,
			actor,
			now: NOW
		});
		expect(outcome.ok).toBe(true);
		const files = await readdir(dir);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^000\.00\.00\.H44_20240801_[0-9a-f]{8}\.edxml$/);
		const written = parseEdxml(await readFile(path.join(dir, files[0] ?? ''), 'utf8'));
		expect(written.kind).toBe('package');
		expect(await types()).toEqual(['EdxmlPackageQueued', 'EdxmlPackageSent']);
		expect((await database.events.verify(QB_PLAN)).ok).toBe(true);
	});

	it('retries a gateway that fails, with the outcome of each attempt in the log', async () => {
		let calls = 0;
		const received: string[] = [];
		const server = http.createServer((req, res) => {
			let body = '';
			req.on('data', (chunk: Buffer) => (body += chunk.toString()));
			req.on('end', () => {
				calls += 1;
				if (calls === 1) res.writeHead(503).end();
				else {
					received.push(body);
					res.writeHead(200).end('ok');
				}
			});
		});
		await new Promise<void>((resolve) => server.listen(3741, '127.0.0.1', resolve));
		try {
			const gateway = config({ gatewayUrl: 'http://127.0.0.1:3741/edxml' });
			const outcome = await queuePlanPackage(database, gateway, { planId: QB_PLAN, actor, now: NOW });
			expect(outcome.ok).toBe(true);
			expect(await deliverDue(database, gateway, new Date(NOW.getTime() + 10_000))).toEqual({
				sent: 0,
				failed: 0
			});
			expect(await deliverDue(database, gateway, new Date(NOW.getTime() + 31_000))).toEqual({
				sent: 1,
				failed: 0
			});
			expect(received).toHaveLength(1);
			expect(parseEdxml(received[0] ?? '').kind).toBe('package');
			expect((await types()).slice(2)).toEqual([
				'EdxmlPackageQueued',
				'EdxmlPackageFailed',
				'EdxmlPackageSent'
			]);
			const failed = await database.db
				.selectFrom('events')
				.select('data')
				.where('plan_id', '=', QB_PLAN)
				.where('type', '=', 'EdxmlPackageFailed')
				.executeTakeFirstOrThrow();
			expect(failed.data).toMatchObject({
				attempt: 1,
				error: 'HTTP 503',
				retryAt: '2026-12-07T02:00:30.000Z'
			});
		} finally {
			server.close();
		}
	});

	it('gives up after the last attempt and says so', async () => {
		const nowhere = config({ gatewayUrl: 'http://127.0.0.1:3742/none', maxAttempts: 2 });
		await queuePlanPackage(database, nowhere, { planId: QB_PLAN, actor, now: NOW });
		await deliverDue(database, nowhere, new Date(NOW.getTime() + 60_000));
		const row = await database.db
			.selectFrom('edxml_outbox')
			.select(['state', 'attempts'])
			.orderBy('created_at', 'desc')
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ state: 'failed', attempts: 2 });
	});

	it('takes the recipients’ status messages into the log once each, and refuses strangers', async () => {
		const sent = await database.db
			.selectFrom('edxml_outbox')
			.select('document_id')
			.where('state', '=', 'sent')
			.orderBy('created_at', 'desc')
			.executeTakeFirstOrThrow();
		const status = (
			organId: string,
			statusCode: EdxmlStatusMessage['statusCode'],
			documentId = sent.document_id
		) =>
			serialiseEdxmlStatus({
				kind: 'status',
				responseFor: {
					organId: '000.00.00.H44',
					code: 'KH-UBND',
					promulgationDate: '2024-08-01',
					documentId
				},
				from: edxmlOrgan(organId, 'Sở'),
				statusCode,
				description: '',
				timestamp: '2026-12-07T03:00:00.000Z',
				staff: { department: 'Văn thư', staff: 'Lê Văn C' }
			});
		expect(await receiveStatusMessage(database, status('000.00.15.H44', '01'), NOW)).toEqual({
			ok: true,
			planId: QB_PLAN,
			duplicate: false
		});
		expect(await receiveStatusMessage(database, status('000.00.15.H44', '06'), NOW)).toMatchObject({
			ok: true
		});
		expect(await receiveStatusMessage(database, status('000.00.15.H44', '06'), NOW)).toMatchObject({
			duplicate: true
		});
		expect(await receiveStatusMessage(database, status('000.00.02.T41', '06'), NOW)).toMatchObject({
			ok: false,
			refused: 'not_recipient'
		});
		expect(await receiveStatusMessage(database, status('000.00.15.H44', '06', 'x'), NOW)).toMatchObject({
			ok: false,
			refused: 'unknown_document'
		});
		expect(await receiveStatusMessage(database, '<a/>', NOW)).toMatchObject({
			ok: false,
			refused: 'not_edxml'
		});
		const states = (await exchangeStates(database.db, [QB_PLAN]))[QB_PLAN] ?? [];
		expect(states.find((s) => s.organId === '000.00.15.H44')).toMatchObject({
			unitId: 'qb-so-khcn',
			statusCode: '06'
		});
		expect(states.find((s) => s.organId === '000.00.18.H44')).toMatchObject({ statusCode: null });
	});
});
