import { describe, expect, it } from 'vitest';
import { assignsNothing, startsWithAction } from './narrative.ts';

describe('narrative that asks nobody to do anything', () => {
	it('keeps what begins with what is to be done, after a time or not', () => {
		for (const text of [
			'Rà soát, hoàn thiện hệ thống chính sách, pháp luật về ưu đãi người có công.',
			'Năm 2018: Rà soát, tổng kết hệ thống văn bản chính sách.',
			'Đến năm 2020, 100% người có công với cách mạng được lập hồ sơ theo dõi sức khỏe.',
			'Gia tăng số lượng, nâng cao chất lượng, hiệu quả khai thác tài sản trí tuệ.'
		])
			expect(assignsNothing(text), text).toBe(false);
		expect(startsWithAction('Năm 2019: Trình ban hành Pháp lệnh')).toBe(true);
	});

	it('drops criteria, cases and rules (HCM QĐ 3210/QĐ-UBND, II.1, II.3, 4.1.b)', () => {
		for (const text of [
			'Nhà ở bị hư hỏng nặng phải phá đi xây dựng lại nhà ở mới.',
			'Hộ gia đình mà người có công với cách mạng là người cao tuổi.',
			'Là người có tên trong danh sách người có công với cách mạng do Phòng Lao động - Thương binh và Xã hội quản lý.',
			'Đối với trường hợp nhà ở phải phá dỡ để xây dựng lại thì nhà ở mới phải bảo đảm tiêu chuẩn 3 cứng.',
			'Đề án hỗ trợ người có công với cách mạng về nhà ở cần phân định rõ số lượng, mức vốn hỗ trợ.'
		])
			expect(assignsNothing(text), text).toBe(true);
		// a thing listed under 'bao gồm:' is no action, though it states no rule either
		expect(startsWithAction('Đơn đề nghị hỗ trợ về nhà ở của hộ gia đình')).toBe(false);
	});
});
