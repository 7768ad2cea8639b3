import { describe, it, expect } from 'vitest';
import { findDocumentReferences } from './document-number.ts';
import { formatDocumentNumber } from './document-number.ts';

// Verbatim passages of the five seed documents (packages/domain/src/import/fixtures/seeds), one per citation form.
const seeds = {
	congVanQuangNgai:
		'Số 2018-CV/TU\n\nVề tổ chức nghiên cứu, quán triệt,\nphổ biến và triển khai thực hiện\nKết luận số 69-KL/TW\nngày 11/01/2024 của Bộ Chính trị\n\n' +
		'Ngày 11/01/2024, Bộ Chính trị ban hành Kết luận số 69-KL/TW về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ (viết tắt là *Kết luận số 69-KL/TW*). Để triển khai thực hiện có hiệu quả Kết luận số 69-KL/TW, Ban Thường vụ Tỉnh ủy yêu cầu:',
	copiesLongAn:
		'Số 1614-CV/HU\n\nV/v sao gửi Kết luận số 69-KL/TW\n\nThường trực Huyện ủy sao gửi Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng (khóa XI)\n\n' +
		'Tỉnh ủy Long An\n23-01-2024 09:58:47 +07:00\n\nSố 2241-CV/TU\n\nHà Nội, ngày 11 tháng 01 năm 2024\n\nSố 69 KL/TW\n\nVĂN PHÒNG TỈNH ỦY LONG AN\n\nĐẾN QUA MẠNG\n\nSố: 494\n\nNgày: 16/01/2024\n\n' +
		'Nghị quyết số 29-NQ/TW của Hội nghị Trung ương lần thứ sáu khoá XIII về tiếp tục đẩy mạnh công nghiệp hoá, hiện đại hoá đất nước đến năm 2030, tầm nhìn đến năm 2045, Nghị quyết số 45-NQ/TW của Hội nghị Trung ương lần thứ tám khoá XIII\n\n' +
		'Số 287-BS/VPTU\n\nSAO Y\n\nSố 279-BS/VPHU\n\nSAO LỤC',
	planQuangBinh:
		'TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 709/QĐ-TTG NGÀY 23/7/2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ KẾ HOẠCH SỐ 156-KH/TU NGÀY 24/4/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY THỰC HIỆN KẾT LUẬN SỐ 69-KL/TW NGÀY 11/01/2024 CỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 20-NQ/TW NGÀY 01/11/2012\n' +
		'tổ chức thực hiện đồng bộ, hiệu quả Kết luận số 69/KL-TW ngày 11/01/2024 của Bộ Chính trị\n' +
		'- Tiếp tục thực hiện tốt Chương trình hành động số 19-CTr/TU ngày 13/3/2013 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban chấp hành Trung ương Đảng; Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đến năm 2030, tầm nhìn đến năm 2045, Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng\n' +
		'Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030 theo Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ\n' +
		'theo quy định tại Quyết định 229/QĐ-TTg ngày 13/3/2024 của Thủ tướng Chính phủ về phê duyệt quy hoạch mạng lưới tổ chức khoa học và công nghệ công lập thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.\n' +
		'- Đẩy mạnh triển khai thực hiện hỗ trợ theo Nghị quyết 06/2021/HĐND về chính sách hỗ trợ sáng tạo khoa học',
	guidanceBtgtw:
		'Số 149 - HD/BTGTW\n\nVĂN PHÒNG ĐẢNG ỦY\nĐHQG-HCM\n\nĐỀN Số A43\nNgày 29/3/2024\n\nThực hiện Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012',
	newsQuangNam:
		'quán triệt Kế hoạch số 391-KH/TU ngày 18/3/2024 của Ban Thường vụ Tỉnh ủy về “thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khoá XI”; Hướng dẫn số 86-HD/BTGTU ngày 22/3/2024 của Ban Tuyên giáo Tỉnh uỷ về “công tác quán triệt, tuyên truyền Kết luận số 72-KL/TW ngày 23/02/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 13 NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương Đảng khoá XI'
};

