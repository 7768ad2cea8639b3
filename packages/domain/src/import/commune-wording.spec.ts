import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// Wordings of commune plans for the 2026 elections (xã Phố Bảng, xã Lương Minh) that were misread.
const plan = [
	'ỦY BAN BẦU CỬ XÃ PHỐ BẢNG',
	'TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT',
	'Số: 01/KH-TBTTKT',
	'KẾ HOẠCH',
	'Triển khai công tác tuyên truyền bầu cử',
	'II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN',
	'1. Nội dung tuyên truyền trọng tâm theo thời gian',
	'1.1. Đợt 1: Trong tháng 12/2025',
	'- Tuyên truyền Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử.',
	'1.2. Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026',
	'- Tập trung tuyên truyền đậm nét, cao điểm về cuộc bầu cử.',
	'IV. TỔ CHỨC THỰC HIỆN',
	'1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử về kết quả triển khai.',
	'2. Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực: Trực tiếp chỉ đạo chuẩn bị tốt các nội dung trang trí, khánh tiết.',
	'V. KHẨU HIỆU TUYÊN TRUYỀN',
	'1. Ngày bầu cử là Ngày hội đại đoàn kết toàn dân tộc!'
].join('\n');

describe('commune plans: positions as leads and phases with their time', () => {
	const tasks = toImportJson(importPlanText(plan)).tasks;
	const find = (start: string) => tasks.find((t) => t.content.startsWith(start));

	it('a position written as the label of its task leads it, "xây dựng" in its name included', () => {
		expect(find('Phụ trách chung')?.lead).toBe('Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban');
		expect(find('Trực tiếp chỉ đạo')?.lead).toBe(
			'Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực'
		);
	});

	it('a phase heading ("Đợt 1: Trong tháng 12/2025") gives its items their time', () => {
		expect(find('Tuyên truyền Chỉ thị số 46-CT/TW')?.deadline?.text).toMatch(/tháng 12\/2025$/iu);
		expect(find('Tập trung tuyên truyền')?.deadline?.text).toBe('Từ tháng 01 đến ngày bầu cử 15/3/2026');
	});
});

describe('a heading run on into the sentence naming its doer (xã Lương Minh)', () => {
	const tasks = toImportJson(
		importPlanText(
			[
				'KẾ HOẠCH',
				'Tiếp công dân, xử lý đơn thư liên quan đến bầu cử',
				'II. NỘI DUNG THỰC HIỆN',
				'2. Tiếp nhận và xử lý đơn thư khiếu nại, tố cáo, kiến nghị Ban Thường trực UBMTTQ xã thực hiện quy trình xử lý đơn thư theo hướng dẫn, cụ thể:',
				'- Đối với khiếu nại về danh sách cử tri: Hướng dẫn công dân chuyển đơn đến Ủy ban nhân dân xã.',
				'- Đối với kiến nghị về công tác tổ chức bầu cử: Chuyển đến Tổ bầu cử để khắc phục ngay.',
				'3. Tổ chức tuyên truyền về Nghị quyết số 12 của Chính phủ, cụ thể:',
				'- Đối với cử tri: Phát tài liệu tại nhà văn hóa thôn.',
				'- Đối với người ứng cử: Gửi tài liệu qua thư điện tử.'
			].join('\n')
		)
	).tasks;

	it('gives the lead-in the doer its sentence opens with, and no doer to one naming none', () => {
		expect(tasks.find((t) => t.content.startsWith('Tiếp nhận và xử lý'))?.lead).toBe(
			'Ban Thường trực UBMTTQ xã'
		);
		expect(tasks.find((t) => t.content.startsWith('Tổ chức tuyên truyền'))?.lead ?? null).toBeNull();
	});
});
