import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from './blocks.ts';
import { importPlan, importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

const fixture = (name: string): string =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const summary = (text: string) =>
	importPlanText(text).tasks.map((t) => ({
		code: t.code,
		lead: t.lead,
		coordinators: t.coordinators,
		deadline: t.deadline,
		output: t.output
	}));

describe('an appendix-table plan written with "|"', () => {
	const plan = importPlanText(fixture('appendix-table.txt'));

	it('reads the state header', () => {
		expect(toImportJson(plan).document).toEqual({
			type: 'KH',
			number: '215',
			symbol: 'KH-UBND',
			issuer: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
			date: '2025-03-12',
			title:
				'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh năm 2025',
			// the title's directive first; the one nested in the 'Căn cứ' clause once; the clause after ';'
			implements: [
				{
					type: 'NQ',
					number: '57',
					symbol: 'NQ/TW',
					date: '2024-12-22',
					issuer: 'Bộ Chính trị',
					text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'
				},
				{
					type: 'NQ',
					number: '03',
					symbol: 'NQ-CP',
					date: '2025-01-09',
					issuer: 'Chính phủ',
					text: 'Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ'
				},
				{
					type: 'KH',
					number: '45',
					symbol: 'KH/TU',
					date: '2025-02-20',
					issuer: 'Ban Thường vụ Tỉnh ủy',
					text: 'Kế hoạch số 45-KH/TU ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy'
				}
			]
		});
		expect(plan.document.style).toBe('state');
		expect(plan.document.place).toBe('Hà Tĩnh');
	});

	it('turns group rows into groups and the other rows into tasks with every column', () => {
		expect(plan.groups).toEqual([
			{ code: 'PL.I', title: 'Hoàn thiện thể chế, chính sách', line: 29 },
			{ code: 'PL.II', title: 'Phát triển hạ tầng số', line: 32 }
		]);
		expect(summary(fixture('appendix-table.txt'))).toEqual([
			// 'III. TỔ CHỨC THỰC HIỆN' assigns too
			{
				code: 'III.1',
				lead: 'Các sở, ban, ngành',
				coordinators: ['UBND các huyện, thành phố, thị xã'],
				deadline: { text: 'trước ngày 15/12/2025', due: '2025-12-15' },
				output: null
			},
			{ code: 'III.2', lead: 'Sở Khoa học và Công nghệ', coordinators: [], deadline: null, output: null },
			{
				code: 'PL.I.1',
				lead: 'Sở Khoa học và Công nghệ',
				coordinators: ['Sở Tài chính', 'Sở Tư pháp'],
				deadline: { text: 'Quý II/2025', due: '2025-06-30' },
				output: 'Quyết định của UBND tỉnh'
			},
			{
				code: 'PL.I.2',
				lead: 'Sở Tài chính',
				coordinators: ['Sở KH&CN', 'Sở Công Thương'],
				deadline: { text: 'Tháng 7/2025', due: '2025-07-31' },
				output: 'Nghị quyết HĐND tỉnh'
			},
			{
				code: 'PL.II.1',
				lead: 'Sở Khoa học và Công nghệ',
				coordinators: [],
				deadline: { text: 'Thường xuyên', due: null },
				output: 'Nền tảng số dùng chung'
			},
			{
				code: 'PL.II.2',
				lead: 'Sở Nội vụ',
				coordinators: ['Sở Khoa học và Công nghệ'],
				deadline: { text: 'Hằng năm', due: null },
				output: 'Báo cáo kết quả đào tạo'
			},
			{
				code: 'PL.II.3',
				lead: 'Sở Khoa học và Công nghệ',
				coordinators: ['UBND các huyện, thành phố, thị xã'],
				deadline: { text: 'chậm nhất ngày 15/12/2025', due: '2025-12-15' },
				output: 'Báo cáo sơ kết'
			}
		]);
		expect(plan.tasks.find((t) => t.code === 'PL.I.1')?.source.line).toBe(30);
		expect(plan.lines[29]).toContain('Rà soát, đề xuất sửa đổi');
	});

	it('reads the same table written with tabs', () => {
		const tabbed = fixture('appendix-table.txt')
			.split('\n')
			.filter((l) => !l.startsWith('|---'))
			.map((l) => (l.startsWith('|') ? l.replace(/^\|\s*|\s*\|$/g, '').replace(/\s*\|\s*/g, '\t') : l))
			.join('\n');
		expect(summary(tabbed)).toEqual(summary(fixture('appendix-table.txt')));
	});
});

describe('a plan with "a) Sở X chủ trì …:" headings and "-" bullets', () => {
	it('hands the heading’s lead down, reads field lines, inline deadlines and parenthesised fields', () => {
		expect(summary(fixture('heading-scoped.txt'))).toEqual([
			{
				code: 'II.1.a.1',
				lead: 'Sở Thông tin và Truyền thông',
				coordinators: ['Sở Tư pháp', 'Sở Nội vụ'],
				deadline: { text: 'Quý IV/2024', due: '2024-12-31' },
				output: 'Quyết định của UBND tỉnh'
			},
			{
				code: 'II.1.a.2',
				lead: 'Sở Thông tin và Truyền thông',
				coordinators: ['Sở Tư pháp', 'Sở Nội vụ'],
				deadline: { text: 'trước ngày 30/6/2025', due: '2025-06-30' },
				output: null
			},
			{
				code: 'II.1.b',
				lead: 'Sở Tài chính',
				coordinators: ['Sở Kế hoạch và Đầu tư'],
				deadline: { text: 'Hằng năm', due: null },
				output: null
			},
			{
				code: 'II.2.a.1',
				lead: 'UBND các huyện, thành phố, thị xã',
				coordinators: ['Viễn thông Nghệ An'],
				deadline: { text: 'Năm 2025', due: '2025-12-31' },
				output: null
			},
			{
				code: 'II.2.a.2',
				lead: 'UBND cấp huyện',
				coordinators: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh'],
				deadline: { text: 'Thường xuyên', due: null },
				output: null
			},
			{
				code: 'II.2.b',
				lead: 'Sở Khoa học và Công nghệ',
				coordinators: ['Sở Công Thương'],
				deadline: { text: 'Quý I/2025', due: '2025-03-31' },
				output: 'Đề án hỗ trợ doanh nghiệp'
			}
		]);
	});

	it('keeps field lines and the trailing parenthesis out of the task text', () => {
		const plan = importPlanText(fixture('heading-scoped.txt'));
		expect(plan.tasks[0]?.content).toBe(
			'Rà soát, tham mưu ban hành các văn bản quy phạm pháp luật về chuyển đổi số thuộc thẩm quyền của tỉnh.'
		);
		expect(plan.tasks[5]?.content).toBe(
			'Sở Khoa học và Công nghệ phối hợp với Sở Công Thương tham mưu UBND tỉnh hỗ trợ doanh nghiệp chuyển đổi số'
		);
		expect(plan.tasks[0]?.source).toEqual({ line: 14, endLine: 16 });
		expect(plan.warnings).toEqual([]);
	});
});

describe('a party plan "Số 12-KH/HU" with "Tổ đảng" headings', () => {
	const plan = importPlanText(fixture('party-huyen-uy.txt'));

	it('reads the party header with its parent body', () => {
		expect(plan.document).toMatchObject({
			type: 'KH',
			number: '12',
			symbol: 'KH/HU',
			issuer: 'HUYỆN ỦY THỌ XUÂN',
			parentIssuer: 'ĐẢNG BỘ TỈNH THANH HÓA',
			place: 'Thọ Xuân',
			date: '2024-04-15',
			style: 'party',
			title:
				'học tập, quán triệt và triển khai thực hiện Kết luận số 69-KL/TW của Bộ Chính trị về khoa học và công nghệ'
		});
		expect(plan.document.implements.map((c) => [c.number, c.symbol, c.date, c.issuer])).toEqual([
			['69', 'KL/TW', '2024-01-11', 'Bộ Chính trị'],
			['156', 'KH/TU', '2024-04-24', 'Ban Thường vụ Tỉnh ủy']
		]);
	});

	it('gives bullets under "a) Tổ đảng …:" that body as lead', () => {
		expect(plan.tasks.map((t) => [t.code, t.lead, t.coordinators, t.deadline?.due ?? null])).toEqual([
			['II.1.a.1', 'Tổ đảng ở các thôn, khu phố', [], '2024-06-30'],
			['II.1.a.2', 'Tổ đảng ở các thôn, khu phố', [], null],
			['II.1.b', 'Ban Tuyên giáo Huyện ủy', ['Trung tâm Chính trị huyện'], '2024-05-30'],
			['II.2.a.1', 'Các chi bộ, đảng bộ cơ sở', [], '2024-06-30'],
			['II.2.b', 'Ủy ban Kiểm tra Huyện ủy', [], null]
		]);
		expect(plan.units.find((u) => u.name === 'Ban Tuyên giáo Huyện ủy')?.proposal).toEqual({
			name: 'Ban Tuyên giáo Huyện ủy',
			shortName: 'Ban Tuyên giáo Huyện ủy',
			kind: 'party'
		});
	});
});

describe('a plan numbered 1. / 2.1. / 2.1.1.', () => {
	const plan = importPlanText(fixture('decimal-numbering.txt'));
	it('codes tasks by the written decimal numbers and takes only the tasks section', () => {
		expect(plan.tasks.map((t) => [t.code, t.groupCode, t.lead, t.deadline])).toEqual([
			['2.1.1', '2.1', 'Phòng Giáo dục Trung học', { text: 'trước ngày 31/12/2024', due: '2024-12-31' }],
			['2.1.2', '2.1', 'Các trường trung học phổ thông', { text: 'Quý I/2025', due: '2025-03-31' }],
			['2.2.1', '2.2', 'Văn phòng Sở', { text: 'Thường xuyên', due: null }]
		]);
		expect(plan.sections.map((s) => [s.code, s.children.map((c) => c.code)])).toEqual([
			['1', []],
			['2', ['2.1', '2.2']],
			['3', []]
		]);
		expect(plan.document.issuer).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NINH');
		expect(plan.narrative.purpose).toBe('Nâng cao chất lượng quản lý và dạy học bằng công nghệ số.');
	});
});

describe('table blocks', () => {
	it('spreads merged cells and reads a two-row header ("Cơ quan thực hiện" over "Chủ trì | Phối hợp")', () => {
		const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan });
		const plan = importPlan([
			{
				kind: 'table',
				line: 1,
				rows: [
					[cell('STT', 1, 2), cell('Nội dung', 1, 2), cell('Cơ quan thực hiện', 2), cell('Thời hạn', 1, 2)],
					[cell('Chủ trì'), cell('Phối hợp')],
					[cell('A. TUYÊN TRUYỀN', 5)],
					[
						cell('1'),
						cell('Tổ chức hội nghị quán triệt'),
						cell('Ban Tuyên giáo Tỉnh ủy', 1, 2),
						cell('Sở Nội vụ'),
						cell('Tháng 5/2024')
					],
					[cell('2'), cell('Biên soạn tài liệu\nhỏi đáp'), cell('Sở Tư pháp\nSở Nội vụ'), cell('30/6/2024')]
				]
			}
		]);
		expect(plan.tasks.map((t) => [t.code, t.content, t.lead, t.coordinators, t.deadline?.due])).toEqual([
			['PL.A.1', 'Tổ chức hội nghị quán triệt', 'Ban Tuyên giáo Tỉnh ủy', ['Sở Nội vụ'], '2024-05-31'],
			[
				'PL.A.2',
				'Biên soạn tài liệu\nhỏi đáp',
				'Ban Tuyên giáo Tỉnh ủy',
				['Sở Tư pháp', 'Sở Nội vụ'],
				'2024-06-30'
			]
		]);
		expect(plan.groups).toEqual([{ code: 'PL.A', title: 'TUYÊN TRUYỀN', line: 3 }]);
	});

	it('splits text into paragraphs and "|" rows, one line each', () => {
		expect(blocksFromText('KẾ HOẠCH\n\n| TT | Nội dung |\n|---|---|\n| 1 | Việc |\nHết')).toEqual([
			{ kind: 'paragraph', text: 'KẾ HOẠCH', line: 1 },
			{
				kind: 'table',
				line: 3,
				rows: [
					[
						{ text: 'TT', colSpan: 1, rowSpan: 1 },
						{ text: 'Nội dung', colSpan: 1, rowSpan: 1 }
					],
					[],
					[
						{ text: '1', colSpan: 1, rowSpan: 1 },
						{ text: 'Việc', colSpan: 1, rowSpan: 1 }
					]
				]
			},
			{ kind: 'paragraph', text: 'Hết', line: 6 }
		]);
	});

	it('survives empty and nonsense input', () => {
		expect(importPlanText('').tasks).toEqual([]);
		expect(importPlanText('|||\n\t\t\n- \n1.\na)').warnings).toContain(
			'Không tìm thấy nhiệm vụ nào trong văn bản.'
		);
	});

	it('reads a lead named in brackets after the task, and table columns by their names', () => {
		const text = [
			'KẾ HOẠCH',
			'II. MỤC TIÊU, NHIỆM VỤ',
			'1. Cải cách hành chính',
			'- Rà soát thủ tục hành chính (Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh; Quý II/2025).',
			'- Số hóa hồ sơ (Sở Nội vụ thực hiện; thường xuyên)',
			'| STT | Nội dung thực hiện | Đơn vị thực hiện | Kinh phí thực hiện | Lộ trình |',
			'| 1 | Đào tạo kỹ năng số | Sở Nội vụ | 100 triệu đồng | Năm 2025 |'
		].join('\n');
		expect(
			importPlanText(text).tasks.map((t) => [t.code, t.content, t.lead, t.coordinators, t.deadline])
		).toEqual([
			[
				'II.1.1',
				'Rà soát thủ tục hành chính.',
				'Sở Tư pháp',
				['Văn phòng UBND tỉnh'],
				{ text: 'Quý II/2025', due: '2025-06-30' }
			],
			['II.1.2', 'Số hóa hồ sơ', 'Sở Nội vụ', [], { text: 'thường xuyên', due: null }],
			['PL.1', 'Đào tạo kỹ năng số', 'Sở Nội vụ', [], { text: 'Năm 2025', due: '2025-12-31' }]
		]);
	});
});
