import { describe, expect, it } from 'vitest';
import { issuerFullName, titleInSentenceCase } from './display-names.ts';

describe('names for the import preview', () => {
	it('writes a title printed in capitals in sentence case, numbers and proper names kept', () => {
		expect(titleInSentenceCase('THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ')).toBe(
			'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'
		);
		expect(
			titleInSentenceCase(
				'TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ'
			)
		).toBe('Triển khai thực hiện Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ');
		expect(titleInSentenceCase('BẢO VỆ BÍ MẬT NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH SƠN LA NĂM 2023', ['Sơn La'])).toBe(
			'Bảo vệ bí mật nhà nước trên địa bàn tỉnh Sơn La năm 2023'
		);
		expect(titleInSentenceCase('Thực hiện Kết luận số 69-KL/TW')).toBe('Thực hiện Kết luận số 69-KL/TW');
	});

	it('writes the issuer as its full name, with the place a bare kind is printed with elsewhere', () => {
		expect(issuerFullName('ỦY BAN NHÂN DÂN TỈNH SƠN LA -------')).toBe('Ủy ban nhân dân tỉnh Sơn La');
		expect(issuerFullName('TỈNH ỦY LONG AN')).toBe('Tỉnh ủy Long An');
		expect(issuerFullName('SỞ TÀI CHÍNH')).toBe('Sở Tài chính');
		expect(issuerFullName('BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ -------')).toBe(
			'Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ'
		);
		expect(issuerFullName('ỦY BAN NHÂN DÂN', ['QUYẾT ĐỊNH', 'ỦY BAN NHÂN DÂN HUYỆN CẦN ĐƯỚC'])).toBe(
			'Ủy ban nhân dân huyện Cần Đước'
		);
		expect(issuerFullName('ỦY BAN NHÂN DÂN')).toBe('Ủy ban nhân dân');
	});
});
