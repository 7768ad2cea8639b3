import {
	AlignmentType,
	Document,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importPlan, toImportJson } from '@trienkhai/domain';
import { DocxReadError } from './docx-limits.ts';
import { readDocxBlocks } from './docx-read.ts';
import { renderPlanDocx } from './plan-docx.ts';
import { samplePlan } from './sample-plan.ts';

const p = (text: string, numbering?: { reference: string; level: number }) =>
	new Paragraph({ children: [new TextRun(text)], ...(numbering === undefined ? {} : { numbering }) });
const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
	new TableCell({ children: text.split('\n').map((t) => p(t)), ...opts });

/** A Quảng Trị-style plan: header table, automatic numbering, an appendix with merged cells. */
async function samplePlanDocx(): Promise<Uint8Array> {
	const doc = new Document({
		numbering: {
			config: [
				{
					reference: 'outline',
					levels: [
						{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
						{ level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
						{ level: 2, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }
					]
				}
			]
		},
		sections: [
			{
				children: [
					new Table({
						width: { size: 100, type: WidthType.PERCENTAGE },
						rows: [
							new TableRow({
								children: [
									cell('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 4321/KH-UBND'),
									cell(
										'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 02 tháng 10 năm 2024'
									)
								]
							})
						]
					}),
					p('KẾ HOẠCH'),
					p('Triển khai Chỉ thị số 30/CT-TTg ngày 16/8/2024 của Thủ tướng Chính phủ'),
					p('II. NHIỆM VỤ, GIẢI PHÁP'),
					p('Hoàn thiện thể chế', { reference: 'outline', level: 0 }),
					p('Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ:', { reference: 'outline', level: 1 }),
					p('Rà soát văn bản quy phạm pháp luật.', { reference: 'outline', level: 2 }),
					p('Thời gian: Quý I/2025'),
					p('Công bố thủ tục hành chính.', { reference: 'outline', level: 2 }),
					p('Sở Tài chính bố trí kinh phí thực hiện.', { reference: 'outline', level: 1 }),
					p('Phát triển hạ tầng số', { reference: 'outline', level: 0 }),
					p('Sở Thông tin và Truyền thông xây dựng nền tảng dùng chung.', { reference: 'outline', level: 1 }),
					p('PHỤ LỤC'),
					new Table({
						rows: [
							new TableRow({
								children: [
									cell('TT', { rowSpan: 2 }),
									cell('Nhiệm vụ', { rowSpan: 2 }),
									cell('Cơ quan thực hiện', { columnSpan: 2 }),
									cell('Thời gian hoàn thành', { rowSpan: 2 })
								]
							}),
							new TableRow({ children: [cell('Chủ trì'), cell('Phối hợp')] }),
							new TableRow({ children: [cell('I. CHUYỂN ĐỔI SỐ', { columnSpan: 5 })] }),
							new TableRow({
								children: [
									cell('1'),
									cell('Số hóa hồ sơ lưu trữ'),
									cell('Sở Nội vụ', { rowSpan: 2 }),
									cell('Sở Tư pháp'),
									cell('Quý II/2025')
								]
							}),
							new TableRow({
								children: [
									cell('2'),
									cell('Đào tạo kỹ năng số\ncho công chức'),
									cell('Sở Thông tin và Truyền thông\nSở Tài chính'),
									cell('chậm nhất ngày 30/9/2025')
								]
							})
						]
					})
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

describe('readDocxBlocks', () => {
	it('walks paragraphs and tables in order, writing out automatic numbering', async () => {
		const blocks = await readDocxBlocks(await samplePlanDocx());
		const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
		expect(paragraphs).toEqual([
			'KẾ HOẠCH',
			'Triển khai Chỉ thị số 30/CT-TTg ngày 16/8/2024 của Thủ tướng Chính phủ',
			'II. NHIỆM VỤ, GIẢI PHÁP',
			'1. Hoàn thiện thể chế',
			'a) Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ:',
			'- Rà soát văn bản quy phạm pháp luật.',
			'Thời gian: Quý I/2025',
			'- Công bố thủ tục hành chính.',
			'b) Sở Tài chính bố trí kinh phí thực hiện.',
			'2. Phát triển hạ tầng số',
			'a) Sở Thông tin và Truyền thông xây dựng nền tảng dùng chung.',
			'PHỤ LỤC'
		]);
		expect(blocks.map((b) => b.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
	});

	it('keeps merged cells once with their spans', async () => {
		const blocks = await readDocxBlocks(await samplePlanDocx());
		const table = blocks.at(-1);
		if (table?.kind !== 'table') throw new Error('no table');
		expect(table.line).toBe(14);
		expect(table.rows.map((r) => r.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
			[
				['TT', 1, 2],
				['Nhiệm vụ', 1, 2],
				['Cơ quan thực hiện', 2, 1],
				['Thời gian hoàn thành', 1, 2]
			],
			[
				['Chủ trì', 1, 1],
				['Phối hợp', 1, 1]
			],
			[['I. CHUYỂN ĐỔI SỐ', 5, 1]],
			[
				['1', 1, 1],
				['Số hóa hồ sơ lưu trữ', 1, 1],
				['Sở Nội vụ', 1, 2],
				['Sở Tư pháp', 1, 1],
				['Quý II/2025', 1, 1]
			],
			[
				['2', 1, 1],
				['Đào tạo kỹ năng số\ncho công chức', 1, 1],
				['Sở Thông tin và Truyền thông\nSở Tài chính', 1, 1],
				['chậm nhất ngày 30/9/2025', 1, 1]
			]
		]);
	});

	it('feeds the importer: header table, numbered tasks and the appendix', async () => {
		const plan = importPlan(await readDocxBlocks(await samplePlanDocx()));
		const json = toImportJson(plan);
		expect(json.document).toMatchObject({
			type: 'KH',
			number: '4321',
			symbol: 'KH-UBND',
			issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
			date: '2024-10-02',
			title: 'Triển khai Chỉ thị số 30/CT-TTg ngày 16/8/2024 của Thủ tướng Chính phủ'
		});
		expect(
			json.tasks.map((t) => [t.code, t.lead, t.coordinators, t.deadline?.due ?? null, t.source.line])
		).toEqual([
			['II.1.a.1', 'Sở Tư pháp', ['Sở Nội vụ'], '2025-03-31', 7],
			['II.1.a.2', 'Sở Tư pháp', ['Sở Nội vụ'], null, 9],
			['II.1.b', 'Sở Tài chính', [], null, 10],
			['II.2.a', 'Sở Thông tin và Truyền thông', [], null, 12],
			['PL.I.1', 'Sở Nội vụ', ['Sở Tư pháp'], '2025-06-30', 17],
			['PL.I.2', 'Sở Nội vụ', ['Sở Thông tin và Truyền thông', 'Sở Tài chính'], '2025-09-30', 18]
		]);
	});

	it('refuses bytes that are not a Word document, in Vietnamese', async () => {
		await expect(readDocxBlocks(new TextEncoder().encode('KẾ HOẠCH'))).rejects.toThrow(DocxReadError);
		await expect(readDocxBlocks(new TextEncoder().encode('KẾ HOẠCH'))).rejects.toThrow(
			/không phải tài liệu Word/
		);
		const zip = new JSZip();
		zip.file('hello.txt', 'xin chào');
		const notWord = await zip.generateAsync({ type: 'uint8array' });
		await expect(readDocxBlocks(notWord)).rejects.toThrow(/word\/document\.xml/);
	});
});

/**
 * A UBND huyện plan as Word writes it: every number an automatic list (I. / 1. / 1.1. / -), a blank
 * 'Số:      /KH-UBND' and date, and an appendix whose header row is typed again after a page break and
 * whose 'Cơ quan chủ trì' cells are merged down over several rows.
 */
async function districtPlanDocx(): Promise<Uint8Array> {
	const list = (text: string, level: number) => p(text, { reference: 'plan', level });
	const header = () =>
		new TableRow({
			tableHeader: true,
			children: [
				'TT',
				'Nội dung công việc',
				'Cơ quan chủ trì',
				'Cơ quan phối hợp',
				'Thời gian thực hiện',
				'Ghi chú'
			].map((t) => cell(t))
		});
	const row = (cells: (string | TableCell)[]) =>
		new TableRow({ children: cells.map((c) => (typeof c === 'string' ? cell(c) : c)) });
	const doc = new Document({
		numbering: {
			config: [
				{
					reference: 'plan',
					levels: [
						{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
						{ level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
						{ level: 2, format: LevelFormat.DECIMAL, text: '%2.%3.', alignment: AlignmentType.LEFT },
						{ level: 3, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }
					]
				}
			]
		},
		sections: [
			{
				children: [
					new Table({
						rows: [
							row([
								'ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố:      /KH-UBND',
								'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐức Thọ, ngày    tháng    năm 2025'
							])
						]
					}),
					p('KẾ HOẠCH'),
					p(
						'Thực hiện Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về Đề án bổ sung về phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng 8%'
					),
					p(
						'Căn cứ Kế hoạch số 50/KH-UBND ngày 20/02/2025 của UBND tỉnh Hà Tĩnh; Kế hoạch số 20-KH/HU ngày 25/02/2025 của Ban Thường vụ Huyện ủy, UBND huyện ban hành Kế hoạch thực hiện như sau:'
					),
					list('MỤC ĐÍCH, YÊU CẦU', 0),
					list('Phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt 8% trở lên.', 1),
					list('NHIỆM VỤ, GIẢI PHÁP', 0),
					list('Phát triển nông nghiệp', 1),
					list(
						'Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các xã, thị trấn triển khai chuyển đổi cơ cấu cây trồng, hoàn thành trong Quý IV/2025.',
						2
					),
					list(
						'Trung tâm Ứng dụng khoa học kỹ thuật và Bảo vệ cây trồng vật nuôi hướng dẫn kỹ thuật cho nông dân.',
						2
					),
					p('Thời gian: Thường xuyên.'),
					list('Phát triển công nghiệp, xây dựng', 1),
					list('Phòng Kinh tế và Hạ tầng:', 2),
					list('Đẩy nhanh tiến độ xây dựng Cụm công nghiệp Tùng Ảnh.', 3),
					p('Thời gian hoàn thành: Tháng 10/2025'),
					list('Rà soát quy hoạch các cụm công nghiệp; thời gian: 6 tháng cuối năm 2025.', 3),
					list('TỔ CHỨC THỰC HIỆN', 0),
					list('Các phòng, ban, UBND các xã, thị trấn báo cáo kết quả trước ngày 10/12/2025.', 1),
					p('PHỤ LỤC'),
					new Table({
						rows: [
							header(),
							row(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']),
							row([cell('A. THU HÚT ĐẦU TƯ', { columnSpan: 6 })]),
							row([
								'1',
								'Tổ chức hội nghị xúc tiến đầu tư\n(gặp mặt doanh nghiệp đầu xuân)',
								cell('Phòng Tài chính - Kế hoạch', { rowSpan: 2 }),
								'Văn phòng HĐND và UBND huyện',
								'Quý II/2025',
								''
							]),
							row([
								'2',
								'Cập nhật danh mục dự án kêu gọi đầu tư',
								'Phòng Kinh tế và Hạ tầng',
								'Hằng năm',
								''
							]),
							header(),
							row([cell('B. CẢI CÁCH HÀNH CHÍNH', { columnSpan: 6 })]),
							row([
								'3',
								'Giải quyết thủ tục hành chính trên môi trường điện tử',
								cell('Văn phòng HĐND và UBND huyện', { rowSpan: 2 }),
								'Phòng Văn hóa và Thông tin',
								'Quý I, II/2026',
								''
							]),
							row(['4', 'Công khai kết quả giải quyết hồ sơ', 'Các cơ quan liên quan', 'Trước 30/6/2025', ''])
						]
					})
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a UBND huyện plan with Word lists and a merged, repeated-header appendix', () => {
	it('reads the whole --json contract', async () => {
		const plan = importPlan(await readDocxBlocks(await districtPlanDocx()));
		const json = toImportJson(plan);
		expect(json.document).toEqual({
			type: 'KH',
			number: null,
			symbol: 'KH-UBND',
			issuer: 'ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ',
			date: null,
			title:
				'Thực hiện Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về Đề án bổ sung về phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng 8%',
			implements: [
				{
					type: 'KL',
					number: '123',
					symbol: 'KL/TW',
					date: '2025-01-24',
					issuer: 'Ban Chấp hành Trung ương Đảng',
					text: 'Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng'
				},
				{
					type: 'KH',
					number: '50',
					symbol: 'KH-UBND',
					date: '2025-02-20',
					issuer: 'UBND tỉnh Hà Tĩnh',
					text: 'Kế hoạch số 50/KH-UBND ngày 20/02/2025 của UBND tỉnh Hà Tĩnh'
				},
				{
					type: 'KH',
					number: '20',
					symbol: 'KH/HU',
					date: '2025-02-25',
					issuer: 'Ban Thường vụ Huyện ủy',
					text: 'Kế hoạch số 20-KH/HU ngày 25/02/2025 của Ban Thường vụ Huyện ủy'
				}
			]
		});
		expect(json.tasks.map(({ source, ...t }) => ({ ...t, line: source.line }))).toEqual([
			{
				code: 'II.1.1',
				content:
					'Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các xã, thị trấn triển khai chuyển đổi cơ cấu cây trồng.',
				lead: 'Phòng Nông nghiệp và Phát triển nông thôn',
				coordinators: ['UBND các xã, thị trấn'],
				deadline: { text: 'Quý IV/2025', due: '2025-12-31' },
				output: null,
				line: 9
			},
			{
				code: 'II.1.2',
				content:
					'Trung tâm Ứng dụng khoa học kỹ thuật và Bảo vệ cây trồng vật nuôi hướng dẫn kỹ thuật cho nông dân.',
				lead: 'Trung tâm Ứng dụng khoa học kỹ thuật và Bảo vệ cây trồng vật nuôi',
				coordinators: [],
				deadline: { text: 'Thường xuyên', due: null },
				output: null,
				line: 10
			},
			{
				code: 'II.2.1.1',
				content: 'Đẩy nhanh tiến độ xây dựng Cụm công nghiệp Tùng Ảnh.',
				lead: 'Phòng Kinh tế và Hạ tầng',
				coordinators: [],
				deadline: { text: 'Tháng 10/2025', due: '2025-10-31' },
				output: null,
				line: 14
			},
			{
				code: 'II.2.1.2',
				content: 'Rà soát quy hoạch các cụm công nghiệp',
				lead: 'Phòng Kinh tế và Hạ tầng',
				coordinators: [],
				deadline: { text: '6 tháng cuối năm 2025', due: '2025-12-31' },
				output: null,
				line: 16
			},
			{
				code: 'PL.A.1',
				content: 'Tổ chức hội nghị xúc tiến đầu tư\n(gặp mặt doanh nghiệp đầu xuân)',
				lead: 'Phòng Tài chính - Kế hoạch',
				coordinators: ['Văn phòng HĐND và UBND huyện'],
				deadline: { text: 'Quý II/2025', due: '2025-06-30' },
				output: null,
				line: 23
			},
			{
				code: 'PL.A.2',
				content: 'Cập nhật danh mục dự án kêu gọi đầu tư',
				lead: 'Phòng Tài chính - Kế hoạch',
				coordinators: ['Phòng Kinh tế và Hạ tầng'],
				deadline: { text: 'Hằng năm', due: null },
				output: null,
				line: 24
			},
			{
				code: 'PL.B.3',
				content: 'Giải quyết thủ tục hành chính trên môi trường điện tử',
				lead: 'Văn phòng HĐND và UBND huyện',
				coordinators: ['Phòng Văn hóa và Thông tin'],
				deadline: { text: 'Quý I, II/2026', due: '2026-06-30' },
				output: null,
				line: 27
			},
			{
				code: 'PL.B.4',
				content: 'Công khai kết quả giải quyết hồ sơ',
				lead: 'Văn phòng HĐND và UBND huyện',
				coordinators: [],
				deadline: { text: 'Trước 30/6/2025', due: '2025-06-30' },
				output: null,
				line: 28
			}
		]);
		expect(plan.groups.map((g) => [g.code, g.title])).toEqual([
			['II.1', 'Phát triển nông nghiệp'],
			['II.2', 'Phát triển công nghiệp, xây dựng'],
			['PL.A', 'THU HÚT ĐẦU TƯ'],
			['PL.B', 'CẢI CÁCH HÀNH CHÍNH']
		]);
	});
});

describe('a plan exported by renderPlanDocx and imported back', () => {
	it('comes back with its header and every task, the appendix not doubling them', async () => {
		const plan = importPlan(await readDocxBlocks(await renderPlanDocx(samplePlan())));
		const json = toImportJson(plan);
		expect(json.document).toMatchObject({
			type: 'KH',
			number: '1520',
			symbol: 'KH-UBND',
			issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH',
			date: '2024-08-01'
		});
		expect(
			json.document.implements.map((c) => `${c.number ?? ''}|${c.symbol ?? ''}|${c.date ?? ''}`)
		).toEqual(['709|QĐ-TTg|2024-07-23', '156|KH/TU|2024-04-24']);
		const expected = samplePlan().groups.flatMap((g) =>
			g.tasks.map((t) => ({
				// the importer names items by their place in section II: the plan's task 1.a is II.1.a
				code: `II.${t.code}`,
				content: t.content,
				lead: t.leadName,
				coordinators: t.coordinatorNames,
				deadline: t.deadline === null ? null : { text: t.deadline.text, due: t.deadline.due },
				output: t.output
			}))
		);
		const tasks = json.tasks.map(({ source: _source, ...t }) => t);
		expect(tasks.filter((t) => t.code.startsWith('II.'))).toEqual(expected);
		// section III assigns work unit by unit: the importer reads its items as tasks of their own, with the unit
		// each names as the lead (real plans assign further tasks there)
		expect(tasks.filter((t) => !t.code.startsWith('II.')).map((t) => [t.code, t.lead])).toEqual([
			['III.1', 'Thủ trưởng các sở, ban, ngành'],
			['III.2', 'Sở Khoa học và Công nghệ']
		]);
		expect(plan.groups.map((g) => g.code)).toEqual(['II.1', 'II.2']);
		expect(plan.narrative.organisation).toBe(samplePlan().sections.organisation);
	});
});
