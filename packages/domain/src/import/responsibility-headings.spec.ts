import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// A province's plan for a public-asset inventory (Quảng Ngãi, 2025): tasks by position and unit, the headings
// worded as responsibilities or with the unit's role,.
const tasks = toImportJson(
	importPlanText(
		[
			'KẾ HOẠCH',
			'Triển khai thực hiện Tổng kiểm kê tài sản công',
			'IV. NHIỆM VỤ CỤ THỂ',
			'1. Nhiệm vụ của thành viên Ban Chỉ đạo',
			'1.1. Trưởng Ban Chỉ đạo',
			'- Phụ trách chung, trực tiếp điều hành, chỉ đạo, chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả thực hiện tổng kiểm kê tài sản thuộc phạm vi quản lý của tỉnh.',
			'- Quyết định những vấn đề thuộc phạm vi, chức năng, nhiệm vụ của Ban Chỉ đạo cấp tỉnh.',
			'1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo',
			'- Làm đầu mối tổ chức tập huấn, hướng dẫn thực hiện tổng kiểm kê.',
			'Thời gian thực hiện: Tháng 11 - 12/2025.',
			'1.3. Trách nhiệm của đối tượng thực hiện kiểm kê:',
			'- Thành lập Tổ kiểm kê do Thủ trưởng đối tượng thực hiện kiểm kê quyết định.',
			'Thời hạn hoàn thành: Trước ngày 30/11/2025.',
			'1.4. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu của doanh nghiệp):',
			'- Đôn đốc, hướng dẫn đối tượng thực hiện kiểm kê cấp dưới thực hiện kiểm kê.',
			'V. KINH PHÍ THỰC HIỆN',
			'Thực hiện theo quy định.',
			'VI. TỔ CHỨC THỰC HIỆN',
			'1. Trên cơ sở nội dung Kế hoạch nêu trên, các sở, ban, ngành tỉnh, Ủy ban nhân dân các phường, xã, đặc khu căn cứ nội dung Kế hoạch để thành lập, kiện toàn Ban Chỉ đạo kiểm kê.',
			'2. Việc triển khai Kế hoạch này phải được thực hiện bằng nhiều phương pháp, hình thức phù hợp.'
		].join('\n')
	)
).tasks;
const find = (start: string) => tasks.find((t) => t.content.startsWith(start));

describe('headings by position and responsibility', () => {
	it('a board’s head as a heading leads its bullets, also "Phụ trách …" and "Quyết định …" ones', () => {
		expect(find('Phụ trách chung')?.lead).toBe('Trưởng Ban Chỉ đạo');
		expect(find('Quyết định những vấn đề')?.lead).toBe('Trưởng Ban Chỉ đạo');
	});

	it('"Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo" is Sở Tài chính', () => {
		expect(find('Làm đầu mối')?.lead).toBe('Sở Tài chính');
	});

	it('"Trách nhiệm của X:" is X, its describing bracket dropped', () => {
		expect(find('Thành lập Tổ kiểm kê')?.lead).toBe('Đối tượng thực hiện kiểm kê');
		expect(find('Đôn đốc, hướng dẫn đối tượng')?.lead).toBe('Các cơ quan quản lý cấp trên');
	});
});

describe('a responsibility heading whose paragraph lists on from the bodies it names (BCĐQG 1237)', () => {
	const listed = toImportJson(
		importPlanText(
			[
				'KẾ HOẠCH',
				'Tìm kiếm, quy tập hài cốt liệt sĩ',
				'D. TỔ CHỨC THỰC HIỆN',
				'2. Bộ Quốc phòng',
				'Chủ trì nghiên cứu, đề xuất các văn bản về cơ chế, chính sách.',
				'3. Trách nhiệm của các Bộ, ngành, địa phương; Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
				'Căn cứ các nội dung phân công tại Kế hoạch này, các Bộ, ngành, địa phương, đơn vị, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam xây dựng các văn bản hướng dẫn, chỉ đạo.',
				'4. Trách nhiệm của các Bộ, ngành',
				'Sở Ngoại vụ tỉnh chủ trì đón tiếp đoàn công tác.'
			].join('\n')
		)
	).tasks;

	it("keeps the heading's first body as lead, and a different doer the paragraph names", () => {
		expect(listed.find((t) => t.content.includes('xây dựng các văn bản hướng dẫn'))?.lead).toBe(
			'Các Bộ, ngành, địa phương'
		);
		expect(listed.find((t) => t.content.includes('đón tiếp đoàn'))?.lead).toBe('Sở Ngoại vụ tỉnh');
	});
});
