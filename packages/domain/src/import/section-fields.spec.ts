import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from './blocks.ts';
import { importPlan } from './import-plan.ts';
import { readMarker } from './outline.ts';
import { spreadSectionFields } from './section-fields.ts';

const texts = (text: string): string[] =>
	spreadSectionFields(blocksFromText(text)).map((b) => (b.kind === 'paragraph' ? b.text : 'TABLE'));

describe('a section whose tasks share its chủ trì / phối hợp lists and its time', () => {
	it('gives every task of "1. Nội dung, biện pháp" the lists and the time as field lines of its own', () => {
		const out = texts(
			[
				'I. CÔNG TÁC QUÁN TRIỆT',
				'1. Nội dung, biện pháp',
				'a) Tổ chức Hội nghị quán triệt;',
				'b) Tổ chức triển khai thực hiện.',
				'2. Cơ quan chủ trì, phối hợp',
				'a) Cơ quan chủ trì',
				'- Ban Chỉ đạo quốc gia.',
				'- Các Bộ, ngành liên quan.',
				'b) Cơ quan phối hợp',
				'Mặt trận Tổ quốc Việt Nam; các tổ chức chính trị - xã hội.',
				'3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.',
				'II. BAN HÀNH VĂN BẢN'
			].join('\n')
		);
		const fields = [
			'Cơ quan chủ trì: Ban Chỉ đạo quốc gia; Các Bộ, ngành liên quan',
			'Cơ quan phối hợp: Mặt trận Tổ quốc Việt Nam; các tổ chức chính trị - xã hội',
			'Thời gian thực hiện: Tháng 12/2013 và thường xuyên'
		];
		expect(out).toEqual([
			'I. CÔNG TÁC QUÁN TRIỆT',
			'a) Tổ chức Hội nghị quán triệt;',
			...fields,
			'b) Tổ chức triển khai thực hiện.',
			...fields,
			'II. BAN HÀNH VĂN BẢN'
		]);
	});

	it('reads "2. Chủ trì thực hiện" with bullets and "a) Cơ quan chủ trì: A; B." on one line', () => {
		const one = texts(
			['1. Nội dung, biện pháp', 'a) Việc A;', '2. Chủ trì thực hiện', '- Bộ Quốc phòng.'].join('\n')
		);
		expect(one).toEqual(['a) Việc A;', 'Cơ quan chủ trì: Bộ Quốc phòng']);
		const two = texts(
			[
				'1. Nội dung, biện pháp',
				'a) Việc A;',
				'2. Cơ quan chủ trì, phối hợp',
				'a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.',
				'3. Thời gian thực hiện: Năm 2014.'
			].join('\n')
		);
		expect(two).toEqual([
			'a) Việc A;',
			'Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính',
			'Thời gian thực hiện: Năm 2014'
		]);
	});

	it('leaves a section that names no lead as it is', () => {
		const text = ['1. Nội dung, biện pháp', 'a) Việc A;', '2. Kinh phí', '- Ngân sách nhà nước.'].join('\n');
		expect(texts(text)).toEqual(text.split('\n'));
	});

	it('reads lettered parts above the romans, so a part named as tasks holds its sections', () => {
		expect(readMarker('B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020')).toEqual({
			kind: 'part',
			label: 'B',
			text: 'NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020'
		});
		expect(readMarker('B. Sở Tài chính')?.kind).not.toBe('part');
		const corpus = path.resolve(
			path.dirname(fileURLToPath(import.meta.url)),
			'corpus/bcdqg-1237-ke-hoach-252.txt'
		);
		const plan = importPlan(blocksFromText(fs.readFileSync(corpus, 'utf8')));
		const first = plan.tasks.find((t) => t.content.startsWith('Tổ chức Hội nghị quán triệt'));
		expect(first).toMatchObject({ code: 'I.a', lead: 'Ban Chỉ đạo quốc gia' });
		expect(first?.deadline?.text).toMatch(/^Tháng 12\/2013 và thường xuyên/);
		expect(first?.coordinators).toEqual(
			expect.arrayContaining([
				'Ban Chỉ đạo các tỉnh',
				'Mặt trận Tổ quốc Việt Quốc gia',
				'Hội Cựu chiến binh các cấp'
			])
		);
		const eighth = plan.tasks.find((t) => t.content.startsWith('Rà soát phương tiện hiện có'));
		expect(eighth).toMatchObject({ code: 'VIII.a', lead: 'Bộ Quốc phòng' });
		// the aims of part A are no tasks
		expect(plan.tasks.some((t) => t.content.startsWith('Nhằm cụ thể hóa'))).toBe(false);
	});
});
