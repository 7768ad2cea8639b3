import { isRedirect } from '@sveltejs/kit';
import { edxmlDocumentOf, prepareDatabase, type PreparedDatabase, type SessionUser } from '@trienkhai/db';
import { createImportPool, type ImportPool } from '@trienkhai/office';
import { seedLetterPackage } from '@trienkhai/office/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../routes/nhap/+page.server.ts';

// The import flow's actions, called as SvelteKit calls them, on a fresh embedded demo database.

const SECRET = 'test-secret';
const user: SessionUser = {
	id: 'u-la-btgtu',
	username: 'la.btgtu',
	displayName: 'Cán bộ Ban Tuyên giáo Tỉnh ủy Long An',
	unitId: 'la-btgtu',
	unitName: 'Ban Tuyên giáo Tỉnh ủy Long An',
	isAdmin: false
};

const { read: readAction, create: createAction } = actions;
if (!readAction || !createAction) throw new Error('the import page lost its actions');
type ReadEvent = Parameters<typeof readAction>[0];
type Answer = { draft?: Record<string, unknown> & { edxml?: Record<string, unknown> }; message?: string };

describe('edXML packages in the import flow', () => {
	let database: PreparedDatabase;
	// the import page reads files in the worker pool, as the server does
	const importPool: ImportPool = createImportPool({ threads: 1 });
	const event = (form: FormData) =>
		({
			locals: { user, runtime: { database, syncSecret: SECRET, importPool } },
			request: new Request('http://localhost/nhap', { method: 'POST', body: form })
		}) as unknown as ReadEvent;
	const upload = (xml: string, name = '2241-CV-TU.edxml') => {
		const form = new FormData();
		form.set('file', new File([xml], name, { type: 'application/xml' }));
		return form;
	};
	const read = async (xml: string, name?: string) =>
		(await readAction(event(upload(xml, name)))) as unknown as Answer & { data?: Answer; status?: number };
	const create = async (draft: unknown): Promise<string | Answer | undefined> => {
		const form = new FormData();
		form.set('draft', JSON.stringify(draft));
		try {
			const answer = (await createAction(event(form))) as unknown as { data: Answer } | undefined;
			return answer?.data;
		} catch (error) {
			if (isRedirect(error)) return error.location;
			throw error;
		}
	};

	beforeAll(async () => {
		database = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
	});
	afterAll(async () => {
		await importPool.close();
		await database?.close();
	});

	it('reads seed 001’s 2241-CV/TU package: number, date, issuer code, recipients, the task of its attachment', async () => {
		const { xml } = await seedLetterPackage();
		const { draft } = await read(xml);
		expect(draft).toMatchObject({
			number: 'Số 2241-CV/TU',
			date: '2024-01-22',
			issuer: 'Tỉnh ủy Long An',
			documentId: 'cv-2241-tu-la'
		});
		expect(draft?.edxml).toMatchObject({
			issuer: { organId: '000.00.00.T41', unitId: 'tu-long-an' },
			recipients: [
				{ organId: '000.00.10.T41', unitId: 'hu-can-duoc' },
				{ organId: '000.00.02.T41', unitId: 'la-btgtu' },
				{ organId: '000.00.03.T41', unitId: 'la-bcsd-ubnd' }
			],
			signer: { competence: 'T/L', position: 'PHÓ CHÁNH VĂN PHÒNG', fullName: 'Huỳnh Thanh Phong' },
			traces: [{ organId: '000.00.00.T41', timestamp: '2024-01-23T02:58:47.000Z' }],
			mismatches: []
		});
		expect(draft?.['tasks']).toMatchObject([
			{
				leadUnitId: 'la-btgtu',
				coordinatorUnitIds: ['la-bcsd-ubnd'],
				deadline: 'chậm nhất ngày 27/02/2024'
			}
		]);
	});

	it('creates the plan as that registered document and keeps the package’s header and trace list', async () => {
		const { xml } = await seedLetterPackage();
		const { draft } = await read(xml);
		const location = await create(draft);
		if (typeof location !== 'string') throw new Error('no redirect to the plan');
		expect(location).toMatch(/^\/plans\//);
		const planId = location.slice('/plans/'.length);
		const plan = await database.db
			.selectFrom('plans')
			.selectAll()
			.where('id', '=', planId)
			.executeTakeFirstOrThrow();
		expect(plan.directive_id).toBe('cv-2241-tu-la');
		const tasks = await database.db.selectFrom('tasks').selectAll().where('plan_id', '=', planId).execute();
		expect(tasks.map((t) => t.lead_unit_id)).toEqual(['la-btgtu']);
		const kept = await edxmlDocumentOf(database.db, 'cv-2241-tu-la');
		expect(kept?.document_id).toBe('000.00.00.T41,2024/01/22,2241-CV/TU');
		expect(kept?.traces).toEqual([{ organId: '000.00.00.T41', timestamp: '2024-01-23T02:58:47.000Z' }]);
	});

	it('says where header and attachment disagree, and registers a document the registry lacks', async () => {
		const { xml } = await seedLetterPackage();
		const other = xml
			.replace('<edXML:CodeNumber>2241</edXML:CodeNumber>', '<edXML:CodeNumber>2250</edXML:CodeNumber>')
			.replace('<edXML:PromulgationDate>2024/01/22<', '<edXML:PromulgationDate>2024/01/24<');
		const { draft } = await read(other);
		expect(draft?.edxml?.['mismatches']).toEqual([
			'Số ký hiệu trong gói là 2250-CV/TU nhưng văn bản đính kèm ghi 2241-CV/TU.',
			'Ngày ban hành trong gói là 2024-01-24 nhưng văn bản đính kèm ghi 2024-01-22.'
		]);
		expect(draft).toMatchObject({ number: 'Số 2250-CV/TU', date: '2024-01-24', documentId: null });
		const location = await create(draft);
		if (typeof location !== 'string') throw new Error('no redirect to the plan');
		const planId = location.slice('/plans/'.length);
		const plan = await database.db
			.selectFrom('plans')
			.selectAll()
			.where('id', '=', planId)
			.executeTakeFirstOrThrow();
		const registered = await database.db
			.selectFrom('directives')
			.selectAll()
			.where('id', '=', plan.directive_id ?? '')
			.executeTakeFirstOrThrow();
		expect(registered).toMatchObject({
			number_display: 'Số 2250-CV/TU',
			issuer_unit_id: 'tu-long-an',
			issued_on: '2024-01-24',
			signer_name: 'Huỳnh Thanh Phong',
			signer_capacity: 'T/L'
		});
		expect(registered.recipients).toContain('Huyện ủy Cần Đước');
	});

	it('refuses a forged header and files that are not packages, in Vietnamese, keeping nothing', async () => {
		const { xml } = await seedLetterPackage();
		const { draft } = await read(xml);
		const forged = { ...draft, edxml: { ...draft?.edxml, number: '9999-CV/TU' } };
		expect(await create(forged)).toMatchObject({
			message: 'Bản xem trước không hợp lệ; vui lòng đọc lại kế hoạch.'
		});
		expect((await read('<html/>')).data?.message).toBe(
			'Tệp XML này không phải gói edXML (thiếu phần MessageHeader theo QCVN 102:2016).'
		);
		expect((await read('Số 2241-CV/TU', 'x.xml')).data?.message).toMatch(/^Tệp không phải XML hợp lệ/);
		const noFile = xml.replace(/<AttachmentEncoded>[\s\S]*<\/AttachmentEncoded>/, '');
		expect((await read(noFile)).data?.message).toBe(
			'Gói edXML không có tệp Word (.docx) hoặc văn bản (.txt) đính kèm để đọc nhiệm vụ.'
		);
	});
});