type Expected = [raw: string, type: string | null, number: string, date: string | null];

const summary = (text: string): Expected[] =>
	findDocumentReferences(text).map((r) => [
		r.raw,
		r.type,
		formatDocumentNumber(r.number, { prefix: false }),
		r.date
	]);

describe('findDocumentReferences on the seeds', () => {
	it('Công văn 2018-CV/TU of Quảng Ngãi', () => {
		expect(summary(seeds.congVanQuangNgai)).toEqual<Expected[]>([
			['Số 2018-CV/TU', 'CV', '2018-CV/TU', null],
			['Kết luận số 69-KL/TW', 'KL', '69-KL/TW', null],
			['Kết luận số 69-KL/TW', 'KL', '69-KL/TW', null],
			['Nghị quyết số 20-NQ/TW ngày 01/11/2012', 'NQ', '20-NQ/TW', '2012-11-01'],
			['Kết luận số 69-KL/TW', 'KL', '69-KL/TW', null],
			['Kết luận số 69-KL/TW', 'KL', '69-KL/TW', null]
		]);
	});

	it('the Long An copies of Kết luận 69 (sao y, sao lục)', () => {
		expect(summary(seeds.copiesLongAn)).toEqual<Expected[]>([
			['Số 1614-CV/HU', 'CV', '1614-CV/HU', null],
			['Kết luận số 69-KL/TW', 'KL', '69-KL/TW', null],
			['Kết luận số 69-KL/TW, ngày 11/01/2024', 'KL', '69-KL/TW', '2024-01-11'],
			['Nghị quyết số 20-NQ/TW, ngày 01/11/2012', 'NQ', '20-NQ/TW', '2012-11-01'],
			['Số 2241-CV/TU', 'CV', '2241-CV/TU', null],
			['Số 69 KL/TW', 'KL', '69-KL/TW', null],
			['Nghị quyết số 29-NQ/TW', 'NQ', '29-NQ/TW', null],
			['Nghị quyết số 45-NQ/TW', 'NQ', '45-NQ/TW', null],
			['Số 287-BS/VPTU', 'BS', '287-BS/VPTU', null],
			['Số 279-BS/VPHU', 'BS', '279-BS/VPHU', null]
		]);
	});

	it('the Quảng Bình plan, including its upper-case title and sloppy numbers', () => {
		expect(summary(seeds.planQuangBinh)).toEqual<Expected[]>([
			['QUYẾT ĐỊNH SỐ 709/QĐ-TTG NGÀY 23/7/2024', 'QĐ', '709/QĐ-TTg', '2024-07-23'],
			['KẾ HOẠCH SỐ 156-KH/TU NGÀY 24/4/2024', 'KH', '156-KH/TU', '2024-04-24'],
			['KẾT LUẬN SỐ 69-KL/TW NGÀY 11/01/2024', 'KL', '69-KL/TW', '2024-01-11'],
			['NGHỊ QUYẾT SỐ 20-NQ/TW NGÀY 01/11/2012', 'NQ', '20-NQ/TW', '2012-11-01'],
			['Kết luận số 69/KL-TW ngày 11/01/2024', 'KL', '69/KL-TW', '2024-01-11'],
			['Chương trình hành động số 19-CTr/TU ngày 13/3/2013', 'CTr', '19-CTr/TU', '2013-03-13'],
			['Nghị quyết số 20-NQ/TW, ngày 01/11/2012', 'NQ', '20-NQ/TW', '2012-11-01'],
			['Nghị quyết số 29-NQ/TW ngày 17/11/2022', 'NQ', '29-NQ/TW', '2022-11-17'],
			['Nghị quyết số 45-NQ/TW ngày 24/11/2023', 'NQ', '45-NQ/TW', '2023-11-24'],
			['Quyết định số 569/QĐ-TTg ngày 11/5/2022', 'QĐ', '569/QĐ-TTg', '2022-05-11'],
			['Quyết định 229/QĐ-TTg ngày 13/3/2024', 'QĐ', '229/QĐ-TTg', '2024-03-13'],
			['Nghị quyết 06/2021/HĐND', 'NQ', '06/2021/HĐND', null]
		]);
	});

	it('Hướng dẫn 149-HD/BTGTW, ignoring incoming-mail stamps', () => {
		expect(summary(seeds.guidanceBtgtw)).toEqual<Expected[]>([
			['Số 149 - HD/BTGTW', 'HD', '149-HD/BTGTW', null],
			['Kết luận số 69-KL/TW, ngày 11/01/2024', 'KL', '69-KL/TW', '2024-01-11'],
			['Nghị quyết số 20-NQ/TW, ngày 01/11/2012', 'NQ', '20-NQ/TW', '2012-11-01']
		]);
	});

	it('the Quảng Nam news item', () => {
		expect(summary(seeds.newsQuangNam)).toEqual<Expected[]>([
			['Kế hoạch số 391-KH/TU ngày 18/3/2024', 'KH', '391-KH/TU', '2024-03-18'],
			['Kết luận số 69-KL/TW ngày 11/01/2024', 'KL', '69-KL/TW', '2024-01-11'],
			['Nghị quyết số 20-NQ/TW ngày 01/11/2012', 'NQ', '20-NQ/TW', '2012-11-01'],
			['Hướng dẫn số 86-HD/BTGTU ngày 22/3/2024', 'HD', '86-HD/BTGTU', '2024-03-22'],
			['Kết luận số 72-KL/TW ngày 23/02/2024', 'KL', '72-KL/TW', '2024-02-23'],
			['Nghị quyết số 13 NQ/TW ngày 16/01/2012', 'NQ', '13-NQ/TW', '2012-01-16']
		]);
	});
});

