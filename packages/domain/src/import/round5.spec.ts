import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAssignment } from './assignment.ts';
import { deadlineInText } from './deadline-text.ts';
import { trailingFields } from './fields.ts';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// Round 5: plans written the way other provinces write them, read whole through the `--json` contract.
const text = (name: string): string =>
	readFileSync(new URL(`./fixtures/round5/${name}`, import.meta.url), 'utf8');
const json = (name: string) => toImportJson(importPlanText(text(name)));

describe('round 5 plans, read whole', () => {
	it('a Sở plan numbered "1." / "2.1." / "2.1.1." whose tasks close with "Cơ quan chủ trì: …; phối hợp: …; thời gian: …"', () => {
		expect(json('so-khcn-thap-phan.txt')).toEqual({
			document: {
				type: 'KH',
				number: '215',
				symbol: 'KH-SKHCN',
				issuer: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
				date: '2025-03-14',
				title:
					'Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
				implements: [
					{
						type: 'NQ',
						number: '57',
						symbol: 'NQ/TW',
						date: '2024-12-22',
						issuer: 'Bộ Chính trị',
						text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'
					},
					{
						type: 'NQ',
						number: '03',
						symbol: 'NQ-CP',
						date: '2025-01-09',
						issuer: 'Chính phủ',
						text: 'Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ'
					},
					{
						type: 'KH',
						number: '45',
						symbol: 'KH-UBND',
						date: '2025-02-20',
						issuer: 'UBND tỉnh Quảng Trị',
						text: 'Kế hoạch số 45/KH-UBND ngày 20/02/2025 của UBND tỉnh Quảng Trị'
					}
				]
			},
			tasks: [
				{
					code: '2.1.1',
					content:
						'Tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW cho toàn thể công chức, viên chức, người lao động của Sở.',
					lead: 'Văn phòng Sở',
					coordinators: [],
					deadline: {
						text: 'Tháng 3/2025',
						due: '2025-03-31'
					},
					output: null,
					source: {
						line: 15
					}
				},
				{
					code: '2.1.2',
					content: 'Xây dựng chuyên mục “Khoa học và đổi mới sáng tạo” trên Cổng thông tin điện tử của Sở.',
					lead: 'Trung tâm Thông tin và Thống kê khoa học và công nghệ',
					coordinators: ['Văn phòng Sở'],
					deadline: {
						text: 'Quý II/2025',
						due: '2025-06-30'
					},
					output: null,
					source: {
						line: 16
					}
				},
				{
					code: '2.2.1',
					content:
						'Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ hoạt động đổi mới sáng tạo, khởi nghiệp sáng tạo trên địa bàn tỉnh.',
					lead: 'Phòng Quản lý khoa học',
					coordinators: ['Phòng Kế hoạch - Tài chính', 'Sở Tư pháp'],
					deadline: {
						text: 'Quý III/2025',
						due: '2025-09-30'
					},
					output: null,
					source: {
						line: 18
					}
				},
				{
					code: '2.2.2',
					content: 'Rà soát, đề xuất sửa đổi Quy chế quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh.',
					lead: 'Phòng Quản lý khoa học',
					coordinators: [],
					deadline: {
						text: 'trước ngày 30/6/2025',
						due: '2025-06-30'
					},
					output: null,
					source: {
						line: 19
					}
				},
				{
					code: '2.3.1',
					content:
						'Đầu tư nâng cấp phòng thử nghiệm của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng đạt chuẩn ISO/IEC 17025.',
					lead: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
					coordinators: ['Phòng Kế hoạch - Tài chính'],
					deadline: {
						text: 'Giai đoạn 2025-2027',
						due: '2027-12-31'
					},
					output: null,
					source: {
						line: 21
					}
				},
				{
					code: '2.3.2',
					content:
						'Cử công chức, viên chức tham gia các khóa đào tạo về trí tuệ nhân tạo, dữ liệu lớn, an toàn thông tin.',
					lead: 'Văn phòng Sở',
					coordinators: ['các phòng, đơn vị thuộc Sở'],
					deadline: {
						text: 'Hằng năm',
						due: null
					},
					output: null,
					source: {
						line: 22
					}
				},
				{
					code: '2.3.3',
					content:
						'Vận hành Sàn giao dịch công nghệ trực tuyến của tỉnh, kết nối với mạng lưới sàn giao dịch công nghệ quốc gia.',
					lead: 'Trung tâm Thông tin và Thống kê khoa học và công nghệ',
					coordinators: [],
					deadline: {
						text: 'Năm 2025 và các năm tiếp theo',
						due: null
					},
					output: null,
					source: {
						line: 23
					}
				},
				{
					code: '2.3.4',
					content:
						'Theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở trước ngày 15/12 hằng năm.',
					lead: 'Văn phòng Sở',
					coordinators: ['các phòng, đơn vị thuộc Sở'],
					deadline: {
						text: 'trước ngày 15/12 hằng năm',
						due: '2025-12-15'
					},
					output: null,
					source: {
						line: 24
					}
				},
				{
					code: '3.1',
					content:
						'Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao tổ chức thực hiện; báo cáo kết quả về Văn phòng Sở trước ngày 15/12 hằng năm.',
					lead: 'Thủ trưởng các phòng, đơn vị thuộc Sở',
					coordinators: [],
					deadline: {
						text: 'trước ngày 15/12 hằng năm',
						due: '2025-12-15'
					},
					output: null,
					source: {
						line: 26
					}
				},
				{
					code: '3.2',
					content:
						'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo Giám đốc Sở (qua Văn phòng Sở) để xem xét, giải quyết./.',
					lead: 'Các phòng, đơn vị',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 27
					}
				}
			]
		});
	});

	it('a UBND huyện plan with "- Đơn vị thực hiện:" lines; those after "+" items belong to the heading above them', () => {
		expect(json('huyen-don-vi-thuc-hien.txt')).toEqual({
			document: {
				type: 'KH',
				number: '112',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN HUYỆN CAM LÂM',
				date: '2025-04-08',
				title:
					'Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn huyện Cam Lâm năm 2025',
				implements: [
					{
						type: 'KH',
						number: '3021',
						symbol: 'KH-UBND',
						date: '2025-03-25',
						issuer: 'UBND tỉnh Khánh Hòa',
						text: 'Kế hoạch số 3021/KH-UBND ngày 25/3/2025 của UBND tỉnh Khánh Hòa'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.a',
					content:
						'Tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW trên hệ thống đài truyền thanh cơ sở, Trang thông tin điện tử huyện.',
					lead: 'Trung tâm Văn hóa, Thông tin và Thể thao huyện',
					coordinators: ['Phòng Văn hóa và Thông tin', 'UBND các xã, thị trấn'],
					deadline: {
						text: 'Thường xuyên',
						due: null
					},
					output: null,
					source: {
						line: 17
					}
				},
				{
					code: 'II.1.b',
					content:
						'Tổ chức Hội thi “Tìm hiểu về chuyển đổi số” cho đoàn viên, thanh niên trên địa bàn huyện.',
					lead: 'Huyện Đoàn',
					coordinators: [],
					deadline: {
						text: 'Tháng 12/2025',
						due: '2025-12-31'
					},
					output: null,
					source: {
						line: 21
					}
				},
				{
					code: 'II.2.a.1',
					content: 'Phủ sóng di động 4G, 5G đến 100% thôn, tổ dân phố',
					lead: 'Phòng Văn hóa và Thông tin',
					coordinators: ['Trung tâm Viễn thông Cam Lâm', 'Viettel Cam Lâm'],
					deadline: {
						text: 'Năm 2025 và các năm tiếp theo',
						due: null
					},
					output: null,
					source: {
						line: 26
					}
				},
				{
					code: 'II.2.a.2',
					content: 'Kéo cáp quang đến các trường học, trạm y tế xã.',
					lead: 'Phòng Văn hóa và Thông tin',
					coordinators: ['Trung tâm Viễn thông Cam Lâm', 'Viettel Cam Lâm'],
					deadline: {
						text: 'Năm 2025 và các năm tiếp theo',
						due: null
					},
					output: null,
					source: {
						line: 27
					}
				},
				{
					code: 'II.2.b',
					content: 'Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan chuyên môn thuộc UBND huyện.',
					lead: 'Phòng Nội vụ',
					coordinators: ['Văn phòng HĐND và UBND huyện'],
					deadline: {
						text: 'trước ngày 30/6/2025',
						due: '2025-06-30'
					},
					output: null,
					source: {
						line: 31
					}
				},
				{
					code: 'II.3.a',
					content: 'Hỗ trợ các hợp tác xã, cơ sở sản xuất đưa sản phẩm OCOP lên sàn thương mại điện tử.',
					lead: 'Phòng Kinh tế và Hạ tầng',
					coordinators: ['Hội Liên hiệp Phụ nữ huyện', 'UBND các xã, thị trấn'],
					deadline: {
						text: 'Hằng năm',
						due: null
					},
					output: null,
					source: {
						line: 36
					}
				},
				{
					code: 'II.3.b',
					content: 'Xây dựng Đề án phát triển kinh tế số huyện Cam Lâm giai đoạn 2025-2030.',
					lead: 'Phòng Tài chính - Kế hoạch',
					coordinators: [],
					deadline: {
						text: 'Quý IV/2025',
						due: '2025-12-31'
					},
					output: 'Đề án trình UBND huyện phê duyệt',
					source: {
						line: 40
					}
				},
				{
					code: 'II.3.c',
					content: 'Triển khai mô hình “Tổ công nghệ số cộng đồng” tại 100% thôn, tổ dân phố.',
					lead: 'UBND các xã, thị trấn',
					coordinators: ['Phòng Văn hóa và Thông tin'],
					deadline: {
						text: 'Giai đoạn 2025-2030',
						due: '2030-12-31'
					},
					output: null,
					source: {
						line: 44
					}
				},
				{
					code: 'III.1',
					content:
						'Phòng Văn hóa và Thông tin là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
					lead: 'Phòng Văn hóa và Thông tin',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 49
					}
				},
				{
					code: 'III.2',
					content: 'Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 10/12/2025.',
					lead: 'Các cơ quan, đơn vị',
					coordinators: [],
					deadline: {
						text: 'trước ngày 10/12/2025',
						due: '2025-12-10'
					},
					output: null,
					source: {
						line: 50
					}
				}
			]
		});
	});

	it('an appendix in another column order whose group rows are numbered "1" above "1.1", one naming the lead of its rows; the body\'s pointer to it is no task', () => {
		expect(json('tinh-phu-luc-nhom-so.txt')).toEqual({
			document: {
				type: 'KH',
				number: '96',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN',
				date: '2025-05-02',
				title:
					'Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân trên địa bàn tỉnh Phú Yên',
				implements: [
					{
						type: 'NQ',
						number: '68',
						symbol: 'NQ/TW',
						date: '2025-05-04',
						issuer: 'Bộ Chính trị',
						text: 'Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị'
					},
					{
						type: 'NQ',
						number: '138',
						symbol: 'NQ-CP',
						date: '2025-05-16',
						issuer: 'Chính phủ',
						text: 'Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ'
					}
				]
			},
			tasks: [
				{
					code: 'PL.1.1',
					content: 'Rà soát, cắt giảm thủ tục hành chính, điều kiện kinh doanh thuộc thẩm quyền của tỉnh',
					lead: 'Văn phòng UBND tỉnh',
					coordinators: ['Các sở, ban, ngành'],
					deadline: { text: 'Quý III/2025', due: '2025-09-30' },
					output: 'Quyết định công bố danh mục thủ tục hành chính',
					source: { line: 29 }
				},
				{
					code: 'PL.1.2',
					content: 'Xây dựng Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)',
					lead: 'Sở Tài chính',
					coordinators: ['Hiệp hội Doanh nghiệp tỉnh'],
					deadline: { text: 'Tháng 10/2025', due: '2025-10-31' },
					output: 'Quyết định của UBND tỉnh',
					source: { line: 30 }
				},
				{
					code: 'PL.2.1',
					content: 'Công bố công khai quỹ đất dành cho doanh nghiệp nhỏ và vừa, hộ kinh doanh',
					lead: 'Sở Nông nghiệp và Môi trường',
					coordinators: ['UBND các huyện, thị xã, thành phố'],
					deadline: { text: 'Trước 30/9/2025', due: '2025-09-30' },
					output: 'Danh mục quỹ đất',
					source: { line: 32 }
				},
				{
					code: 'PL.2.2',
					content: 'Triển khai chương trình kết nối ngân hàng - doanh nghiệp',
					lead: 'Ngân hàng Nhà nước chi nhánh Khu vực 10',
					coordinators: ['Sở Tài chính', 'các tổ chức tín dụng'],
					deadline: { text: 'Hằng năm', due: null },
					output: 'Hội nghị kết nối',
					source: { line: 33 }
				},
				{
					code: 'PL.3.1',
					content:
						'Tổ chức đào tạo, bồi dưỡng kiến thức quản trị doanh nghiệp cho chủ doanh nghiệp, hộ kinh doanh',
					lead: 'Sở Tài chính',
					coordinators: ['Hiệp hội Doanh nghiệp tỉnh', 'Trường Cao đẳng Phú Yên'],
					deadline: { text: 'Năm 2025 và các năm tiếp theo', due: null },
					output: 'Lớp đào tạo',
					source: { line: 35 }
				},
				{
					code: 'PL.3.2',
					content: 'Tôn vinh doanh nghiệp, doanh nhân tiêu biểu nhân Ngày Doanh nhân Việt Nam 13/10',
					lead: 'Sở Nội vụ',
					coordinators: ['Hiệp hội Doanh nghiệp tỉnh'],
					deadline: { text: 'Tháng 10 hằng năm', due: null },
					output: 'Quyết định khen thưởng',
					source: { line: 36 }
				}
			]
		});
	});

	it('a Huyện ủy study plan: "NỘI DUNG, HÌNH THỨC" holds no tasks, the "Giao Ban … chủ trì" items of "TỔ CHỨC THỰC HIỆN" do', () => {
		expect(json('huyen-uy-giao-to-chuc.txt')).toEqual({
			document: {
				type: 'KH',
				number: '38',
				symbol: 'KH/HU',
				issuer: 'HUYỆN ỦY KRÔNG PẮC',
				date: '2025-03-20',
				title:
					'học tập, quán triệt và triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
				implements: [
					{
						type: 'NQ',
						number: '57',
						symbol: 'NQ/TW',
						date: '2024-12-22',
						issuer: 'Bộ Chính trị',
						text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'
					},
					{
						type: 'KH',
						number: '215',
						symbol: 'KH/TU',
						date: '2025-03-05',
						issuer: 'Ban Thường vụ Tỉnh ủy',
						text: 'Kế hoạch số 215-KH/TU ngày 05/3/2025 của Ban Thường vụ Tỉnh ủy'
					}
				]
			},
			tasks: [
				{
					code: 'III.1',
					content:
						'Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện tham mưu Ban Thường vụ Huyện ủy tổ chức hội nghị học tập, quán triệt Nghị quyết cho cán bộ chủ chốt của huyện.',
					lead: 'Ban Tuyên giáo Huyện ủy',
					coordinators: ['Trung tâm Chính trị huyện'],
					deadline: { text: 'Tháng 4/2025', due: '2025-04-30' },
					output: null,
					source: { line: 20 }
				},
				{
					code: 'III.2',
					content:
						'Giao Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu kiện toàn Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của huyện.',
					lead: 'Ban Tổ chức Huyện ủy',
					coordinators: ['Văn phòng Huyện ủy'],
					deadline: { text: 'trước ngày 15/4/2025', due: '2025-04-15' },
					output: null,
					source: { line: 21 }
				},
				{
					code: 'III.3',
					content:
						'Giao Đảng ủy Ủy ban nhân dân huyện lãnh đạo, chỉ đạo Ủy ban nhân dân huyện xây dựng kế hoạch thực hiện Nghị quyết gắn với nhiệm vụ phát triển kinh tế - xã hội của huyện, trình Ban Thường vụ Huyện ủy trong quý II/2025.',
					lead: 'Đảng ủy Ủy ban nhân dân huyện',
					coordinators: [],
					deadline: { text: 'Quý II/2025', due: '2025-06-30' },
					output: null,
					source: { line: 22 }
				},
				{
					code: 'III.4',
					content:
						'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia chuyển đổi số.',
					lead: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
					coordinators: ['các tổ chức chính trị - xã hội huyện'],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 23 }
				},
				{
					code: 'III.5',
					content:
						'Các chi bộ, đảng bộ cơ sở tổ chức học tập, quán triệt Nghị quyết đến cán bộ, đảng viên, hoàn thành trước ngày 30/5/2025; báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy).',
					lead: 'Các chi bộ, đảng bộ cơ sở',
					coordinators: [],
					deadline: { text: 'trước ngày 30/5/2025', due: '2025-05-30' },
					output: null,
					source: { line: 24 }
				},
				{
					code: 'III.6',
					content:
						'Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này, định kỳ báo cáo Ban Thường vụ Huyện ủy.',
					lead: 'Văn phòng Huyện ủy',
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 25 }
				}
			]
		});
	});

	it('a UBND tỉnh plan whose tasks section names nobody and whose "TỔ CHỨC THỰC HIỆN" gives each unit its part', () => {
		expect(json('tinh-to-chuc-theo-don-vi.txt')).toEqual({
			document: {
				type: 'KH',
				number: '74',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
				date: '2025-04-11',
				title:
					'Thực hiện Kế hoạch số 302-KH/TU ngày 18/02/2025 của Tỉnh ủy Hậu Giang về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
				implements: [
					{
						type: 'KH',
						number: '302',
						symbol: 'KH/TU',
						date: '2025-02-18',
						issuer: 'Tỉnh ủy Hậu Giang',
						text: 'Kế hoạch số 302-KH/TU ngày 18/02/2025 của Tỉnh ủy Hậu Giang'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content:
						'Tăng cường tuyên truyền, phổ biến về vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; đưa nội dung chuyển đổi số vào chương trình công tác hằng năm của các cơ quan, đơn vị.',
					lead: null,
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 14 }
				},
				{
					code: 'II.2.1',
					content:
						'Rà soát, sửa đổi, bổ sung các quy định của tỉnh còn chồng chéo, cản trở hoạt động khoa học, công nghệ; xây dựng chính sách thu hút nhân lực chất lượng cao.',
					lead: null,
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 16 }
				},
				{
					code: 'II.3.1',
					content:
						'Đầu tư hoàn thiện Trung tâm dữ liệu tỉnh; xây dựng, kết nối các cơ sở dữ liệu chuyên ngành với cơ sở dữ liệu quốc gia.',
					lead: null,
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 18 }
				},
				{
					code: 'III.1.1',
					content:
						'Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương theo dõi, đôn đốc việc triển khai Kế hoạch này.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 21 }
				},
				{
					code: 'III.1.2',
					content:
						'Tham mưu UBND tỉnh ban hành Chương trình phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh giai đoạn 2025 - 2030.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: [],
					deadline: { text: 'Quý III/2025', due: '2025-09-30' },
					output: null,
					source: { line: 22 }
				},
				{
					code: 'III.1.3',
					content: 'Chủ trì xây dựng cơ sở dữ liệu về tiềm lực khoa học và công nghệ của tỉnh.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: [],
					deadline: { text: 'trước ngày 31/12/2025', due: '2025-12-31' },
					output: null,
					source: { line: 23 }
				},
				{
					code: 'III.2',
					content:
						'Tham mưu UBND tỉnh ban hành chính sách thu hút, trọng dụng nhân lực chất lượng cao trong lĩnh vực khoa học, công nghệ và chuyển đổi số, trình trong tháng 9/2025.',
					lead: 'Sở Nội vụ',
					coordinators: [],
					deadline: { text: 'Tháng 9/2025', due: '2025-09-30' },
					output: null,
					source: { line: 24 }
				},
				{
					code: 'III.3',
					content:
						'Chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách.',
					lead: 'Sở Tài chính',
					coordinators: ['Sở Khoa học và Công nghệ'],
					deadline: { text: 'Hằng năm', due: null },
					output: null,
					source: { line: 25 }
				},
				{
					code: 'III.4',
					content: 'Bảo đảm an ninh, an toàn hệ thống thông tin, dữ liệu của tỉnh.',
					lead: 'Công an tỉnh',
					coordinators: [],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 26 }
				},
				{
					code: 'III.5',
					content:
						'Căn cứ chức năng, nhiệm vụ xây dựng kế hoạch thực hiện; báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 10/12 hằng năm.',
					lead: 'Các sở, ban, ngành tỉnh',
					coordinators: ['UBND các huyện, thị xã, thành phố'],
					deadline: { text: 'trước ngày 10/12 hằng năm', due: '2025-12-10' },
					output: null,
					source: { line: 27 }
				}
			]
		});
	});

	it('a UBND phường plan naming the lead in a closing clause: ". Sở X chủ trì; thời gian: …", "; X chủ trì, phối hợp với Y thực hiện, hoàn thành …", "(do X chủ trì …)"', () => {
		expect(json('phuong-menh-de-cuoi.txt')).toEqual({
			document: {
				type: 'KH',
				number: '58',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU',
				date: '2025-08-25',
				title: 'Chuyển đổi số và phát triển chính quyền số phường Hải Châu năm 2025 - 2026',
				implements: [
					{
						type: 'KH',
						number: '145',
						symbol: 'KH-UBND',
						date: '2025-07-30',
						issuer: 'UBND thành phố Đà Nẵng',
						text: 'Kế hoạch số 145/KH-UBND ngày 30/7/2025 của UBND thành phố Đà Nẵng'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content:
						'Vận hành Trung tâm Phục vụ hành chính công phường, bảo đảm tiếp nhận 100% hồ sơ trực tuyến.',
					lead: 'Trung tâm Phục vụ hành chính công phường',
					coordinators: [],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 15 }
				},
				{
					code: 'II.1.2',
					content: 'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực giai đoạn 2020 - 2025.',
					lead: 'Văn phòng HĐND và UBND phường',
					coordinators: ['Phòng Kinh tế'],
					deadline: { text: 'trước ngày 31/12/2025', due: '2025-12-31' },
					output: null,
					source: { line: 16 }
				},
				{
					code: 'II.1.3',
					content: 'Chuẩn hóa, làm sạch dữ liệu dân cư, đất đai trên địa bàn phường.',
					lead: 'Công an phường',
					coordinators: ['Phòng Kinh tế', 'các tổ dân phố'],
					deadline: { text: 'Từ tháng 9/2025 đến tháng 3/2026', due: '2026-03-31' },
					output: null,
					source: { line: 17 }
				},
				{
					code: 'II.2.1',
					content:
						'Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt',
					lead: 'Phòng Văn hóa - Xã hội',
					coordinators: ['Đoàn Thanh niên phường'],
					deadline: { text: '6 tháng cuối năm 2025', due: '2025-12-31' },
					output: null,
					source: { line: 19 }
				},
				{
					code: 'II.2.2',
					content: 'Duy trì hoạt động của các Tổ công nghệ số cộng đồng tại 100% tổ dân phố.',
					lead: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường',
					coordinators: [],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 20 }
				},
				{
					code: 'II.3.1',
					content:
						'Hướng dẫn hộ kinh doanh trên địa bàn đăng ký, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.',
					lead: 'Phòng Kinh tế',
					coordinators: ['Đội Thuế liên phường'],
					deadline: { text: 'Quý IV/2025', due: '2025-12-31' },
					output: null,
					source: { line: 22 }
				}
			]
		});
	});
});

