import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// Field lines as the plans implementing a law write them (Thủ tướng, UBND tỉnh Lai Châu) and as a commune's
// Mặt trận writes its own (xã Lương Minh).
const tasksOf = (lines: string[]) => toImportJson(importPlanText(lines.join('\n'))).tasks;

describe('field lines of a task heading', () => {
	const tasks = tasksOf([
		'KẾ HOẠCH',
		'Triển khai thi hành Luật',
		'II. NỘI DUNG',
		'1. Rà soát văn bản quy phạm pháp luật',
		'- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan đến Luật.',
		'- Cơ quan thực hiện: Bộ Công an.',
		'- Thời gian thực hiện:',
		'+ Các bộ gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025.',
		'+ Bộ Công an tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.',
		'2. Tổ chức các nội dung hỗ trợ thi hành Luật',
		'- Các nội dung hỗ trợ thi hành Luật bao gồm:',
		'+ Hướng dẫn áp dụng các văn bản quy phạm pháp luật;',
		'+ Tổ chức tiếp nhận và xử lý các kiến nghị, đề xuất;',
		'- Cơ quan thực hiện: Các sở, ngành có liên quan theo chức năng, nhiệm vụ quản lý được giao.',
		'3. Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia',
		'Thời gian thực hiện sau khi Chiến lược tiêu chuẩn quốc gia được ban hành.',
		'4. Tổ chức tiếp công dân về bầu cử',
		'- Địa điểm: Tại Phòng tiếp công dân của UBND xã.',
		'- Nhiệm vụ:',
		'+ Lắng nghe, ghi chép đầy đủ ý kiến, kiến nghị của cử tri.',
		'+ Giải thích, hướng dẫn công dân thực hiện quyền khiếu nại đúng cơ quan có thẩm quyền.',
		'5. Tiếp nhận và xử lý đơn thư Ban Thường trực UBMTTQ xã thực hiện quy trình xử lý đơn thư, cụ thể:',
		'- Đối với khiếu nại về danh sách cử tri: Chuyển đơn đến Ủy ban nhân dân xã.',
		'- Đối với đơn thư liên quan đến người ứng cử:',
		'+ Nếu liên quan đến tiêu chuẩn người ứng cử: Chuyển ngay đến Ủy ban Bầu cử xã.',
		'III. KINH PHÍ'
	]);
	const find = (start: string) => tasks.find((t) => t.content.startsWith(start));

	it('an empty "Thời gian thực hiện:" over "+" time lines: the first time is the task’s, the lines no tasks', () => {
		expect(find('rà soát các văn bản')?.deadline?.text).toBe('trước ngày 15 tháng 12 năm 2025');
		expect(tasks.some((t) => t.content.startsWith('Các bộ gửi kết quả'))).toBe(false);
	});

	it('a lead-in "… bao gồm:" lists what it includes, one task led by the generic body named', () => {
		const task = find('Các nội dung hỗ trợ thi hành Luật bao gồm:');
		expect(task?.lead).toBe('Các sở, ngành có liên quan');
		expect(tasks.some((t) => t.content.startsWith('Hướng dẫn áp dụng'))).toBe(false);
	});

	it('a time written without its colon, a place line, and a "Nhiệm vụ:" whose items are worded as acts', () => {
		expect(find('Tổ chức triển khai thực hiện Chiến lược')?.deadline?.text).toMatch(/^sau khi Chiến lược/iu);
		expect(tasks.some((t) => t.content.startsWith('Địa điểm'))).toBe(false);
		expect(find('Lắng nghe, ghi chép')).toBeDefined();
	});

	it('a lead-in over cases ("- Đối với …") is the task, the cases are not', () => {
		expect(find('Tiếp nhận và xử lý đơn thư')?.content).toMatch(/cụ thể:\n\+ Đối với khiếu nại/u);
		expect(tasks.some((t) => t.content.startsWith('Đối với'))).toBe(false);
	});

	it('fields lettered like items ("a) Nhiệm vụ:", "b) Cơ quan thực hiện:" over "- Đơn vị chủ trì:", "c) Thời gian …")', () => {
		const lettered = tasksOf([
			'KẾ HOẠCH',
			'Thúc đẩy tạo lập dữ liệu',
			'II. NHIỆM VỤ',
			'1. Về dữ liệu',
			'1.1. Xây dựng các Chiến lược triển khai của thành phố:',
			'a) Nhiệm vụ: Tham mưu UBND Thành phố rà soát, hoàn thiện Chiến lược dữ liệu thành phố.',
			'b) Cơ quan thực hiện:',
			'- Đơn vị chủ trì: Sở Khoa học và Công nghệ.',
			'- Đơn vị phối hợp: Các Sở, ban, ngành.',
			'c) Thời gian thực hiện: Hoàn thành trong năm 2025.',
			'1.2. Triển khai, phát triển dữ liệu:',
			'a) Nhiệm vụ:',
			'- Triển khai rà soát, chuẩn hóa cơ sở dữ liệu của đơn vị.',
			'- Tiếp tục rà soát, bổ sung danh mục dữ liệu Thành phố.',
			'b) Cơ quan thực hiện:',
			'- Đơn vị chủ trì: Các Sở, ban, ngành.',
			'c) Thời gian thực hiện: Thực hiện thường xuyên.',
			'III. TỔ CHỨC THỰC HIỆN',
			'1. Sở Khoa học và Công nghệ theo dõi, đôn đốc các Sở, ban, ngành triển khai thực hiện nhiệm vụ, báo cáo về Cục Cảnh sát quản lý hành chính.',
			'- Cơ quan thường trực Tổ công tác Đề án 06 trước ngày 20 hằng tháng lên phần mềm theo dõi.',
			'2. Các Sở, ban, ngành căn cứ Kế hoạch này, xây dựng Kế hoạch triển khai tại cơ quan đơn vị.'
		]);
		const at = (start: string) => lettered.find((t) => t.content.startsWith(start));
		expect(at('Tham mưu UBND Thành phố')?.lead).toBe('Sở Khoa học và Công nghệ');
		expect(at('Tham mưu UBND Thành phố')?.deadline?.text).toMatch(/2025$/u);
		expect(at('Triển khai rà soát, chuẩn hóa')?.lead).toBe('Các Sở, ban, ngành');
		expect(at('Tiếp tục rà soát, bổ sung')?.lead).toBe('Các Sở, ban, ngành');
		expect(lettered.some((t) => /^(?:Cơ quan thực hiện|Thời gian thực hiện)/u.test(t.content))).toBe(false);
		// an ended sentence naming its doer is a task of its own above the line carrying it on
		expect(at('Sở Khoa học và Công nghệ theo dõi')?.lead).toBe('Sở Khoa học và Công nghệ');
	});

	it('"Đơn vị chủ trì tham mưu thực hiện:" names the lead', () => {
		const led = tasksOf([
			'KẾ HOẠCH',
			'Nâng cao năng lực xây dựng pháp luật',
			'III. NHIỆM VỤ, GIẢI PHÁP',
			'1. Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ',
			'- Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng xây dựng pháp luật.',
			'Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.',
			'Đơn vị phối hợp thực hiện: Các cơ quan, đơn vị, địa phương liên quan.',
			'Thời gian thực hiện: Theo kế hoạch công tác tư pháp hàng năm.'
		]);
		expect(led.find((t) => t.content.startsWith('Tổ chức tập huấn'))?.lead).toBe('Sở Tư pháp');
	});
});

