import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// A party body's guidance (Ban Tuyên giáo Trung ương, 2024): 'Tổ chức thực hiện' items each opening with their party
// bodies, a paragraph after an item naming another doer, a Đảng đoàn listed with groups as joint subjects.
const tasks = toImportJson(
	importPlanText(
		[
			'HƯỚNG DẪN',
			'thực hiện Kết luận số 69-KL/TW của Bộ Chính trị',
			'III. TỔ CHỨC THỰC HIỆN',
			'1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương chủ động xây dựng kế hoạch nghiên cứu, học tập, quán triệt Kết luận.',
			'Ban Tuyên giáo các tỉnh ủy, thành ủy tham mưu giúp tỉnh ủy, thành ủy tổ chức quán triệt Kết luận đến chi bộ.',
			'2. Ban cán sự đảng Chính phủ chỉ đạo các bộ, ngành triển khai thực hiện tốt các nhiệm vụ trọng tâm.',
			'Căn cứ nội dung Hướng dẫn này, các bộ, ngành xây dựng kế hoạch thực hiện.',
			'3. Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ phổ biến, quán triệt Kết luận.',
			'4. Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, theo dõi, kiểm tra.'
		].join('\n')
	)
).tasks;
const find = (start: string) => tasks.find((t) => t.content.startsWith(start));

describe('party bodies as doers', () => {
	it('a paragraph after a numbered sentence, opening with another doer, is that doer’s task', () => {
		expect(find('Các tỉnh ủy, thành ủy')?.lead).toBe('Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương');
		expect(find('Các tỉnh ủy, thành ủy')?.content).not.toContain('Ban Tuyên giáo các tỉnh ủy');
		expect(find('Ban Tuyên giáo các tỉnh ủy')?.lead).toBe('Ban Tuyên giáo các tỉnh ủy, thành ủy');
	});
	it("a paragraph opening with a clause ('Căn cứ …, các bộ, ngành …') carries on its item", () => {
		expect(find('Ban cán sự đảng Chính phủ')?.content).toContain('Căn cứ nội dung Hướng dẫn này');
		expect(tasks.some((t) => t.content.startsWith('Căn cứ nội dung'))).toBe(false);
	});
	it("'Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức …, các hội …': the first of the joint subjects leads", () => {
		expect(find('Đảng đoàn Mặt trận')?.lead).toBe('Đảng đoàn Mặt trận Tổ quốc Việt Nam');
	});
	it('counts one task per doer', () => {
		expect(tasks).toHaveLength(5);
	});
});
