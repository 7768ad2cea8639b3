import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadlineOf, deadlineWording } from './deadline-text.ts';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// Plans in the style of other provinces and other directives than the seeds: the full `--json` contract.
const text = (name: string): string =>
	readFileSync(new URL(`./fixtures/round2/${name}`, import.meta.url), 'utf8');
const json = (name: string) => toImportJson(importPlanText(text(name)));
const warnings = (name: string) => importPlanText(text(name)).warnings;

describe('unseen plans, read whole', () => {
	it('a UBND tỉnh plan for Nghị quyết 57-NQ/TW: title directive first, a citation after ";", clause deadlines', () => {
		expect(json('ha-tinh-nq57.txt')).toEqual({
			document: {
				type: 'KH',
				number: '412',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
				date: '2025-08-15',
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
						number: '25',
						symbol: 'KH/TU',
						date: '2025-02-10',
						issuer: 'Tỉnh ủy Hà Tĩnh',
						text: 'Kế hoạch số 25-KH/TU ngày 10/02/2025 của Tỉnh ủy Hà Tĩnh'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.a',
					content:
						'Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Hà Tĩnh, Đài Phát thanh - Truyền hình tỉnh tổ chức tuyên truyền sâu rộng về vai trò của khoa học, công nghệ.',
					lead: 'Sở Văn hóa, Thể thao và Du lịch',
					coordinators: ['Báo Hà Tĩnh', 'Đài Phát thanh - Truyền hình tỉnh'],
					deadline: {
						text: 'Thường xuyên',
						due: null
					},
					output: null,
					source: {
						line: 15
					}
				},
				{
					code: 'II.1.b',
					content:
						'Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tham mưu UBND tỉnh đưa kết quả thực hiện chuyển đổi số vào tiêu chí đánh giá thi đua.',
					lead: 'Sở Nội vụ',
					coordinators: [],
					deadline: {
						text: 'Quý III/2025',
						due: '2025-09-30'
					},
					output: null,
					source: {
						line: 16
					}
				},
				{
					code: 'II.2.a',
					content:
						'Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp rà soát, đề xuất sửa đổi các quy định không còn phù hợp.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: ['Sở Tài chính', 'Sở Tư pháp'],
					deadline: {
						text: 'trước ngày 30/9/2025',
						due: '2025-09-30'
					},
					output: null,
					source: {
						line: 18
					}
				},
				{
					code: 'II.2.b',
					content:
						'Sở Tài chính chủ trì tham mưu bố trí tối thiểu 3% tổng chi ngân sách hằng năm cho khoa học, công nghệ',
					lead: 'Sở Tài chính',
					coordinators: [],
					deadline: {
						text: 'hằng năm',
						due: null
					},
					output: null,
					source: {
						line: 19
					}
				},
				{
					code: 'III.1',
					content:
						'Các sở, ban, ngành, UBND các huyện, thành phố, thị xã căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, báo cáo kết quả trước ngày 15/12 hằng năm về Sở Khoa học và Công nghệ.',
					lead: 'Các sở, ban, ngành',
					coordinators: ['UBND các huyện, thành phố, thị xã'],
					deadline: {
						text: 'trước ngày 15/12 hằng năm',
						due: '2025-12-15'
					},
					output: null,
					source: {
						line: 21
					}
				},
				{
					code: 'III.2',
					content: 'Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 22
					}
				},
				{
					code: 'PL.I.1',
					content: 'Xây dựng Trung tâm dữ liệu tỉnh',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: ['Sở Tài chính', 'Sở Xây dựng'],
					deadline: {
						text: 'Quý IV/2025',
						due: '2025-12-31'
					},
					output: 'Đề án',
					source: {
						line: 27
					}
				},
				{
					code: 'PL.I.2',
					content: 'Phủ sóng 5G toàn bộ khu công nghiệp',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: ['Các doanh nghiệp viễn thông'],
					deadline: {
						text: 'Năm 2026',
						due: '2026-12-31'
					},
					output: 'Báo cáo',
					source: {
						line: 28
					}
				},
				{
					code: 'PL.II.3',
					content: 'Đào tạo 500 kỹ sư công nghệ thông tin',
					lead: 'Sở Giáo dục và Đào tạo',
					coordinators: ['Trường Đại học Hà Tĩnh'],
					deadline: {
						text: '2025-2030',
						due: '2030-12-31'
					},
					output: 'Kế hoạch',
					source: {
						line: 30
					}
				}
			]
		});
		expect(warnings('ha-tinh-nq57.txt')).toEqual([]);
	});

	it('a Sở’s own plan: blank number and date, "1.1." numbering, "*" bullets, Phòng/Văn phòng Sở/Trung tâm units', () => {
		expect(json('so-y-te.txt')).toEqual({
			document: {
				type: 'KH',
				number: null,
				symbol: 'KH-SYT',
				issuer: 'SỞ Y TẾ',
				date: null,
				title:
					'Triển khai thực hiện Chỉ thị số 25/CT-TTg ngày 25/10/2023 của Thủ tướng Chính phủ về củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới',
				implements: [
					{
						type: 'CT',
						number: '25',
						symbol: 'CT-TTg',
						date: '2023-10-25',
						issuer: 'Thủ tướng Chính phủ',
						text: 'Chỉ thị số 25/CT-TTg ngày 25/10/2023 của Thủ tướng Chính phủ'
					},
					{
						type: 'KH',
						number: '112',
						symbol: 'KH-UBND',
						date: '2025-03-14',
						issuer: 'UBND tỉnh Quảng Trị',
						text: 'Kế hoạch số 112/KH-UBND ngày 14/3/2025 của UBND tỉnh Quảng Trị'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content:
						'Phòng Nghiệp vụ Y chủ trì, phối hợp với Phòng Kế hoạch - Tài chính tham mưu Giám đốc Sở trình UBND tỉnh ban hành Đề án nâng cao chất lượng y tế cơ sở giai đoạn 2025 - 2030.',
					lead: 'Phòng Nghiệp vụ Y',
					coordinators: ['Phòng Kế hoạch - Tài chính'],
					deadline: { text: 'Tháng 6/2025', due: '2025-06-30' },
					output: 'Quyết định của UBND tỉnh',
					source: { line: 15 }
				},
				{
					code: 'II.1.2',
					content:
						'Văn phòng Sở chủ trì rà soát, sắp xếp tổ chức bộ máy các trạm y tế xã, phường, thị trấn theo hướng dẫn của Bộ Y tế.',
					lead: 'Văn phòng Sở',
					coordinators: [],
					deadline: { text: '6 tháng đầu năm 2025', due: '2025-06-30' },
					output: null,
					source: { line: 18 }
				},
				{
					code: 'II.1.3.1',
					content: 'Tham mưu tuyển dụng, điều động bác sĩ về công tác tại trạm y tế xã',
					lead: 'Phòng Tổ chức cán bộ',
					coordinators: [],
					deadline: { text: 'Quý I, II/2026', due: '2026-06-30' },
					output: null,
					source: { line: 20 }
				},
				{
					code: 'II.1.3.2',
					content: 'Xây dựng kế hoạch đào tạo liên tục cho nhân viên y tế cơ sở.',
					lead: 'Phòng Tổ chức cán bộ',
					coordinators: [],
					deadline: { text: 'Hằng năm (trước ngày 15/12)', due: '2025-12-15' },
					output: null,
					source: { line: 21 }
				},
				{
					code: 'II.2.1',
					content:
						'Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Trung tâm Y tế các huyện, thị xã, thành phố triển khai quản lý bệnh không lây nhiễm tại trạm y tế xã.',
					lead: 'Trung tâm Kiểm soát bệnh tật tỉnh',
					coordinators: ['Trung tâm Y tế các huyện, thị xã, thành phố'],
					deadline: { text: 'Định kỳ hằng quý', due: null },
					output: 'Báo cáo kết quả quản lý bệnh không lây nhiễm',
					source: { line: 23 }
				},
				{
					code: 'II.2.2',
					content: 'Phòng Nghiệp vụ Dược chủ trì bảo đảm cung ứng đủ thuốc thiết yếu cho trạm y tế xã',
					lead: 'Phòng Nghiệp vụ Dược',
					coordinators: [],
					deadline: { text: 'Năm 2025 và các năm tiếp theo', due: null },
					output: null,
					source: { line: 26 }
				},
				{
					code: 'II.2.3',
					content:
						'Thanh tra Sở phối hợp với Phòng Nghiệp vụ Y kiểm tra việc thực hiện quy chế chuyên môn tại các trạm y tế',
					lead: 'Thanh tra Sở',
					coordinators: ['Phòng Nghiệp vụ Y'],
					deadline: { text: 'Trước 30/6/2025', due: '2025-06-30' },
					output: null,
					source: { line: 27 }
				}
			]
		});
		expect(warnings('so-y-te.txt')).toEqual([
			'Văn bản chưa có số (dòng “Số: …/KH-SYT” để trống).',
			'Văn bản chưa ghi ngày ban hành (dòng “ngày … tháng … năm …” để trống).'
		]);
	});

	it('a UBND huyện plan with its tasks in an appendix table (two output columns, a wrapped cell)', () => {
		expect(json('huyen-phu-luc.txt')).toEqual({
			document: {
				type: 'KH',
				number: '156',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ',
				date: '2025-04-03',
				title:
					'Thực hiện Chương trình hành động số 05-CTr/HU ngày 20/02/2025 của Ban Thường vụ Huyện ủy về phát triển kinh tế tư nhân năm 2025',
				implements: [
					{
						type: 'CTr',
						number: '05',
						symbol: 'CTr/HU',
						date: '2025-02-20',
						issuer: 'Ban Thường vụ Huyện ủy',
						text: 'Chương trình hành động số 05-CTr/HU ngày 20/02/2025 của Ban Thường vụ Huyện ủy'
					},
					{
						type: 'KH',
						number: '88',
						symbol: 'KH-UBND',
						date: '2025-02-10',
						issuer: 'UBND tỉnh Hà Tĩnh',
						text: 'Kế hoạch số 88/KH-UBND ngày 10/02/2025 của UBND tỉnh Hà Tĩnh'
					}
				]
			},
			tasks: [
				{
					code: 'PL.A.1',
					content: 'Rà soát, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh',
					lead: 'Văn phòng HĐND và UBND huyện',
					coordinators: ['Phòng Tư pháp', 'Các phòng, ban chuyên môn'],
					deadline: { text: 'Quý II/2025', due: '2025-06-30' },
					output: 'Danh mục thủ tục được đơn giản hóa; Báo cáo',
					source: { line: 27 }
				},
				{
					code: 'PL.A.2',
					content: 'Tổ chức Hội nghị đối thoại giữa lãnh đạo huyện với doanh nghiệp, hộ kinh doanh',
					lead: 'Phòng Tài chính - Kế hoạch',
					coordinators: ['Hội Doanh nghiệp huyện'],
					deadline: { text: 'Hằng năm (trước ngày 15/12)', due: '2025-12-15' },
					output: 'Hội nghị được tổ chức; Thông báo kết luận',
					source: { line: 28 }
				},
				{
					code: 'PL.A.3',
					content:
						'Công khai quy hoạch, kế hoạch sử dụng đất, danh mục quỹ đất sạch trên Cổng thông tin điện tử huyện',
					lead: 'Phòng Tài nguyên và Môi trường',
					coordinators: ['UBND các xã, thị trấn'],
					deadline: { text: 'Trước 30/6/2025', due: '2025-06-30' },
					output: 'Thông tin được công khai; Văn bản',
					source: { line: 29 }
				},
				{
					code: 'PL.B.4',
					content: 'Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp',
					lead: 'Phòng Tài chính - Kế hoạch',
					coordinators: ['Chi cục Thuế khu vực', 'UBND các xã, thị trấn'],
					deadline: { text: 'Năm 2025 và các năm tiếp theo', due: null },
					output: '30 doanh nghiệp thành lập mới; Báo cáo',
					source: { line: 32 }
				},
				{
					code: 'PL.B.5',
					content: 'Đào tạo, bồi dưỡng kiến thức khởi sự kinh doanh',
					lead: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện',
					coordinators: ['Phòng Kinh tế và Hạ tầng'],
					deadline: { text: 'Giai đoạn 2025-2030', due: '2030-12-31' },
					output: '500 lượt người được đào tạo; Kế hoạch',
					source: { line: 33 }
				},
				{
					code: 'PL.B.6',
					content: 'Xây dựng cơ sở dữ liệu doanh nghiệp trên địa bàn huyện',
					lead: 'Phòng Văn hóa và Thông tin',
					coordinators: ['Chi cục Thống kê khu vực'],
					deadline: { text: 'Quý I, II/2026', due: '2026-06-30' },
					output: 'Cơ sở dữ liệu; Quyết định',
					source: { line: 34 }
				}
			]
		});
		expect(warnings('huyen-phu-luc.txt')).toEqual([]);
	});

	it('a Huyện ủy plan "Số 45-KH/HU" with "-" items and "Các chi, đảng bộ trực thuộc"', () => {
		expect(json('huyen-uy.txt')).toEqual({
			document: {
				type: 'KH',
				number: '45',
				symbol: 'KH/HU',
				issuer: 'HUYỆN ỦY NAM ĐÀN',
				date: '2025-05-12',
				title:
					'thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
				implements: [
					{
						type: 'CT',
						number: '45',
						symbol: 'CT/TW',
						date: '2025-04-14',
						issuer: 'Bộ Chính trị',
						text: 'Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị'
					},
					{
						type: 'KH',
						number: '310',
						symbol: 'KH/TU',
						date: '2025-04-22',
						issuer: 'Ban Thường vụ Tỉnh ủy',
						text: 'Kế hoạch số 310-KH/TU ngày 22/4/2025 của Ban Thường vụ Tỉnh ủy'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content:
						'Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện, Ủy ban Mặt trận Tổ quốc huyện tổ chức hội nghị quán triệt Chỉ thị số 45-CT/TW đến cán bộ chủ chốt.',
					lead: 'Ban Tuyên giáo Huyện ủy',
					coordinators: ['Trung tâm Chính trị huyện', 'Ủy ban Mặt trận Tổ quốc huyện'],
					deadline: { text: 'Tháng 5/2025', due: '2025-05-31' },
					output: null,
					source: { line: 15 }
				},
				{
					code: 'II.1.2',
					content:
						'Ban Tuyên giáo Huyện ủy định hướng tuyên truyền về đại hội trên Trang thông tin điện tử huyện.',
					lead: 'Ban Tuyên giáo Huyện ủy',
					coordinators: [],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 16 }
				},
				{
					code: 'II.2.1',
					content:
						'Ban Tổ chức Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy tham mưu Ban Thường vụ Huyện ủy xây dựng phương án nhân sự Ban Chấp hành Đảng bộ huyện khóa mới.',
					lead: 'Ban Tổ chức Huyện ủy',
					coordinators: ['Ủy ban Kiểm tra Huyện ủy'],
					deadline: { text: 'chậm nhất ngày 30/6/2025', due: '2025-06-30' },
					output: null,
					source: { line: 18 }
				},
				{
					code: 'II.2.2',
					content:
						'Các chi, đảng bộ trực thuộc xây dựng kế hoạch tổ chức đại hội chi bộ, đảng bộ cơ sở, báo cáo Ban Thường vụ Huyện ủy trước ngày 31/5/2025.',
					lead: 'Các chi, đảng bộ trực thuộc',
					coordinators: [],
					deadline: { text: 'trước ngày 31/5/2025', due: '2025-05-31' },
					output: null,
					source: { line: 19 }
				},
				{
					code: 'II.3.1',
					content:
						'Ủy ban Kiểm tra Huyện ủy chủ trì kiểm tra, giám sát việc chuẩn bị đại hội ở các chi, đảng bộ trực thuộc',
					lead: 'Ủy ban Kiểm tra Huyện ủy',
					coordinators: [],
					deadline: { text: 'Quý III/2025', due: '2025-09-30' },
					output: 'Báo cáo kết quả kiểm tra',
					source: { line: 21 }
				}
			]
		});
		expect(warnings('huyen-uy.txt')).toEqual([]);
	});

	it('a Tỉnh ủy Chỉ thị under "ĐẢNG BỘ TỈNH / BAN CHẤP HÀNH" naming the lead last, in brackets', () => {
		expect(json('chi-thi.txt')).toEqual({
			document: {
				type: 'CT',
				number: '12',
				symbol: 'CT/TU',
				issuer: 'BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẮC GIANG',
				date: '2025-06-09',
				title:
					'của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống dịch bệnh và chăm sóc sức khỏe Nhân dân',
				implements: [
					{
						type: 'KL',
						number: '125',
						symbol: 'KL/TW',
						date: '2025-01-14',
						issuer: 'Ban Bí thư',
						text: 'Kết luận số 125-KL/TW ngày 14/01/2025 của Ban Bí thư'
					}
				]
			},
			tasks: [
				{
					code: '1.1',
					content:
						'Tuyên truyền sâu rộng về y tế dự phòng, tiêm chủng mở rộng trên các phương tiện thông tin đại chúng.',
					lead: 'Ban Tuyên giáo Tỉnh ủy',
					coordinators: ['Báo Bắc Giang', 'Đài Phát thanh và Truyền hình tỉnh'],
					deadline: null,
					output: null,
					source: { line: 11 }
				},
				{
					code: '1.2',
					content: 'Rà soát, kiện toàn Ban Chỉ đạo chăm sóc sức khỏe Nhân dân các cấp.',
					lead: 'Sở Y tế',
					coordinators: [],
					deadline: { text: 'Tháng 6/2025', due: '2025-06-30' },
					output: null,
					source: { line: 12 }
				},
				{
					code: '2.1',
					content: 'Bố trí ngân sách cho công tác y tế dự phòng bảo đảm tỷ lệ theo quy định.',
					lead: 'Sở Tài chính',
					coordinators: ['Sở Y tế'],
					deadline: { text: 'Hằng năm', due: null },
					output: null,
					source: { line: 14 }
				},
				{
					code: '2.2',
					content: 'Đầu tư nâng cấp cơ sở vật chất trạm y tế xã đạt chuẩn quốc gia giai đoạn 2025 - 2030',
					lead: 'UBND các huyện, thị xã, thành phố',
					coordinators: [],
					deadline: { text: 'Giai đoạn 2025-2030', due: '2030-12-31' },
					output: null,
					source: { line: 15 }
				},
				{
					code: '3.1',
					content: 'Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Chỉ thị này.',
					lead: 'Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 17 }
				}
			]
		});
		expect(warnings('chi-thi.txt')).toEqual([]);
	});

	it('a plan with "Cơ quan chủ trì:", "Thời gian hoàn thành:", "Sản phẩm:" lines under each task', () => {
		expect(json('tinh-truong-field-lines.txt')).toEqual({
			document: {
				type: 'KH',
				number: null,
				symbol: 'KH-UBND',
				issuer: 'UBND TỈNH LÂM ĐỒNG',
				date: null,
				title:
					'THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT ĐÁP ỨNG YÊU CẦU PHÁT TRIỂN ĐẤT NƯỚC TRONG KỶ NGUYÊN MỚI',
				implements: [
					{
						type: 'NQ',
						number: '66',
						symbol: 'NQ/TW',
						date: '2025-04-30',
						issuer: 'Bộ Chính trị',
						text: 'Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị'
					},
					{
						type: 'NQ',
						number: '140',
						symbol: 'NQ-CP',
						date: '2025-05-17',
						issuer: 'Chính phủ',
						text: 'Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ'
					},
					{
						type: 'KH',
						number: '402',
						symbol: 'KH/TU',
						date: '2025-06-02',
						issuer: 'Tỉnh ủy Lâm Đồng',
						text: 'Kế hoạch số 402-KH/TU ngày 02/6/2025 của Tỉnh ủy Lâm Đồng'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.a',
					content: 'Xây dựng Quy chế phối hợp trong công tác xây dựng văn bản quy phạm pháp luật của tỉnh.',
					lead: 'Sở Tư pháp',
					coordinators: ['Văn phòng UBND tỉnh', 'các sở, ban, ngành'],
					deadline: { text: 'Tháng 10/2025', due: '2025-10-31' },
					output: 'Quyết định của UBND tỉnh',
					source: { line: 14 }
				},
				{
					code: 'II.1.b',
					content:
						'Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành còn hiệu lực.',
					lead: 'Sở Tư pháp',
					coordinators: ['Các sở, ban, ngành', 'UBND các huyện, thành phố'],
					deadline: { text: 'Quý IV/2025', due: '2025-12-31' },
					output: 'Báo cáo kết quả rà soát',
					source: { line: 19 }
				},
				{
					code: 'II.2.a',
					content:
						'Tổ chức bồi dưỡng nghiệp vụ cho đội ngũ cán bộ làm công tác pháp chế tại các sở, ngành và cấp huyện.',
					lead: 'Sở Nội vụ',
					coordinators: ['Sở Tư pháp', 'Trường Chính trị tỉnh'],
					deadline: { text: '6 tháng đầu năm 2026', due: '2026-06-30' },
					output: 'Kế hoạch bồi dưỡng',
					source: { line: 25 }
				},
				{
					code: 'II.2.b',
					content: 'Theo dõi tình hình thi hành pháp luật trên các lĩnh vực trọng tâm.',
					lead: 'Sở Tư pháp',
					coordinators: [],
					deadline: { text: 'Định kỳ hằng quý', due: null },
					output: null,
					source: { line: 30 }
				}
			]
		});
		expect(warnings('tinh-truong-field-lines.txt')).toEqual([
			'Văn bản chưa có số (dòng “Số: …/KH-UBND” để trống).',
			'Văn bản chưa ghi ngày ban hành (dòng “ngày … tháng … năm …” để trống).'
		]);
	});

	it('a UBND huyện plan with "+" items under unit headings and open deadlines closing the text', () => {
		expect(json('huyen-pccc.txt')).toEqual({
			document: {
				type: 'KH',
				number: '87',
				symbol: 'KH-UBND',
				issuer: 'UBND HUYỆN CHƯ SÊ',
				date: '2025-03-21',
				title:
					'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTG NGÀY 01/3/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY NĂM 2025',
				implements: [
					{
						type: 'CT',
						number: '05',
						symbol: 'CT-TTg',
						date: '2025-03-01',
						issuer: 'Thủ tướng Chính phủ',
						text: 'Chỉ thị số 05/CT-TTg ngày 01/3/2025 của Thủ tướng Chính phủ'
					},
					{
						type: 'CV',
						number: '310',
						symbol: 'UBND-NC',
						date: '2025-03-10',
						issuer: 'UBND tỉnh Gia Lai',
						text: 'Công văn số 310/UBND-NC ngày 10/3/2025 của UBND tỉnh Gia Lai'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content:
						'Chủ trì tổ chức kiểm tra an toàn phòng cháy đối với các cơ sở kinh doanh karaoke, quán bar',
					lead: 'Công an huyện',
					coordinators: [],
					deadline: { text: 'trước ngày 30/4/2025', due: '2025-04-30' },
					output: null,
					source: { line: 14 }
				},
				{
					code: 'II.1.2',
					content: 'Xây dựng phương án chữa cháy tại các khu dân cư',
					lead: 'Công an huyện',
					coordinators: [],
					deadline: { text: 'Quý II năm 2025', due: '2025-06-30' },
					output: null,
					source: { line: 15 }
				},
				{
					code: 'II.2.1',
					content:
						'Phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện tuyên truyền kiến thức phòng cháy, chữa cháy.',
					lead: 'Phòng Văn hóa và Thông tin',
					coordinators: ['Trung tâm Văn hóa - Thông tin và Thể thao huyện'],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 17 }
				},
				{
					code: 'II.3.a',
					content: 'Kiện toàn đội dân phòng.',
					lead: 'UBND các xã, thị trấn',
					coordinators: [],
					deadline: { text: 'trước 31/5/2025', due: '2025-05-31' },
					output: null,
					source: { line: 19 }
				},
				{
					code: 'II.3.b',
					content: 'Giao Trưởng thôn, làng rà soát hộ gia đình có nguy cơ cháy cao.',
					lead: 'UBND các xã, thị trấn',
					coordinators: [],
					deadline: { text: 'Định kỳ hằng tháng', due: null },
					output: null,
					source: { line: 20 }
				}
			]
		});
		expect(warnings('huyen-pccc.txt')).toEqual([]);
	});

	it('a plan with "- Đơn vị chủ trì:" lines and a tab table of tasks right under a heading', () => {
		expect(json('thanh-pho-bang-trong-muc.txt')).toEqual({
			document: {
				type: 'KH',
				number: '201',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
				date: '2025-07-02',
				title:
					'Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân',
				implements: [
					{
						type: 'NQ',
						number: '68',
						symbol: 'NQ/TW',
						date: '2025-05-04',
						issuer: 'Bộ Chính trị',
						text: 'Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content: 'Cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính.',
					lead: 'Sở Tài chính',
					coordinators: ['Văn phòng UBND thành phố', 'Sở Tư pháp'],
					deadline: { text: 'Năm 2025', due: '2025-12-31' },
					output: 'Quyết định phê duyệt phương án cắt giảm',
					source: { line: 9 }
				},
				{
					code: 'II.1.2',
					content: 'Xây dựng Cổng hỗ trợ doanh nghiệp tư nhân.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: [],
					deadline: { text: 'Quý IV/2025', due: '2025-12-31' },
					output: null,
					source: { line: 14 }
				},
				{
					code: 'II.2.1',
					content: 'Công bố quỹ đất dành cho doanh nghiệp nhỏ và vừa',
					lead: 'Sở Nông nghiệp và Môi trường',
					coordinators: ['UBND các quận, huyện'],
					deadline: { text: 'Tháng 9/2025', due: '2025-09-30' },
					output: 'Danh mục quỹ đất',
					source: { line: 19 }
				},
				{
					code: 'II.2.2',
					content: 'Triển khai chương trình tín dụng ưu đãi',
					lead: 'Ngân hàng Nhà nước Chi nhánh Khu vực 14',
					coordinators: ['Các tổ chức tín dụng'],
					deadline: { text: 'Năm 2025 - 2026', due: '2026-12-31' },
					output: 'Báo cáo',
					source: { line: 20 }
				}
			]
		});
		expect(warnings('thanh-pho-bang-trong-muc.txt')).toEqual([]);
	});

	it('a plan naming lead, coordinators and deadline in later clauses of the task’s sentence', () => {
		expect(json('tinh-menh-de-cuoi.txt')).toEqual({
			document: {
				type: 'KH',
				number: '77',
				symbol: 'KH-UBND',
				issuer: 'UBND TỈNH BẮC NINH',
				date: '2025-02-05',
				title: 'Thực hiện Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng',
				implements: [
					{
						type: 'KL',
						number: '123',
						symbol: 'KL/TW',
						date: '2025-01-24',
						issuer: 'Ban Chấp hành Trung ương Đảng',
						text: 'Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content: 'Thu hút dự án công nghệ cao vào khu công nghiệp.',
					lead: 'Ban Quản lý các khu công nghiệp',
					coordinators: ['Sở Tài chính', 'Sở Công Thương'],
					deadline: { text: 'Năm 2025', due: '2025-12-31' },
					output: null,
					source: { line: 8 }
				},
				{
					code: 'II.1.2',
					content: 'Phát triển cụm công nghiệp.',
					lead: 'Sở Công Thương',
					coordinators: [],
					deadline: { text: 'Quý II/2025', due: '2025-06-30' },
					output: null,
					source: { line: 9 }
				},
				{
					code: 'II.1.3',
					content: 'Đẩy mạnh xúc tiến thương mại.',
					lead: 'Sở Công Thương',
					coordinators: [],
					deadline: { text: 'trước 30/9/2025', due: '2025-09-30' },
					output: null,
					source: { line: 10 }
				},
				{
					code: 'II.2.a',
					content:
						'Sở Văn hóa, Thể thao và Du lịch xây dựng Đề án phát triển du lịch, trình UBND tỉnh trong tháng 8/2025.',
					lead: 'Sở Văn hóa, Thể thao và Du lịch',
					coordinators: [],
					deadline: { text: 'Tháng 8/2025', due: '2025-08-31' },
					output: null,
					source: { line: 12 }
				},
				{
					code: 'II.2.b',
					content: 'Cục Thuế tỉnh, Chi cục Hải quan Bắc Ninh triển khai hóa đơn điện tử.',
					lead: 'Cục Thuế tỉnh',
					coordinators: ['Chi cục Hải quan Bắc Ninh'],
					deadline: { text: 'Năm 2025 và những năm tiếp theo', due: null },
					output: null,
					source: { line: 13 }
				}
			]
		});
		expect(warnings('tinh-menh-de-cuoi.txt')).toEqual([]);
	});
});

describe('deadline wording', () => {
	it('keeps what a person would copy into a "Thời hạn" column', () => {
		expect(deadlineWording('hoàn thành trong Quý III/2025')).toBe('Quý III/2025');
		expect(deadlineWording('trong tháng 6/2025.')).toBe('Tháng 6/2025');
		expect(deadlineWording('hoàn thành trước ngày 30/9/2025')).toBe('trước ngày 30/9/2025');
		expect(deadlineWording('chậm nhất ngày 27/02/2024;')).toBe('chậm nhất ngày 27/02/2024');
	});

	it('gives each form its last day, and none to open ones', () => {
		const due = (t: string, issued: string | null = '2025-08-15') => deadlineOf(t, { issued }).due;
		expect(due('Tháng 6/2025')).toBe('2025-06-30');
		expect(due('6 tháng đầu năm 2025')).toBe('2025-06-30');
		expect(due('6 tháng cuối năm 2025')).toBe('2025-12-31');
		expect(due('Trước 30/6/2025')).toBe('2025-06-30');
		expect(due('Năm 2025 và các năm tiếp theo')).toBeNull();
		expect(due('Giai đoạn 2025-2030')).toBe('2030-12-31');
		expect(due('Định kỳ hằng quý')).toBeNull();
		expect(due('Thường xuyên')).toBeNull();
		expect(due('Hằng năm')).toBeNull();
		expect(due('Hằng năm (trước ngày 15/12)')).toBe('2025-12-15');
		expect(due('trước ngày 10/3 hằng năm')).toBe('2026-03-10');
		expect(due('Hằng năm (trước ngày 15/12)', null)).toBeNull();
		expect(due('Quý I, II/2026')).toBe('2026-06-30');
		expect(due('Quý III - IV/2025')).toBe('2025-12-31');
		expect(due('Tháng 5, 6/2025')).toBe('2025-06-30');
		expect(due('Đến hết năm 2025')).toBe('2025-12-31');
		expect(due('Quý II/2025 (sau khi có hướng dẫn của Bộ)')).toBe('2025-06-30');
		expect(due('Tháng 6 năm 2025')).toBe('2025-06-30');
		expect(due('sau khi có hướng dẫn')).toBeNull();
	});
});
