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
import { DocxReadError, readDocxBlocks } from './docx-read.ts';
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
				code: t.code,
				content: t.content,
				lead: t.leadName,
				coordinators: t.coordinatorNames,
				deadline: t.deadline === null ? null : { text: t.deadline.text, due: t.deadline.due },
				output: t.output
			}))
		);
		expect(json.tasks.map(({ source: _source, ...t }) => t)).toEqual(expected);
		expect(plan.groups.map((g) => g.code)).toEqual(['II.1', 'II.2']);
		expect(plan.narrative.organisation).toBe(samplePlan().sections.organisation);
	});
});
