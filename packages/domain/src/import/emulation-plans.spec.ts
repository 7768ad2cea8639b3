import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// The 'Tổ chức thực hiện' of a province's emulation plan (Đắk Lắk, 2025): a sentence naming its doers over
// bullets that are theirs too, and bodies asked for help in lower case after 'Đề nghị'.
const tasks = toImportJson(
	importPlanText(
		[
			'KẾ HOẠCH',
			'Phát động Đợt thi đua lập thành tích chào mừng Đại hội',
			'II. NỘI DUNG THI ĐUA',
			'1. Chủ đề thi đua',
			'“Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; tăng tốc, bứt phá, hoàn thành thắng lợi các mục tiêu”.',
			'2. Nội dung thi đua',
			'a) Tiếp tục nâng cao hiệu lực, hiệu quả quản lý nhà nước, cải cách hành chính.',
			'b) Thi đua hoàn thành các công trình kết cấu hạ tầng.',
			'IV. TỔ CHỨC THỰC HIỆN',
			'1. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển khai thực hiện đợt thi đua gắn với tình hình thực tế; đề ra giải pháp góp phần hoàn thành mục tiêu phát triển kinh tế - xã hội năm 2025.',
			'- Giới thiệu điển hình tiên tiến trong Đợt thi đua để tuyên truyền trên các phương tiện thông tin đại chúng.',
			'- Báo cáo Ủy ban nhân dân tỉnh về kết quả Đợt thi đua (qua Sở Nội vụ) khi tổng kết Đợt thi đua.',
			'2. Đề nghị các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Phối hợp chặt chẽ với cấp ủy, chính quyền các cấp trong tuyên truyền, vận động Nhân dân tích cực tham gia hưởng ứng Phong trào thi đua;',
			'3. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh',
			'a) Tuyên truyền, vận động hội viên tích cực tham gia các hoạt động chuyển đổi số.',
			'b) Tiếp nhận các kiến nghị, phản ánh của các doanh nghiệp có liên quan.',
			'4. Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương kiểm tra, khắc phục sự cố lưới điện tại khu vực bị ảnh hưởng.',
			'5. Các cơ quan thông tin, truyền thông của tỉnh: Xây dựng Kế hoạch và đẩy mạnh công tác tuyên truyền trong Phong trào thi đua.',
			'6. Sở Nội vụ',
			'- Chủ trì, phối hợp với các cơ quan, đơn vị tổ chức triển khai thực hiện Kế hoạch này.'
		].join('\n')
	)
).tasks;
const find = (start: string) => tasks.find((t) => t.content.startsWith(start));

describe('an emulation plan’s theme and organisation section', () => {
	it('the theme, wholly in quotes, is no task', () => {
		expect(tasks.some((t) => t.content.startsWith('“Lập thành tích'))).toBe(false);
		expect(find('Thi đua hoàn thành')).toBeDefined();
	});

	it('"Đề nghị Công ty …: …" names the company', () => {
		expect(tasks.find((t) => t.content.includes('Khẩn trương kiểm tra'))?.lead).toBe(
			'Công ty Điện lực Đắk Lắk'
		);
	});

	it('a group named with its level after "của" keeps it ("Các cơ quan thông tin, truyền thông của tỉnh")', () => {
		expect(tasks.find((t) => t.content.includes('Xây dựng Kế hoạch và đẩy mạnh'))?.lead).toBe(
			'Các cơ quan thông tin, truyền thông của tỉnh'
		);
	});

	it('"Đề nghị: A, B, C" as a heading names A the lead of its items', () => {
		expect(find('Tuyên truyền, vận động hội viên')?.lead).toBe('Hiệp hội Doanh nghiệp tỉnh');
	});

	it('bullets under a sentence naming its doers are tasks of those doers', () => {
		expect(find('Giới thiệu điển hình')?.lead).toBe('Các cơ quan, đơn vị, địa phương, doanh nghiệp');
		expect(find('Báo cáo Ủy ban nhân dân tỉnh')?.lead).toBe('Các cơ quan, đơn vị, địa phương, doanh nghiệp');
	});

	it('"Đề nghị các cấp ủy Đảng, …: …" names its first body as lead', () => {
		expect(tasks.find((t) => t.content.includes('Phối hợp chặt chẽ với cấp ủy'))?.lead?.toLowerCase()).toBe(
			'các cấp ủy đảng'
		);
	});
});
