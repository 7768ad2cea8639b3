import { describe, expect, it } from 'vitest';
import { readAssignment, readSubject } from './assignment.ts';
import { readMarker } from './outline.ts';

const lead = (text: string): string | null => readAssignment(text)?.lead ?? null;

describe('the doer of a sentence in real plans', () => {
	it('reads the doer after an opening clause, never a body the clause only mentions', () => {
		expect(
			readSubject(
				'Trên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập Đề án.'
			)?.lead
		).toBe('Sở Xây dựng');
		expect(
			readSubject(
				'Căn cứ Quyết định số 22/2013/QĐ-TTg, các thôn ấp, tổ dân phố, tổ chức phổ biến nội dung chính sách.'
			)?.lead
		).toBe('Các thôn ấp, tổ dân phố');
		expect(
			readSubject(
				'Căn cứ Quyết định số 22/2013/QĐ-TTg tổ chức lập Đề án và gửi về Bộ Xây dựng, Bộ Kế hoạch và Đầu tư và Bộ Tài chính để tổng hợp.'
			)?.lead ?? null
		).toBeNull();
	});

	it('keeps names whose last syllable is also a verb, and lists of levels', () => {
		expect(lead('Bộ Ngoại giao')).toBe('Bộ Ngoại giao');
		expect(lead('Bộ Giáo dục và Đào tạo')).toBe('Bộ Giáo dục và Đào tạo');
		expect(
			lead('Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam chủ trì, phối hợp với các tổ chức')
		).toBe('Ủy ban trung ương Mặt trận Tổ quốc Việt Nam');
		expect(lead('Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo')).toBe(
			'Ủy ban nhân dân xã, phường, thị trấn'
		);
		expect(lead('Ủy ban nhân dân quận, huyện chỉ đạo Phòng Lao động')).toBe('Ủy ban nhân dân quận, huyện');
		expect(lead('Báo và Phát thanh, Truyền hình Kon Tum mở chuyên mục')).toBe(
			'Báo và Phát thanh, Truyền hình Kon Tum'
		);
	});

	it('tells a group of bodies from things and from its verb', () => {
		expect(lead('Các vấn đề cần lưu ý khi xây dựng Đề án')).toBeNull();
		expect(lead('Thanh tra, kiểm tra, xử lý theo thẩm quyền')).toBeNull();
		expect(lead('Các tổ chức chính trị - xã hội, tổ chức xã hội, doanh nghiệp và cộng đồng.')).toBe(
			'Các tổ chức chính trị - xã hội'
		);
		expect(lead('Các đơn vị có liên quan phối hợp, kiểm tra, thanh tra')).toBe('Các đơn vị có liên quan');
		expect(
			readAssignment(
				'Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố tổ chức'
			)
		).toMatchObject({
			lead: 'Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh',
			coordinators: ['Chủ tịch UBND các huyện, thị xã, thành phố']
		});
	});
});

describe('numbering past 99', () => {
	it('reads "150." as the 150th item and "4.1.a." as a lettered item', () => {
		expect(readMarker('150. Sở Tài chính chủ trì')).toEqual({
			kind: 'arabic',
			label: '150',
			text: 'Sở Tài chính chủ trì'
		});
		expect(readMarker('4.1.a. Sở Xây dựng nghiên cứu')).toEqual({
			kind: 'letter',
			label: 'a',
			text: 'Sở Xây dựng nghiên cứu'
		});
	});
});

describe('the first of the bodies a sentence names', () => {
	it("splits ', các …' after a name closed by its level or the country's, never inside 'UBND các huyện'", () => {
		const read = readAssignment(
			'Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ các phong trào thi đua.'
		);
		expect(read?.lead).toBe('Ủy ban Mặt trận Tổ quốc tỉnh');
		expect(read?.coordinators).toEqual(['các tổ chức chính trị-xã hội']);
		expect(lead('UBND các huyện, các xã tổ chức tuyên truyền.')).toBe('UBND các huyện, các xã');
		expect(lead('Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội tuyên truyền.')).toBe(
			'Đảng đoàn Mặt trận Tổ quốc Việt Nam'
		);
	});
});

describe('a group named by its role or by the body its members sit in', () => {
	it("keeps 'được giao chủ trì' in the group's name, not as what it does", () => {
		expect(
			lead('Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công.')
		).toBe('Các cơ quan, đơn vị được giao chủ trì');
		expect(lead('Sở Y tế được giao chủ trì, phối hợp với Sở Tài chính.')).toBe('Sở Y tế');
	});

	it("keeps 'trong tiểu ban' after the members of a group", () => {
		expect(
			lead('Các thành viên khác trong tiểu ban căn cứ vào chức năng, nhiệm vụ, chủ động phối hợp triển khai.')
		).toBe('Các thành viên khác trong tiểu ban');
		expect(lead('Các sở, ngành trong tỉnh tổ chức tuyên truyền.')).toBe('Các sở, ngành');
	});
});

describe('where a group that opens the sentence ends', () => {
	it("ends a group at ', các …' that opens another, the first leading", () => {
		expect(
			lead(
				'Các Bộ, ngành chức năng, các cơ quan báo chí Trung ương, địa phương, quân đội, Mặt trận Tổ quốc Việt Nam tập trung tuyên truyền.'
			)
		).toBe('Các Bộ, ngành chức năng');
	});

	it("ends a group at 'và …' joining another, the first leading", () => {
		expect(lead('Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan')).toBe(
			'Các tổ chức chính trị - xã hội'
		);
		expect(lead('Các sở, ngành và tổ chức tuyên truyền.')).toBe('Các sở, ngành');
	});
});

describe("a unit's label listing several bodies before ':'", () => {
	it('reads a long label of names, the first leading', () => {
		expect(
			lead(
				'Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở:'
			)
		).toBe('Báo và Phát thanh - Truyền hình Đắk Lắk');
	});

	it("reads 'Doanh nghiệp, …:' as a label, never 'Doanh nghiệp được …' as a doer", () => {
		expect(lead('Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ nhu yếu phẩm.')).toBe(
			'Doanh nghiệp'
		);
		expect(lead('Doanh nghiệp được hỗ trợ vốn vay ưu đãi.')).toBeNull();
	});
});
