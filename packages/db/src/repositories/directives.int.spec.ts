import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { directiveCascade } from './cascade.ts';
import {
	addDirectiveRelation,
	createDirective,
	directiveLinks,
	getDirective,
	listDirectives,
	type NewDirective
} from './directives.ts';

const longAn = { unitId: 'tu-long-an', isAdmin: false };
const draft = (over: Partial<NewDirective> = {}): NewDirective => ({
	type: 'KH',
	number: '312-KH/TU',
	issuerUnitId: 'tu-long-an',
	issuedOn: '2024-03-01',
	place: 'Long An',
	signerName: 'Nguyễn Văn Được',
	signerCapacity: 'T/M',
	signerTitle: 'BÍ THƯ',
	subject: 'Thực hiện Kết luận số 69-KL/TW của Bộ Chính trị về khoa học và công nghệ',
	recipients: ['Các huyện ủy, thị ủy, thành ủy', '', 'Lưu VPTU'],
	...over
});

describe.each(testDatabaseKinds())('directive registry on %s', (kind) => {
	const demo = useDemoDatabase(kind);

	it('finds KL 69 first by its type name and number, without diacritics', async () => {
		const found = await listDirectives(demo.db, { search: 'ket luan 69' });
		expect(found[0]?.id).toBe('kl-69');
		// every result has all three words somewhere (copies cite "Kết luận số 69")
		expect(found.map((d) => d.id)).toContain('cv-2241-tu-la');
		expect((await listDirectives(demo.db, { search: 'KẾT LUẬN 69' }))[0]?.id).toBe('kl-69');
		expect((await listDirectives(demo.db, { search: '709/QĐ-TTg' })).map((d) => d.id)).toContain(
			'qd-709-ttg'
		);
		expect(await listDirectives(demo.db, { search: 'khong co van ban nay' })).toEqual([]);
		// LIKE's wildcards are text, not patterns
		expect(await listDirectives(demo.db, { search: '%' })).toEqual([]);
	});

	it('filters by type and by issuer', async () => {
		const copies = await listDirectives(demo.db, { type: 'BS' });
		expect(copies.map((d) => d.id).sort()).toEqual(['bs-279-vphu-cd', 'bs-287-vptu-la']);
		const qb = await listDirectives(demo.db, { issuerUnitId: 'tu-quang-binh', search: 'nghi quyet 20' });
		expect(qb.map((d) => d.id).sort()).toEqual(['ctr-19-tu-qb', 'kh-156-tu-qb']);
	});

	it('refuses a number in no official layout, a type mismatch and a foreign issuer, each by field', async () => {
		const bad = await createDirective(
			demo.db,
			longAn,
			draft({ number: 'KH so muoi hai', issuedOn: 'invalid', place: ' ' })
		);
		expect(bad).toEqual({
			ok: false,
			errors: [
				{ field: 'number', code: 'number_invalid' },
				{ field: 'issuedOn', code: 'date_invalid' },
				{ field: 'place', code: 'required' }
			]
		});
		expect(await createDirective(demo.db, longAn, draft({ number: '312-CV/TU' }))).toEqual({
			ok: false,
			errors: [{ field: 'number', code: 'number_type_mismatch' }]
		});
		expect(await createDirective(demo.db, longAn, draft({ issuerUnitId: 'ubnd-quang-binh' }))).toEqual({
			ok: false,
			errors: [{ field: 'issuerUnitId', code: 'issuer_not_allowed' }]
		});
		expect(await createDirective(demo.db, longAn, draft({ signerCapacity: 'XX' }))).toMatchObject({
			ok: false,
			errors: [{ field: 'signerCapacity', code: 'capacity_invalid' }]
		});
	});

	it('registers a directive in its own layout, for a unit under the user’s, once per number', async () => {
		const made = await createDirective(demo.db, longAn, draft({ number: 'Số 312 - KH/TU' }));
		expect(made.ok).toBe(true);
		const id = (made as { id: string }).id;
		const row = (await getDirective(demo.db, id))!;
		expect(row).toMatchObject({
			type: 'KH',
			number: '312',
			symbol: 'KH/TU',
			number_display: 'Số 312-KH/TU',
			issuer_name: 'Tỉnh ủy Long An',
			issued_on: '2024-03-01',
			signer_capacity: 'T/M',
			recipients: ['Các huyện ủy, thị ủy, thành ủy', 'Lưu VPTU']
		});
		// written the other way round, it is the same number
		expect(await createDirective(demo.db, longAn, draft({ number: '312/KH-TU' }))).toEqual({
			ok: false,
			errors: [{ field: 'number', code: 'number_taken' }]
		});
		// a state number keeps its year; the office under the Tỉnh ủy is the user's too
		const state = await createDirective(
			demo.db,
			longAn,
			draft({ type: 'QĐ', number: '15/2024/QĐ-VPTU', issuerUnitId: 'la-vptu', signerCapacity: 'KT.' })
		);
		expect(state.ok).toBe(true);
		expect((await getDirective(demo.db, (state as { id: string }).id))!.number_display).toBe(
			'Số: 15/2024/QĐ-VPTU'
		);
		expect((await listDirectives(demo.db, { search: 'ke hoach 312' }))[0]?.id).toBe(id);
	});

	it('records relations both ways, refuses loops, repeats and other units’ documents', async () => {
		const made = await createDirective(demo.db, longAn, draft({ number: '313-KH/TU' }));
		const id = (made as { id: string }).id;
		expect(
			await addDirectiveRelation(demo.db, longAn, {
				fromId: id,
				toId: 'kl-69',
				kind: 'implements',
				note: ''
			})
		).toMatchObject({ ok: true });
		const links = await directiveLinks(demo.db, 'kl-69');
		expect(links.incoming.map((l) => [l.kind, l.id])).toContainEqual(['implements', id]);
		expect((await directiveLinks(demo.db, id)).outgoing.map((l) => [l.kind, l.id])).toEqual([
			['implements', 'kl-69']
		]);
		const tree = (await directiveCascade(demo.db, 'kl-69', new Date()))!;
		expect(tree.children.some((c) => c.kind === 'directive' && c.directive.id === id)).toBe(true);

		expect(
			await addDirectiveRelation(demo.db, longAn, {
				fromId: id,
				toId: 'kl-69',
				kind: 'implements',
				note: ''
			})
		).toEqual({
			ok: false,
			errors: [{ field: 'toId', code: 'relation_exists' }]
		});
		// KL 69 is the Politburo's: Long An may not say what it implements
		expect(
			await addDirectiveRelation(demo.db, longAn, { fromId: 'kl-69', toId: id, kind: 'guides', note: '' })
		).toEqual({
			ok: false,
			errors: [{ field: 'fromId', code: 'relation_not_allowed' }]
		});
		// for the administrator it would close a loop: id is already under kl-69
		const admin = { unitId: 'vptw', isAdmin: true };
		expect(
			await addDirectiveRelation(demo.db, admin, { fromId: 'kl-69', toId: id, kind: 'guides', note: '' })
		).toEqual({
			ok: false,
			errors: [{ field: 'toId', code: 'relation_cycle' }]
		});
		expect(
			await addDirectiveRelation(demo.db, admin, { fromId: id, toId: id, kind: 'copies', note: '' })
		).toEqual({
			ok: false,
			errors: [{ field: 'toId', code: 'relation_self' }]
		});
		expect(
			await addDirectiveRelation(demo.db, admin, { fromId: id, toId: 'kl-69', kind: 'ignores', note: '' })
		).toEqual({
			ok: false,
			errors: [{ field: 'kind', code: 'relation_kind_invalid' }]
		});
	});
});