describe('findDocumentReferences', () => {
	it('points index and raw at the citation in the text', () => {
		const text = 'Thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng.';
		const [ref] = findDocumentReferences(text);
		expect(ref?.index).toBe(10);
		expect(ref && text.slice(ref.index, ref.index + ref.raw.length)).toBe(
			'Quyết định số 709/QĐ-TTg ngày 23/7/2024'
		);
	});

	it('takes the type from the word before "số" when the code has none', () => {
		const [ref] = findDocumentReferences('theo Nghị quyết số 06/2021/HĐND ngày 10/12/2021');
		expect(ref?.type).toBe('NQ');
		expect(ref?.number.type).toBeNull();
		expect(ref?.date).toBe('2021-12-10');
	});

	it('prefers the code over the word before it', () => {
		const [ref] = findDocumentReferences('Thông báo kết luận số 12-TB/TW');
		expect(ref?.type).toBe('TB');
		expect(ref?.raw).toBe('Thông báo kết luận số 12-TB/TW');
	});

	it('reads a worded date after the number', () => {
		const [ref] = findDocumentReferences('Kế hoạch số 156-KH/TU ngày 24 tháng 4 năm 2024 của Ban Thường vụ');
		expect(ref?.date).toBe('2024-04-24');
		expect(ref?.raw).toBe('Kế hoạch số 156-KH/TU ngày 24 tháng 4 năm 2024');
	});

	it('keeps an opening quote or bracket out of raw', () => {
		const [ref] = findDocumentReferences('(Kết luận số 69-KL/TW)');
		expect(ref?.raw).toBe('Kết luận số 69-KL/TW');
		expect(ref?.index).toBe(1);
	});

	it('finds nothing in dates, periods and ordinary numbers', () => {
		expect(
			findDocumentReferences(
				'Ngày 09/4/2024, thời kỳ 2021 - 2030, 06 nhóm nhiệm vụ, 5 năm/lần, Số: 494, V/v sao gửi'
			)
		).toEqual([]);
	});

	it('still finds numbers in decomposed (NFD) text', () => {
		const refs = findDocumentReferences('Kết luận số 69-KL/TW'.normalize('NFD'));
		expect(refs.map((r) => [r.type, r.raw])).toEqual([['KL', 'Kết luận số 69-KL/TW']]);
	});
});
