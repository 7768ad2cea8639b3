import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// Wordings met in provincial plans of 2025 (Cần Thơ, TP Hồ Chí Minh, Đắk Lắk) that were misread.
const tasksOf = (lines: string[]) => toImportJson(importPlanText(lines.join('\n'))).tasks;
const find = (tasks: ReturnType<typeof tasksOf>, start: string) =>
	tasks.find((t) => t.content.startsWith(start));

describe('provincial plans: unit headings, field lines and closing words', () => {
	const unitPlan = tasksOf([
		'KẾ HOẠCH',
		'Thực hiện Chỉ thị số 27/CT-TTg về công tác dân số',
		'II. NỘI DUNG THỰC HIỆN',
		'1. Sở Giáo dục và Đào tạo',
		'Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục phổ thông, các cơ sở giáo dục nghề nghiệp trực thuộc quản lý lồng ghép nội dung giáo dục dân số cho học sinh.',
		'2. Ủy ban nhân dân xã, phường',
		'a) Ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành các văn bản để triển khai chính sách về dân số;',
		'b) Kiện toàn Ban Chỉ đạo Dân số và Phát triển cấp xã.',
		'III. TỔ CHỨC THỰC HIỆN',
		'1. Sở Y tế',
		'Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
		'2. Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường',
		'Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức triển khai thực hiện Kế hoạch theo quy định.',
		'Trên đây là Kế hoạch thực hiện Chỉ thị số 27/CT-TTg của Thủ tướng Chính phủ về công tác dân số.'
	]);

	it('a paragraph under a unit heading past an opening clause and its verb is the unit’s', () => {
		expect(find(unitPlan, 'Căn cứ chức năng nhiệm vụ, chỉ đạo')?.lead).toBe('Sở Giáo dục và Đào tạo');
	});

	it('"Ban hành …" is what is done, not a board', () => {
		expect(find(unitPlan, 'Ban hành theo thẩm quyền')?.lead).toBe('Ủy ban nhân dân xã, phường');
	});

	it('"Trên đây là Kế hoạch …" closes the plan and is no task', () => {
		expect(unitPlan.some((t) => t.content.startsWith('Trên đây là'))).toBe(false);
		expect(find(unitPlan, 'Căn cứ chức năng, nhiệm vụ, quyền hạn')?.lead).toBe('Sở, ban, ngành thành phố');
	});

	it('a lead field naming its body before a verb, and "Thời hạn ban hành:" as the deadline', () => {
		const tasks = tasksOf([
			'KẾ HOẠCH',
			'Triển khai thi hành Luật Việc làm',
			'II. NỘI DUNG',
			'1. Phổ biến, giáo dục Luật Việc làm',
			'- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch; Sở Tư pháp và các sở, ban, ngành chủ động tổ chức triển khai.',
			'- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.',
			'2. Xây dựng Quyết định ban hành Chương trình quốc gia về bảo vệ dữ liệu cá nhân',
			'- Cơ quan chủ trì: Bộ Công an.',
			'- Thời hạn ban hành: trước ngày 31 tháng 12 năm 2026.'
		]);
		expect(find(tasks, 'Phổ biến, giáo dục')?.lead).toBe('Sở Nội vụ');
		expect(find(tasks, 'Xây dựng Quyết định')?.deadline?.text).toBe('trước ngày 31 tháng 12 năm 2026');
	});

	it('an emulation plan’s contents ("Thi đua hoàn thành …") are tasks', () => {
		const tasks = tasksOf([
			'KẾ HOẠCH',
			'Phát động đợt thi đua',
			'II. NỘI DUNG THI ĐUA',
			'1. Nội dung thi đua',
			'a) Tiếp tục nâng cao hiệu lực, hiệu quả quản lý nhà nước;',
			'b) Thi đua hoàn thành, hoàn thành vượt mức các công trình kết cấu hạ tầng, xây dựng đô thị văn minh, hiện đại; đẩy mạnh xây dựng nông thôn mới.'
		]);
		expect(find(tasks, 'Thi đua hoàn thành')).toBeDefined();
	});

	it('"NỘI DUNG, HÌNH THỨC" of a communication plan holds its tasks', () => {
		const tasks = tasksOf([
			'KẾ HOẠCH',
			'Truyền thông về giảm nghèo đa chiều năm 2025',
			'III. NỘI DUNG, HÌNH THỨC',
			'1. Nội dung',
			'- Tuyên truyền, giáo dục, nâng cao nhận thức của cán bộ, đảng viên về giảm nghèo.',
			'2. Hình thức',
			'- Lắp đặt pa - nô, băng rôn, khẩu hiệu tuyên truyền công tác giảm nghèo.',
			'IV. TỔ CHỨC THỰC HIỆN',
			'1. Sở Nông nghiệp và Môi trường',
			'- Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch này.',
			'2. Sở Văn hóa, Thể thao và Du lịch',
			'- Lồng ghép hoạt động truyền thông về Chương trình với các chương trình khác.'
		]);
		expect(find(tasks, 'Tuyên truyền, giáo dục')).toBeDefined();
		expect(find(tasks, 'Lắp đặt pa - nô')).toBeDefined();
	});

	it('a section lead-in whose opening clause closes with ";" names the doers of its items', () => {
		const tasks = tasksOf([
			'KẾ HOẠCH',
			'Triển khai Đợt thi đua',
			'II. NỘI DUNG ĐỢT THI ĐUA',
			'Để toàn dân đồng lòng, thi đua hành động, thực hiện thắng lợi các nhiệm vụ; các sở, ban, ngành, các xã, phường triển khai Đợt thi đua, tập trung thi đua thực hiện các nội dung chủ yếu sau:',
			'1. Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025.',
			'2. Thi đua thực hiện tốt công tác chuẩn bị Đại hội.'
		]);
		expect(find(tasks, 'Thi đua thực hiện thắng lợi')?.lead).toMatch(/^Các sở, ban, ngành/u);
	});

	it('a unit heading is named whole though a word in it looks like a verb ("chủ đầu tư", "đang hoạt động")', () => {
		const tasks = tasksOf([
			'KẾ HOẠCH',
			'Phát triển 5G tại các khu công nghiệp',
			'IV. TỔ CHỨC THỰC HIỆN',
			'1. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp',
			'- Tạo điều kiện về mặt bằng cho việc lắp đặt thiết bị 5G và IoT.',
			'2. Các doanh nghiệp thứ cấp đang hoạt động trong KCN',
			'- Bảo vệ an toàn thiết bị và hạ tầng trong phạm vi quản lý.'
		]);
		expect(find(tasks, 'Tạo điều kiện về mặt bằng')?.lead).toBe(
			'Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp'
		);
		expect(find(tasks, 'Bảo vệ an toàn thiết bị')?.lead).toBe(
			'Các doanh nghiệp thứ cấp đang hoạt động trong KCN'
		);
	});

	it('a numbered item that only gives a time ("3. Thời gian tổ chức phong trào thi đua: …") times its section', () => {
		const tasks = tasksOf([
			'KẾ HOẠCH',
			'Phát động phong trào thi đua',
			'II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA',
			'2. Nội dung thi đua',
			'a) Thi đua thực hiện tốt công tác thông tin, tuyên truyền cuộc bầu cử.',
			'3. Thời gian tổ chức phong trào thi đua: Phong trào được triển khai từ tháng 10 năm 2025 đến hết tháng 3 năm 2026.'
		]);
		expect(find(tasks, 'Thi đua thực hiện tốt')?.deadline?.text).toMatch(/tháng 3 năm 2026/u);
		expect(tasks.some((t) => t.content.startsWith('Thời gian'))).toBe(false);
	});

	const closing = tasksOf([
		'KẾ HOẠCH',
		'Thực hiện Chương trình nâng cao chất lượng giáo dục mầm non',
		'III. NHIỆM VỤ, GIẢI PHÁP',
		'2. Đa dạng mô hình giáo dục mầm non',
		'đ) Vận dụng có chọn lọc các mô hình giáo dục mầm non tiên tiến thông qua việc học tập, chia sẻ kinh nghiệm.',
		'V. TỔ CHỨC THỰC HIỆN',
		'1. Ủy ban nhân dân các xã, phường',
		'a) Ban hành kế hoạch triển khai thực hiện Chương trình tại địa phương.',
		'b) Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình trên địa bàn, báo cáo UBND tỉnh.',
		'Ủy ban nhân dân tỉnh giao Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường, các cơ quan liên quan theo chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực hiện đảm bảo mục đích, yêu cầu, hiệu quả, đúng quy định./.'
	]);

	it('"Vận dụng … có chọn lọc …" is a task, not a rule', () => {
		expect(find(closing, 'Vận dụng có chọn lọc')).toBeDefined();
	});

	it('the last paragraph handing the whole plan to everyone ("Ủy ban nhân dân tỉnh giao …./.") is no part of the last item', () => {
		const last = find(closing, 'Hằng năm, tổ chức kiểm tra');
		expect(last?.lead).toBe('Ủy ban nhân dân các xã, phường');
		expect(last?.content).not.toContain('Giám đốc các sở');
	});
});
