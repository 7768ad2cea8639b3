import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// A provincial plan for digital transformation (Đồng Tháp, 2025): a subheading's lead-in naming the systems
// to build, and enterprises of some fields named as a unit.
const tasks = toImportJson(
	importPlanText(
		[
			'KẾ HOẠCH',
			'Chuyển đổi số trong hoạt động xây dựng, quản lý kết cấu hạ tầng giao thông',
			'III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU',
			'4. Phát triển nền tảng, ứng dụng số',
			'4.1. Ứng dụng hệ thống thông tin địa lý (GIS)',
			'Nghiên cứu, ứng dụng GIS để quản lý, giám sát và cung cấp thông tin quy hoạch.',
			'4.2. Nền tảng giám sát, điều hành giao thông thông minh',
			'Nghiên cứu, triển khai các nền tảng số chuyên dùng, cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh như:',
			'- Hệ thống giám sát, điều hành giao thông thông minh.',
			'- Hệ thống giám sát điều hành hoạt động các bến xe, cảng thủy nội địa.',
			'V. TỔ CHỨC THỰC HIỆN',
			'1. Sở Xây dựng',
			'- Chủ trì xây dựng hệ thống thông tin dữ liệu về quy hoạch xây dựng.',
			'2. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh',
			'- Chủ động phối hợp triển khai các giải pháp, nền tảng số phục vụ quản lý hạ tầng giao thông.'
		].join('\n')
	)
).tasks;
const find = (start: string) => tasks.find((t) => t.content.startsWith(start));

describe('subheadings with lead-ins, units named with their field', () => {
	it('a lead-in "… như:" over the systems it names is one task; the systems are not tasks', () => {
		expect(find('Nghiên cứu, triển khai các nền tảng số chuyên dùng')).toBeDefined();
		expect(tasks.some((t) => t.content.startsWith('Hệ thống'))).toBe(false);
		expect(find('Nghiên cứu, ứng dụng GIS')).toBeDefined();
	});

	it('a unit heading qualified by where it works ("… trong lĩnh vực A, B, C trên địa bàn Tỉnh") is one name', () => {
		expect(find('Chủ động phối hợp triển khai')?.lead).toBe(
			'Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh'
		);
	});
});
