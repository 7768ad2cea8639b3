import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// A plan whose appendix lists the tasks of section III again, with their leads and times, in a table written
// with outer bars whose group rows are one cell ('| I. NÂNG CAO NHẬN THỨC |').
const plan = [
	'KẾ HOẠCH',
	'Chuyển đổi số cho doanh nghiệp',
	'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
	'1. Nâng cao nhận thức',
	'a) Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh.',
	'b) Phát động phong trào thi đua về chuyển đổi số.',
	'IV. TỔ CHỨC THỰC HIỆN',
	'Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
	'| Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH |',
	'PHỤ LỤC',
	'DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM',
	'| STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
	'| I. NÂNG CAO NHẬN THỨC |',
	'| 1 | Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh | Sở KH&CN | UBND các xã, phường | Thường xuyên |',
	'| II. HẠ TẦNG SỐ |',
	'| 2 | Xây dựng kế hoạch triển khai hạ tầng 5G trong các khu công nghiệp. | Sở KH&CN | Sở Công Thương | Quí IV-2025 |'
].join('\n');

describe('an appendix table that repeats tasks of the body', () => {
	const tasks = toImportJson(importPlanText(plan)).tasks;

	it('reads the table whole across its one-cell group rows', () => {
		const row = tasks.find((t) => t.content.startsWith('Xây dựng kế hoạch triển khai hạ tầng 5G'));
		expect(row?.lead).toBe('Sở KH&CN');
		expect(row?.deadline?.text).toBe('Quí IV-2025');
	});

	it('gives a body task the lead and time of the row repeating it, and lists it once', () => {
		const repeated = tasks.filter((t) => t.content.startsWith('Triển khai đánh giá mức độ chuyển đổi số'));
		expect(repeated).toHaveLength(1);
		expect(repeated[0]?.lead).toBe('Sở KH&CN');
		expect(repeated[0]?.coordinators).toEqual(['UBND các xã, phường']);
		expect(repeated[0]?.deadline?.text).toBe('Thường xuyên');
		// a body task no row repeats keeps no lead
		expect(tasks.find((t) => t.content.startsWith('Phát động phong trào thi đua'))?.lead).toBeNull();
	});
});
