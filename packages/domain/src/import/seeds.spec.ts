import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../unit/unit.ts';

// The five seed documents of the demo cascade, verbatim in fixtures/seeds (docs/domain.md).
const seed = (name: string): string =>
	readFileSync(new URL(`./fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
const seed000 = seed('000_a95fb1284217b662');
const seed001 = seed('001_d0d5ecd0f3562ced');
const seed002 = seed('002_7e0883046d7fbb4f');
const seed003 = seed('003_da997ee3a5bbd8c6');
const seed004 = seed('004_6f097a50fd5d6df0');
import { importPlanText } from './import-plan.ts';

function unit(id: string, name: string, shortName: string, kind: Unit['kind'] = 'state'): Unit {
	return { id, name, shortName, kind, parentId: null };
}

// The units of the demo seed (packages/db/src/seed/data/units.ts) the two seed plans name.
const UNITS: Unit[] = [
	unit('qb-so-khcn', 'Sở Khoa học và Công nghệ tỉnh Quảng Bình', 'Sở KH&CN'),
	unit('qb-so-tttt', 'Sở Thông tin và Truyền thông tỉnh Quảng Bình', 'Sở TT&TT'),
	unit('qb-so-noi-vu', 'Sở Nội vụ tỉnh Quảng Bình', 'Sở Nội vụ'),
	unit('qb-so-ngoai-vu', 'Sở Ngoại vụ tỉnh Quảng Bình', 'Sở Ngoại vụ'),
	unit('qb-so-tai-chinh', 'Sở Tài chính tỉnh Quảng Bình', 'Sở Tài chính'),
	unit('qb-mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình', 'UBMTTQ Việt Nam tỉnh', 'other'),
	unit(
		'qb-so-nganh',
		'Các sở, ban, ngành, đơn vị cấp tỉnh Quảng Bình',
		'Các sở, ban, ngành, đơn vị cấp tỉnh',
		'other'
	),
	unit(
		'qb-ubnd-huyen',
		'UBND các huyện, thị xã, thành phố tỉnh Quảng Bình',
		'UBND các huyện, thị xã, thành phố',
		'other'
	),
	unit(
		'qb-truong-dh-cd',
		'Các trường đại học, cao đẳng trên địa bàn tỉnh Quảng Bình',
		'Các trường đại học, cao đẳng trên địa bàn tỉnh',
		'other'
	),
	unit('qng-btgtu', 'Ban Tuyên giáo Tỉnh ủy Quảng Ngãi', 'Ban Tuyên giáo Tỉnh ủy', 'party'),
	unit('qng-dd-hdnd', 'Đảng đoàn Hội đồng nhân dân tỉnh Quảng Ngãi', 'Đảng đoàn HĐND tỉnh', 'party'),
	unit('qng-bcsd-ubnd', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Ngãi', 'BCSĐ UBND tỉnh', 'party'),
	unit(
		'qng-mttq-ctxh',
		'Đảng đoàn Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh, Ban Thường vụ Tỉnh Đoàn Quảng Ngãi',
		'Đảng đoàn MTTQ, các tổ chức CT-XH tỉnh, BTV Tỉnh Đoàn',
		'other'
	),
	unit(
		'qng-cap-uy-truc-thuoc',
		'Ban thường vụ các huyện ủy, thị ủy, thành ủy, Đảng ủy trực thuộc Tỉnh ủy Quảng Ngãi',
		'BTV các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
		'other'
	)
];

// Expected code → [lead, coordinators], copied from packages/db/src/seed/data/plan-quang-binh.ts.
const QUANG_BINH: Record<string, [string, string[]]> = {
	'II.1.a.1': ['qb-so-nganh', ['qb-ubnd-huyen']],
	'II.1.a.2': ['qb-so-nganh', ['qb-ubnd-huyen']],
	'II.1.a.3': ['qb-so-nganh', ['qb-ubnd-huyen', 'qb-mttq']],
	'II.1.b': ['qb-so-tttt', []],
	'II.2.a.1': ['qb-so-nganh', ['qb-ubnd-huyen']],
	'II.2.a.2': ['qb-so-nganh', ['qb-ubnd-huyen']],
	'II.2.b.1': ['qb-so-khcn', []],
	'II.2.b.2': ['qb-so-khcn', []],
	'II.2.c': ['qb-so-noi-vu', ['qb-so-khcn']],
	'II.3.a.1': ['qb-so-khcn', []],
	'II.3.a.2': ['qb-so-khcn', []],
	'II.3.a.3': ['qb-so-khcn', []],
	'II.3.b': ['qb-truong-dh-cd', []],
	'II.4.1': ['qb-so-khcn', []],
	'II.4.2': ['qb-so-khcn', []],
	'II.5.1': ['qb-so-khcn', []],
	'II.5.2': ['qb-so-khcn', []],
	'II.6.a.1': ['qb-so-khcn', ['qb-so-ngoai-vu']],
	'II.6.a.2': ['qb-so-khcn', ['qb-so-ngoai-vu']],
	'II.6.b': ['qb-so-noi-vu', ['qb-so-ngoai-vu', 'qb-so-tai-chinh']],
	// the demo data leaves out what 'III. TỔ CHỨC THỰC HIỆN' assigns; the importer reads it as tasks too
	'III.1': ['qb-so-nganh', ['qb-ubnd-huyen']],
	'III.2': ['qb-so-khcn', []]
};

describe('seed 002: the Quảng Bình plan', () => {
	const plan = importPlanText(seed002, { units: UNITS });

	it('finds every task of the structured demo data, with its lead and coordinators', () => {
		const got = Object.fromEntries(plan.tasks.map((t) => [t.code, [t.leadUnitId, t.coordinatorUnitIds]]));
		expect(got).toEqual(QUANG_BINH);
	});

	it('keeps the wording of the lead as written and the bullet text without its heading', () => {
		const first = plan.tasks[0];
		expect(first?.lead).toBe('Các sở, ban, ngành, đơn vị cấp tỉnh');
		expect(first?.coordinators).toEqual(['UBND các huyện, thị xã, thành phố']);
		expect(first?.content.startsWith('Tăng cường sự lãnh đạo, chỉ đạo nhằm tạo chuyển biến')).toBe(true);
		const c = plan.tasks.find((t) => t.code === 'II.2.c');
		expect(c?.content.startsWith('Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ')).toBe(true);
		expect(plan.tasks.every((t) => t.deadline === null && t.output === null)).toBe(true);
	});

	it('reads the groups, the type, the title and the two documents it implements', () => {
		expect(plan.groups.map((g) => g.code)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6']);
		expect(plan.groups[3]?.title).toBe('Xây dựng, phát triển hệ sinh thái khởi nghiệp sáng tạo');
		expect(plan.document.type).toBe('KH');
		expect(plan.document.title?.startsWith('TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 709/QĐ-TTG')).toBe(true);
		expect(plan.document.implements.map((c) => [c.type, c.number, c.symbol, c.date, c.issuer])).toEqual([
			['QĐ', '709', 'QĐ-TTg', '2024-07-23', 'Thủ tướng Chính phủ'],
			['KH', '156', 'KH/TU', '2024-04-24', 'Ban Thường vụ Tỉnh ủy']
		]);
	});

	it('keeps the aims and the organisation section as narrative, not as tasks', () => {
		expect(plan.narrative.purpose.split('\n')[0]).toBe('1. Mục đích');
		expect(plan.narrative.organisation.startsWith('1. Thủ trưởng các sở, ban, ngành')).toBe(true);
		expect(plan.narrative.organisation.endsWith('có hiệu quả Kế hoạch này./.')).toBe(true);
		expect(plan.sections.map((s) => s.code)).toEqual(['I', 'II', 'III']);
		expect(plan.lines[plan.tasks[0]!.source.line - 1]).toContain('Tăng cường sự lãnh đạo, chỉ đạo nhằm');
	});

	it('lists every unit name once, matched to the known units', () => {
		expect(plan.units.every((u) => u.unitId !== null && u.proposal === null)).toBe(true);
		expect(plan.warnings).toContain('Không tìm thấy số, ký hiệu văn bản (dòng “Số: …”).');
	});
});

describe('seed 000: Công văn 2018-CV/TU, tasks per addressed body', () => {
	const plan = importPlanText(seed000, { units: UNITS });

	it('reads the party header', () => {
		expect(plan.document).toMatchObject({
			type: 'CV',
			number: '2018',
			symbol: 'CV/TU',
			issuer: 'TỈNH ỦY QUẢNG NGÃI',
			place: 'Quảng Ngãi',
			date: '2024-02-22',
			style: 'party'
		});
		expect(plan.document.title).toBe(
			'Về tổ chức nghiên cứu, quán triệt, phổ biến và triển khai thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị'
		);
		expect(plan.document.implements.map((c) => `${c.number}-${c.symbol}`)).toEqual(['69-KL/TW']);
	});

	it('gives each heading body its tasks', () => {
		expect(plan.tasks.map((t) => [t.code, t.leadUnitId])).toEqual([
			['1.1', 'qng-cap-uy-truc-thuoc'],
			['2.1', 'qng-dd-hdnd'],
			['3.1', 'qng-bcsd-ubnd'],
			['3.2', 'qng-bcsd-ubnd'],
			['3.3', 'qng-bcsd-ubnd'],
			['3.4', 'qng-bcsd-ubnd'],
			['3.5', 'qng-bcsd-ubnd'],
			['3.6', 'qng-bcsd-ubnd'],
			['3.7', 'qng-bcsd-ubnd'],
			['4.1', 'qng-mttq-ctxh'],
			['5.1', 'qng-btgtu']
		]);
		expect(plan.tasks.every((t) => t.coordinators.length === 0 && t.deadline === null)).toBe(true);
	});

	it('joins a paragraph a page break cut in two', () => {
		const t = plan.tasks.find((x) => x.code === '3.4');
		expect(t?.content).toContain('nghiên cứu, phát triển khoa học, công nghệ và đổi mới sáng tạo');
		expect(plan.tasks.find((x) => x.code === '5.1')?.content).toContain('sơ kết, tổng kết, đánh giá');
	});
});

describe('seed 001: KL 69 and its copies', () => {
	const plan = importPlanText(seed001);

	it('reads the first letter as the document and the others as related', () => {
		expect(plan.document).toMatchObject({ type: 'CV', number: '1614', symbol: 'CV/HU', date: '2024-01-25' });
		expect(plan.document.issuer).toBe('HUYỆN ỦY CẦN ĐƯỚC');
		expect(plan.document.parentIssuer).toBe('ĐẢNG BỘ TỈNH LONG AN');
		expect(plan.related.map((r) => [r.number, r.symbol, r.date, r.relation])).toEqual([
			['2241', 'CV/TU', '2024-01-22', 'included'],
			['69', 'KL/TW', '2024-01-11', 'included'],
			['287', 'BS/VPTU', '2024-01-22', 'copies'],
			['279', 'BS/VPHU', '2024-01-25', 'copies']
		]);
		expect(plan.related[2]?.issuer).toBe('TỈNH ỦY LONG AN VĂN PHÒNG');
	});

	it('keeps the letters’ own assignments with the hard deadline', () => {
		const letter = plan.tasks.filter((t) => t.code.startsWith('0.'));
		expect(letter.map((t) => [t.lead, t.coordinators, t.deadline])).toEqual([
			['Ban Tuyên giáo Huyện ủy', [], null],
			[
				'Ban Tuyên giáo Tỉnh ủy',
				['Ban cán sự đảng Ủy ban nhân dân tỉnh'],
				{ text: 'chậm nhất ngày 27/02/2024', due: '2024-02-27' }
			]
		]);
	});

	it('reads the six task groups and the bodies of section 7', () => {
		expect(plan.groups.map((g) => g.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
		const seven = plan.tasks.filter((t) => t.groupCode === '7').map((t) => t.lead);
		expect(seven).toContain('Ban Tuyên giáo Trung ương');
		expect(seven).toContain('Đảng đoàn Quốc hội');
		// scan debris ('SẢN', 'PHÒ', 'ĐƯỢC') is dropped and the cut sentence joined
		expect(plan.tasks.filter((t) => t.groupCode === '5')).toHaveLength(3);
	});
});

describe('seed 003: Hướng dẫn 149-HD/BTGTW', () => {
	const plan = importPlanText(seed003);
	it('reads number, date and the Kết luận it implements', () => {
		expect(plan.document).toMatchObject({
			type: 'HD',
			number: '149',
			symbol: 'HD/BTGTW',
			issuer: 'BAN TUYÊN GIÁO',
			parentIssuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
			date: '2024-03-25'
		});
		expect(plan.document.implements[0]).toMatchObject({ number: '69', symbol: 'KL/TW', date: '2024-01-11' });
	});
	it('reads the six focus contents of II, led by the party committees with the Front and mass organisations', () => {
		expect(plan.tasks.map((t) => [t.code, t.content.slice(0, 40)])).toEqual([
			['II.1.1', 'Tăng cường sự lãnh đạo của Đảng đối với '],
			['II.1.2', 'Đổi mới tư duy, hoàn thiện chính sách, p'],
			['II.1.3', 'Nâng cao tiềm lực khoa học, công nghệ và'],
			['II.1.4', 'Phát triển hệ thống đổi mới sáng tạo quố'],
			['II.1.5', 'Thúc đẩy phát triển thị trường khoa học '],
			['II.1.6', 'Đẩy mạnh hội nhập, hợp tác quốc tế về kh'],
			// 'III. TỔ CHỨC THỰC HIỆN' gives each body its part: tasks too
			['III.1', 'Các tỉnh ủy, thành ủy, đảng ủy trực thuộ'],
			// the paragraph after item 1 opens with another doer: its own task
			['III.1.1', 'Ban Tuyên giáo các tỉnh ủy, thành ủy tha'],
			['III.2', 'Đảng đoàn Quốc hội, Ban cán sự đảng Chín'],
			['III.3.1', 'Ban cán sự đảng Chính phủ chỉ đạo các bộ'],
			['III.3.2', 'Ban cán sự đảng Bộ Khoa học và Công nghệ'],
			['III.3.3', 'Ban cán sự đảng các bộ, ngành liên quan '],
			['III.4', 'Đảng đoàn Mặt trận Tổ quốc Việt Nam, các'],
			['III.5', 'Ban Tuyên giáo Trung ương chỉ đạo, định ']
		]);
		expect(plan.tasks.filter((t) => t.code.startsWith('III')).map((t) => t.lead)).toEqual([
			'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
			'Ban Tuyên giáo các tỉnh ủy, thành ủy',
			'Đảng đoàn Quốc hội',
			'Ban cán sự đảng Chính phủ',
			'Ban cán sự đảng Bộ Khoa học và Công nghệ',
			'Ban cán sự đảng các bộ, ngành liên quan',
			// joint subjects: the first leads
			'Đảng đoàn Mặt trận Tổ quốc Việt Nam',
			'Ban Tuyên giáo Trung ương'
		]);
		for (const task of plan.tasks.filter((t) => t.code.startsWith('II.'))) {
			expect(task.lead).toBe('Các cấp ủy, tổ chức đảng, chính quyền');
			expect(task.coordinators).toEqual([
				'Mặt trận Tổ quốc Việt Nam',
				'các tổ chức chính trị - xã hội các cấp'
			]);
			expect(task.deadline).toBeNull();
		}
	});
});

describe('seed 004: a news item', () => {
	it('gives no tasks, no document number and no crash', () => {
		const plan = importPlanText(seed004);
		expect(plan.tasks).toEqual([]);
		expect(plan.document.number).toBeNull();
		expect(plan.document.implements).toEqual([]);
		expect(plan.warnings).toContain('Không tìm thấy nhiệm vụ nào trong văn bản.');
	});
});