describe('unbulleted field lines two bullets share (UBND tỉnh Bắc Ninh)', () => {
	const tasks = tasksOf([
		'KẾ HOẠCH',
		'Nâng cao năng lực xây dựng pháp luật',
		'III. NHIỆM VỤ, GIẢI PHÁP',
		'3. Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị',
		'- Các cơ quan, đơn vị, địa phương tiếp tục nâng cao nhận thức về công tác xây dựng pháp luật.',
		'- Đề nghị người đứng đầu cấp ủy; thủ trưởng cơ quan, đơn vị trực tiếp chỉ đạo thực hiện các giải pháp.',
		'Đơn vị thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã.',
		'Thời gian thực hiện: Thường xuyên.',
		'4. Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ',
		'- Tăng cường công tác giáo dục chính trị, tư tưởng cho đội ngũ cán bộ.',
		'- Nâng cao ý thức trách nhiệm của đội ngũ cán bộ, công chức.',
		'Đơn vị thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã.',
		'Thời gian thực hiện: Thường xuyên.',
		'- Tổ chức tập huấn, bồi dưỡng kiến thức xây dựng pháp luật.',
		'Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.'
	]);
	const find = (start: string) => tasks.find((t) => t.content.startsWith(start));

	it('gives the bullet before them the same fields', () => {
		expect(find('Tăng cường công tác giáo dục')?.lead).toBe('Các Sở, ngành, đơn vị');
		expect(find('Tăng cường công tác giáo dục')?.deadline?.text).toBe('Thường xuyên');
		expect(find('Tổ chức tập huấn')?.lead).toBe('Sở Tư pháp');
	});

	it('lets the doer a sentence asks or opens with lead over them, the first of its joint subjects', () => {
		expect(find('Các cơ quan, đơn vị, địa phương tiếp tục')?.lead).toBe('Các cơ quan, đơn vị, địa phương');
		expect(find('Các cơ quan, đơn vị, địa phương tiếp tục')?.deadline?.text).toBe('Thường xuyên');
		expect(find('Đề nghị người đứng đầu cấp ủy')?.lead).toBe('Người đứng đầu cấp ủy');
	});
});
