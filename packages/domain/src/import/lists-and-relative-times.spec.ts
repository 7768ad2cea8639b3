import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// Wordings of a city's plan for a national programme (Cần Thơ, 2025) that were misread: an item naming the
// programme's projects, a list of bodies inside an opening clause, times counted from an event or given
// as a day of every year written out.
const tasks = toImportJson(
	importPlanText(
		[
			'| Số: 153/KH-UBND | Cần Thơ, ngày 17 tháng 11 năm 2025 |',
			'KẾ HOẠCH',
			'Triển khai, thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy',
			'III. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
			'5. Nâng cao năng lực của các lực lượng chuyên trách',
			'a) Chủ động nắm, phân tích, dự báo và đánh giá đúng tình hình tội phạm về ma túy.',
			'b) Tiến hành các hoạt động điều tra theo đúng quy định của pháp luật, thu thập tài liệu, chứng cứ phục vụ công tác truy tố, xét xử kịp thời, đúng người, đúng tội, không bỏ lọt tội phạm, không để xảy ra oan sai.',
			'IV. PHÂN CÔNG NHIỆM VỤ',
			'1. Công an thành phố',
			'a) Tham mưu tổ chức thực hiện Chương trình.',
			'b) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình theo chỉ đạo của Bộ Công an, bao gồm:',
			'- Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia.',
			'- Dự án 2: Ứng dụng khoa học và công nghệ trong phòng, chống ma túy.',
			'2. Sở Tài chính',
			'a) Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình cấp có thẩm quyền bố trí kinh phí.',
			'V. TỔ CHỨC THỰC HIỆN',
			'1. Các sở, ban, ngành thành phố:',
			'a) Xây dựng kế hoạch cụ thể, gửi kế hoạch về Ủy ban nhân dân thành phố trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này.',
			'b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân thành phố.'
		].join('\n')
	)
).tasks;
const find = (start: string) => tasks.find((t) => t.content.startsWith(start));

describe('a programme’s plan: project lists, lists of bodies, counted and yearly times', () => {
	it('an item that begins with "Tiến hành …" is a task', () => {
		expect(find('Tiến hành các hoạt động điều tra')).toBeDefined();
	});

	it('a numbered item "…, bao gồm:" over the names of projects is one task, the names are not tasks', () => {
		expect(find('Chủ trì triển khai, thực hiện các nhiệm vụ')?.lead).toBe('Công an thành phố');
		expect(tasks.some((t) => t.content.startsWith('Dự án'))).toBe(false);
	});

	it('"các sở, ban, ngành, địa phương" inside an opening clause is no doer', () => {
		expect(find('Trên cơ sở đề xuất kinh phí')?.lead).toBe('Sở Tài chính');
	});

	it('"trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này" is the deadline, with no day of its own', () => {
		expect(find('Xây dựng kế hoạch cụ thể')?.deadline).toEqual({
			text: 'trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này',
			due: null
		});
	});

	it('"Định kỳ hằng năm (trước ngày 15 tháng 12)" is due the first 15 December after the plan', () => {
		expect(find('Định kỳ hằng năm')?.deadline).toEqual({ text: 'trước ngày 15 tháng 12', due: '2025-12-15' });
	});
});