describe('round 5 sentences', () => {
	it('leaves no task without its lead in the plans that name one for every task', () => {
		for (const name of [
			'so-khcn-thap-phan.txt',
			'huyen-don-vi-thuc-hien.txt',
			'tinh-phu-luc-nhom-so.txt',
			'huyen-uy-giao-to-chuc.txt',
			'phuong-menh-de-cuoi.txt'
		])
			expect(importPlanText(text(name)).warnings, name).toEqual([]);
	});

	it('reads a closing clause that names the lead, and leaves one that does more than name it', () => {
		expect(
			trailingFields(
				'Số hóa hồ sơ; Văn phòng UBND huyện chủ trì, phối hợp với Phòng Nội vụ thực hiện, hoàn thành trước ngày 31/12/2025.'
			)
		).toEqual({
			text: 'Số hóa hồ sơ.',
			fields: {
				lead: 'Văn phòng UBND huyện',
				coordinators: 'Phòng Nội vụ',
				deadline: 'trước ngày 31/12/2025'
			}
		});
		expect(trailingFields('Vận hành cổng dịch vụ công. Sở Nội vụ chủ trì; thời gian: Thường xuyên.')).toEqual(
			{
				text: 'Vận hành cổng dịch vụ công.',
				fields: { lead: 'Sở Nội vụ', deadline: 'Thường xuyên' }
			}
		);
		// the clause carries a task of its own: it stays in the text
		const whole = 'Rà soát thủ tục. Sở Tư pháp chủ trì tổ chức hội nghị đối thoại với doanh nghiệp.';
		expect(trailingFields(whole)).toEqual({ text: whole, fields: {} });
	});

	it('reads "do Sở X chủ trì" and splits two bodies joined by "và" before the verb', () => {
		expect(readAssignment('do Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên phường')).toEqual({
			lead: 'Phòng Văn hóa - Xã hội',
			coordinators: ['Đoàn Thanh niên phường']
		});
		expect(
			readAssignment(
				'Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện tuyên truyền'
			)
		).toMatchObject({
			lead: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
			coordinators: ['các tổ chức chính trị - xã hội huyện']
		});
	});

	it('finds a yearly day in the text: "báo cáo … trước ngày 10/12 hằng năm"', () => {
		expect(
			deadlineInText('Báo cáo kết quả về Sở Tài chính trước ngày 10/12 hằng năm.', { issued: '2025-04-11' })
		).toMatchObject({ text: 'trước ngày 10/12 hằng năm', due: '2025-12-10', closing: true });
	});
});
