import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAssignment } from './assignment.ts';
import { reflowPdfText } from './blocks.ts';
import { importPlanText } from './import-plan.ts';
import { readMarker } from './outline.ts';
import { toImportJson } from './to-json.ts';

// Round 3: formats the first two rounds did not meet, each read whole through the `--json` contract.
const text = (name: string): string =>
	readFileSync(new URL(`./fixtures/round3/${name}`, import.meta.url), 'utf8');
const json = (name: string) => toImportJson(importPlanText(text(name)));

describe('round 3 plans, read whole', () => {
	it('a Tỉnh ủy plan numbered "I-" / "1-": hyphen markers, "(năm 2025)" as deadline, a coordinator cut where its name ends', () => {
		expect(json('tinh-uy-gach-ngang.txt')).toEqual({
			document: {
				type: 'KH',
				number: '88',
				symbol: 'KH/TU',
				issuer: 'TỈNH ỦY BÌNH ĐỊNH',
				date: '2025-03-03',
				title:
					'thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
				implements: [
					{
						type: 'NQ',
						number: '57',
						symbol: 'NQ/TW',
						date: '2024-12-22',
						issuer: 'Bộ Chính trị',
						text: 'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content:
						'Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn tổ chức học tập, quán triệt Nghị quyết 57.',
					lead: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
					coordinators: [],
					deadline: {
						text: 'Tháng 4/2025',
						due: '2025-04-30'
					},
					output: null,
					source: {
						line: 15
					}
				},
				{
					code: 'II.1.2',
					content:
						'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt đến cán bộ, đảng viên; xây dựng kế hoạch thực hiện.',
					lead: 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
					coordinators: [],
					deadline: {
						text: 'trước ngày 30/4/2025',
						due: '2025-04-30'
					},
					output: null,
					source: {
						line: 16
					}
				},
				{
					code: 'II.2.1',
					content:
						'Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo HĐND tỉnh ban hành chính sách hỗ trợ doanh nghiệp đổi mới công nghệ.',
					lead: 'Đảng đoàn Hội đồng nhân dân tỉnh',
					coordinators: [],
					deadline: {
						text: 'Năm 2025',
						due: '2025-12-31'
					},
					output: null,
					source: {
						line: 18
					}
				},
				{
					code: 'II.2.2.1',
					content:
						'Xây dựng Đề án phát triển hạ tầng số tỉnh Bình Định giai đoạn 2025 - 2030, trình Ban Thường vụ Tỉnh ủy trong quý III/2025.',
					lead: 'Ban cán sự đảng UBND tỉnh',
					coordinators: [],
					deadline: {
						text: 'Quý III/2025',
						due: '2025-09-30'
					},
					output: null,
					source: {
						line: 20
					}
				},
				{
					code: 'II.2.2.2',
					content: 'Rà soát, sắp xếp các tổ chức khoa học và công nghệ công lập.',
					lead: 'Ban cán sự đảng UBND tỉnh',
					coordinators: [],
					deadline: {
						text: 'Năm 2025',
						due: '2025-12-31'
					},
					output: null,
					source: {
						line: 21
					}
				},
				{
					code: 'II.3.1',
					content:
						'Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy đưa nội dung thực hiện Nghị quyết vào chương trình kiểm tra, giám sát hằng năm.',
					lead: 'Ủy ban Kiểm tra Tỉnh ủy',
					coordinators: ['Ban Tổ chức Tỉnh ủy'],
					deadline: null,
					output: null,
					source: {
						line: 23
					}
				},
				{
					code: 'III.1',
					content: 'Các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện.',
					lead: 'Các cấp ủy, tổ chức đảng',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 25
					}
				},
				{
					code: 'III.2',
					content: 'Văn phòng Tỉnh ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.',
					lead: 'Văn phòng Tỉnh ủy',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 26
					}
				}
			]
		});
		expect(importPlanText(text('tinh-uy-gach-ngang.txt')).warnings).toEqual([]);
	});

	it('a Đảng ủy xã plan numbered "I –", "1 –", "a/", "a-" with "Chi bộ …:" and "Tổ đảng …:" headings', () => {
		expect(json('dang-uy-xa-gach-ngang.txt')).toEqual({
			document: {
				type: 'KH',
				number: '27',
				symbol: 'KH/ĐU',
				issuer: 'ĐẢNG ỦY XÃ CÁT HANH',
				date: '2025-05-12',
				title:
					'tổ chức học tập, quán triệt và triển khai thực hiện Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng',
				implements: [
					{
						type: 'KL',
						number: '121',
						symbol: 'KL/TW',
						date: '2025-01-24',
						issuer: 'Ban Chấp hành Trung ương Đảng',
						text: 'Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng'
					},
					{
						type: 'KH',
						number: '112',
						symbol: 'KH/HU',
						date: '2025-03-20',
						issuer: 'Ban Thường vụ Huyện ủy Phù Cát',
						text: 'Kế hoạch số 112-KH/HU, ngày 20/3/2025 của Ban Thường vụ Huyện ủy Phù Cát'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.a',
					content:
						'Văn phòng Đảng ủy chuẩn bị tài liệu, hội trường, phối hợp với Trung tâm Văn hóa - Thể thao xã bảo đảm âm thanh, ánh sáng.',
					lead: 'Văn phòng Đảng ủy',
					coordinators: ['Trung tâm Văn hóa - Thể thao xã'],
					deadline: {
						text: 'Tháng 5/2025',
						due: '2025-05-31'
					},
					output: null,
					source: {
						line: 16
					}
				},
				{
					code: 'II.1.b',
					content: 'Các chi bộ tổ chức cho đảng viên không tham dự hội nghị học tập bù.',
					lead: 'Các chi bộ',
					coordinators: [],
					deadline: {
						text: 'trước ngày 30/6/2025',
						due: '2025-06-30'
					},
					output: null,
					source: {
						line: 17
					}
				},
				{
					code: 'II.2.a.1',
					content:
						'Rà soát, đăng ký nội dung làm theo gắn với nhiệm vụ phát triển kinh tế - xã hội của thôn.',
					lead: 'Chi bộ thôn Chánh Hòa',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 20
					}
				},
				{
					code: 'II.2.a.2',
					content: 'Sinh hoạt chuyên đề về Kết luận số 121-KL/TW.',
					lead: 'Chi bộ thôn Chánh Hòa',
					coordinators: [],
					deadline: {
						text: 'Quý III/2025',
						due: '2025-09-30'
					},
					output: null,
					source: {
						line: 21
					}
				},
				{
					code: 'II.2.b.1',
					content:
						'Phân công đảng viên theo dõi, nắm tình hình tư tưởng của nhân dân trong khu dân cư, báo cáo Chi bộ hằng tháng.',
					lead: 'Tổ đảng số 3 thuộc Chi bộ thôn Mỹ Long',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 23
					}
				},
				{
					code: 'II.2.c',
					content:
						'Chi bộ Trường Trung học cơ sở Cát Hanh chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức sinh hoạt ngoại khóa cho học sinh về truyền thống của Đảng.',
					lead: 'Chi bộ Trường Trung học cơ sở Cát Hanh',
					coordinators: ['Đoàn Thanh niên xã'],
					deadline: {
						text: 'Năm học 2025 - 2026',
						due: '2026-05-31'
					},
					output: null,
					source: {
						line: 24
					}
				},
				{
					code: 'II.3.1',
					content:
						'Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng kiểm tra việc học tập, quán triệt ở các chi bộ.',
					lead: 'Ủy ban Kiểm tra Đảng ủy',
					coordinators: ['Ban Xây dựng Đảng'],
					deadline: {
						text: 'Quý IV/2025',
						due: '2025-12-31'
					},
					output: null,
					source: {
						line: 26
					}
				},
				{
					code: 'III.1',
					content: 'Các đồng chí Đảng ủy viên phụ trách chi bộ theo dõi, đôn đốc.',
					lead: 'Các đồng chí Đảng ủy viên phụ trách chi bộ',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 28
					}
				},
				{
					code: 'III.2',
					content: 'Văn phòng Đảng ủy tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy.',
					lead: 'Văn phòng Đảng ủy',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 29
					}
				}
			]
		});
		expect(importPlanText(text('dang-uy-xa-gach-ngang.txt')).warnings).toEqual([]);
	});

	it('a Chương trình hành động of a Tỉnh ủy: "NHIỆM VỤ TRỌNG TÂM" paragraphs and the table after the signature', () => {
		expect(json('ctr-tinh-uy.txt')).toEqual({
			document: {
				type: 'CTr',
				number: '15',
				symbol: 'CTr/TU',
				issuer: 'TỈNH ỦY QUẢNG NGÃI',
				date: '2025-04-18',
				title:
					'thực hiện Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới',
				implements: [
					{
						type: 'NQ',
						number: '66',
						symbol: 'NQ/TW',
						date: '2025-04-30',
						issuer: 'Bộ Chính trị',
						text: 'Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content:
						'Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn việc học tập, quán triệt Nghị quyết trong toàn Đảng bộ tỉnh.',
					lead: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
					coordinators: [],
					deadline: {
						text: 'Quý II/2025',
						due: '2025-06-30'
					},
					output: null,
					source: {
						line: 15
					}
				},
				{
					code: 'II.2.1',
					content:
						'Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo rà soát, bãi bỏ các nghị quyết không còn phù hợp.',
					lead: 'Đảng đoàn Hội đồng nhân dân tỉnh',
					coordinators: [],
					deadline: {
						text: 'Năm 2025',
						due: '2025-12-31'
					},
					output: null,
					source: {
						line: 17
					}
				},
				{
					code: 'II.2.2',
					content:
						'Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Sở Tư pháp thẩm định chặt chẽ các dự thảo văn bản, bảo đảm tính hợp hiến, hợp pháp.',
					lead: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
					coordinators: [],
					deadline: {
						text: 'Thường xuyên',
						due: null
					},
					output: null,
					source: {
						line: 18
					}
				},
				{
					code: 'II.3.1',
					content:
						'Ban Nội chính Tỉnh ủy chủ trì, phối hợp với Công an tỉnh, Viện kiểm sát nhân dân tỉnh theo dõi việc xử lý các vụ việc phức tạp, báo cáo Ban Thường vụ Tỉnh ủy hằng quý.',
					lead: 'Ban Nội chính Tỉnh ủy',
					coordinators: ['Công an tỉnh', 'Viện kiểm sát nhân dân tỉnh'],
					deadline: null,
					output: null,
					source: {
						line: 20
					}
				},
				{
					code: 'III.1',
					content: 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện.',
					lead: 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 22
					}
				},
				{
					code: 'III.2',
					content: 'Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình.',
					lead: 'Văn phòng Tỉnh ủy',
					coordinators: [],
					deadline: null,
					output: null,
					source: {
						line: 23
					}
				},
				{
					code: 'PL.1',
					content: 'Đề án nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật giai đoạn 2025 - 2030',
					lead: 'Ban cán sự đảng UBND tỉnh',
					coordinators: ['Ban Tuyên giáo và Dân vận Tỉnh ủy'],
					deadline: {
						text: 'Quý III/2025',
						due: '2025-09-30'
					},
					output: null,
					source: {
						line: 34
					}
				},
				{
					code: 'PL.2',
					content: 'Quy định về trách nhiệm của người đứng đầu trong xây dựng, thi hành pháp luật',
					lead: 'Ban Tổ chức Tỉnh ủy',
					coordinators: ['Ban Nội chính Tỉnh ủy', 'Văn phòng Tỉnh ủy'],
					deadline: {
						text: 'Tháng 10/2025',
						due: '2025-10-31'
					},
					output: null,
					source: {
						line: 35
					}
				},
				{
					code: 'PL.3',
					content: 'Báo cáo sơ kết 01 năm thực hiện Chương trình hành động',
					lead: 'Văn phòng Tỉnh ủy',
					coordinators: [],
					deadline: {
						text: 'Tháng 5/2026',
						due: '2026-05-31'
					},
					output: null,
					source: {
						line: 36
					}
				}
			]
		});
		expect(importPlanText(text('ctr-tinh-uy.txt')).warnings).toEqual([]);
	});

	it('a UBND xã plan: "Công chức Văn hóa - Xã hội", "Ban Chỉ huy Quân sự xã", "Trưởng các ấp:"', () => {
		expect(json('ubnd-xa.txt')).toEqual({
			document: {
				type: 'KH',
				number: '58',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN XÃ TÂN HIỆP',
				date: '2025-06-02',
				title: 'Phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn xã năm 2025',
				implements: [
					{
						type: 'KH',
						number: '210',
						symbol: 'KH-UBND',
						date: '2025-05-15',
						issuer: 'UBND huyện Phú Giáo',
						text: 'Kế hoạch số 210/KH-UBND ngày 15/5/2025 của UBND huyện Phú Giáo'
					}
				]
			},
			tasks: [
				{
					code: 'II.1',
					content:
						'Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đài Truyền thanh xã tuyên truyền kỹ năng phòng, tránh thiên tai trên hệ thống loa truyền thanh.',
					lead: 'Công chức Văn hóa - Xã hội',
					coordinators: ['Đài Truyền thanh xã'],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 13 }
				},
				{
					code: 'II.2',
					content:
						'Ban Chỉ huy Quân sự xã chủ trì, phối hợp với Công an xã xây dựng phương án sơ tán dân ở vùng trũng thấp.',
					lead: 'Ban Chỉ huy Quân sự xã',
					coordinators: ['Công an xã'],
					deadline: { text: 'trước ngày 30/6/2025', due: '2025-06-30' },
					output: null,
					source: { line: 14 }
				},
				{
					code: 'II.3',
					content:
						'Công chức Địa chính - Xây dựng rà soát các công trình, nhà ở có nguy cơ mất an toàn; báo cáo Chủ tịch UBND xã trong tháng 7/2025.',
					lead: 'Công chức Địa chính - Xây dựng',
					coordinators: [],
					deadline: { text: 'Tháng 7/2025', due: '2025-07-31' },
					output: null,
					source: { line: 15 }
				},
				{
					code: 'II.4',
					content: 'Công an xã bảo đảm an ninh trật tự tại khu vực sơ tán (khi có thiên tai xảy ra).',
					lead: 'Công an xã',
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 16 }
				},
				{
					code: 'II.5.1',
					content: 'Thống kê hộ dân sống ven sông, kênh rạch.',
					lead: 'Trưởng các ấp',
					coordinators: [],
					deadline: { text: 'Tháng 6/2025', due: '2025-06-30' },
					output: null,
					source: { line: 18 }
				},
				{
					code: 'II.5.2',
					content: 'Tổ chức lực lượng xung kích tại chỗ, sẵn sàng ứng cứu.',
					lead: 'Trưởng các ấp',
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 19 }
				}
			]
		});
		expect(importPlanText(text('ubnd-xa.txt')).warnings).toEqual([]);
	});

	it('a Quyết định issuing a plan: the header is the Quyết định’s, the tasks are the attached plan’s', () => {
		expect(json('quyet-dinh-ban-hanh.txt')).toEqual({
			document: {
				type: 'QĐ',
				number: '123',
				symbol: 'QĐ-UBND',
				issuer: 'ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN',
				date: '2025-03-10',
				title:
					'Ban hành Kế hoạch triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử trên địa bàn tỉnh năm 2025',
				implements: [
					{
						type: 'QĐ',
						number: '06',
						symbol: 'QĐ-TTg',
						date: '2022-01-06',
						issuer: 'Thủ tướng Chính phủ',
						text: 'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.a',
					content:
						'Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh kết nối Cổng dịch vụ công của tỉnh với Cơ sở dữ liệu quốc gia về dân cư.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: ['Công an tỉnh'],
					deadline: { text: 'Quý II/2025', due: '2025-06-30' },
					output: null,
					source: { line: 36 }
				},
				{
					code: 'II.1.b',
					content:
						'Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.',
					lead: 'Văn phòng UBND tỉnh',
					coordinators: [],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 37 }
				},
				{
					code: 'II.2.a',
					content:
						'Sở Y tế triển khai sử dụng căn cước công dân gắn chip thay thẻ bảo hiểm y tế tại 100% cơ sở khám, chữa bệnh.',
					lead: 'Sở Y tế',
					coordinators: [],
					deadline: { text: 'Tháng 9/2025', due: '2025-09-30' },
					output: null,
					source: { line: 39 }
				},
				{
					code: 'II.2.b',
					content: 'Bảo hiểm xã hội tỉnh phối hợp với Công an tỉnh làm sạch dữ liệu người tham gia bảo hiểm.',
					lead: 'Bảo hiểm xã hội tỉnh',
					coordinators: ['Công an tỉnh'],
					deadline: { text: 'chậm nhất ngày 31/10/2025', due: '2025-10-31' },
					output: null,
					source: { line: 40 }
				}
			]
		});
		expect(importPlanText(text('quyet-dinh-ban-hanh.txt')).warnings).toEqual([]);
	});

	it('an appendix whose columns come in another order, with "Kinh phí" and "Nguồn kinh phí" left out', () => {
		expect(json('phu-luc-cot-dao.txt')).toEqual({
			document: {
				type: 'KH',
				number: '305',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG',
				date: '2025-07-21',
				title:
					'Phát triển du lịch nông nghiệp gắn với xây dựng nông thôn mới trên địa bàn huyện giai đoạn 2025 - 2026',
				implements: [
					{
						type: 'KH',
						number: '1650',
						symbol: 'KH-UBND',
						date: '2025-04-05',
						issuer: 'UBND tỉnh Lâm Đồng',
						text: 'Kế hoạch số 1650/KH-UBND ngày 05/4/2025 của UBND tỉnh Lâm Đồng'
					}
				]
			},
			tasks: [
				{
					code: 'PL.I.1',
					content: 'Rà soát, lựa chọn các điểm có tiềm năng du lịch nông nghiệp',
					lead: 'Phòng Nông nghiệp và Môi trường',
					coordinators: ['UBND các xã, thị trấn'],
					deadline: { text: 'Quý III/2025', due: '2025-09-30' },
					output: 'Danh mục điểm du lịch',
					source: { line: 27 }
				},
				{
					code: 'PL.I.2',
					content: 'Đầu tư đường giao thông nội đồng đến các điểm du lịch',
					lead: 'Ban Quản lý dự án đầu tư xây dựng huyện',
					coordinators: ['Phòng Kinh tế, Hạ tầng và Đô thị'],
					deadline: { text: '2025 - 2026', due: '2026-12-31' },
					output: 'Công trình hoàn thành',
					source: { line: 28 }
				},
				{
					code: 'PL.II.1',
					content: 'Xây dựng video giới thiệu điểm du lịch nông nghiệp',
					lead: 'Phòng Văn hóa và Thông tin',
					coordinators: ['Trung tâm Văn hóa, Thông tin và Thể thao huyện'],
					deadline: { text: 'Tháng 11/2025', due: '2025-11-30' },
					output: '03 video',
					source: { line: 30 }
				},
				{
					code: 'PL.II.2',
					content: 'Tham gia hội chợ, lễ hội du lịch trong và ngoài tỉnh',
					lead: 'Phòng Văn hóa và Thông tin',
					coordinators: ['Các hợp tác xã'],
					deadline: { text: 'Hằng năm', due: null },
					output: 'Gian hàng',
					source: { line: 31 }
				}
			]
		});
		expect(importPlanText(text('phu-luc-cot-dao.txt')).warnings).toEqual([]);
	});

	it('paragraphs without bullets under "1." headings, each a "Giao Sở X chủ trì …" sentence', () => {
		expect(json('doan-van-giao.txt')).toEqual({
			document: {
				type: 'KH',
				number: '88',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN TỈNH KON TUM',
				date: '2025-08-05',
				title:
					'Thực hiện Chỉ thị số 20/CT-TTg ngày 12/6/2025 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm an toàn thực phẩm',
				implements: [
					{
						type: 'CT',
						number: '20',
						symbol: 'CT-TTg',
						date: '2025-06-12',
						issuer: 'Thủ tướng Chính phủ',
						text: 'Chỉ thị số 20/CT-TTg ngày 12/6/2025 của Thủ tướng Chính phủ'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.1',
					content:
						'Giao Sở Y tế chủ trì, phối hợp với Sở Nội vụ tham mưu kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh.',
					lead: 'Sở Y tế',
					coordinators: ['Sở Nội vụ'],
					deadline: { text: 'Tháng 9/2025', due: '2025-09-30' },
					output: null,
					source: { line: 14 }
				},
				{
					code: 'II.1.2',
					content:
						'Giao Ủy ban nhân dân các huyện, thành phố bố trí cán bộ theo dõi an toàn thực phẩm tại cấp xã.',
					lead: 'Ủy ban nhân dân các huyện, thành phố',
					coordinators: [],
					deadline: { text: 'trước ngày 31/12/2025', due: '2025-12-31' },
					output: null,
					source: { line: 15 }
				},
				{
					code: 'II.2.1',
					content:
						'Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Công Thương, Công an tỉnh kiểm tra chất lượng vật tư nông nghiệp, sản phẩm nông lâm thủy sản trên thị trường.',
					lead: 'Sở Nông nghiệp và Môi trường',
					coordinators: ['Sở Công Thương', 'Công an tỉnh'],
					deadline: { text: 'Định kỳ hằng quý', due: null },
					output: null,
					source: { line: 17 }
				},
				{
					code: 'II.2.2',
					content:
						'Giao Công an tỉnh đấu tranh, xử lý nghiêm hành vi sản xuất, kinh doanh thực phẩm giả, kém chất lượng.',
					lead: 'Công an tỉnh',
					coordinators: [],
					deadline: null,
					output: null,
					source: { line: 18 }
				},
				{
					code: 'II.3.1',
					content: 'Giao Báo và Phát thanh, Truyền hình Kon Tum mở chuyên mục về an toàn thực phẩm.',
					lead: 'Báo và Phát thanh, Truyền hình Kon Tum',
					coordinators: [],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 20 }
				}
			]
		});
		expect(importPlanText(text('doan-van-giao.txt')).warnings).toEqual([]);
	});

	it('text copied out of a PDF: lines cut at the page width, page numbers and a running head', () => {
		expect(json('pdf-text.txt')).toEqual({
			document: {
				type: 'KH',
				number: '77',
				symbol: 'KH-UBND',
				issuer: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI',
				date: '2025-10-14',
				title:
					'Triển khai thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân',
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
					code: 'II.1.a',
					content:
						'Sở Tài chính chủ trì, phối hợp với Sở Tư pháp, Văn phòng Ủy ban nhân dân tỉnh rà soát, đề xuất cắt giảm ít nhất 30% thời gian xử lý thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh.',
					lead: 'Sở Tài chính',
					coordinators: ['Sở Tư pháp', 'Văn phòng Ủy ban nhân dân tỉnh'],
					deadline: { text: 'Quý IV/2025', due: '2025-12-31' },
					output: null,
					source: { line: 21 }
				},
				{
					code: 'II.1.b',
					content:
						'Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng số kết nối doanh nghiệp với cơ quan nhà nước.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: [],
					deadline: { text: 'trước ngày 30/6/2026', due: '2026-06-30' },
					output: null,
					source: { line: 24 }
				},
				{
					code: 'II.1.c',
					content:
						'Thanh tra tỉnh chủ trì, phối hợp với các sở, ngành liên quan xây dựng kế hoạch thanh tra, kiểm tra doanh nghiệp, bảo đảm không quá 01 lần/năm đối với mỗi doanh nghiệp.',
					lead: 'Thanh tra tỉnh',
					coordinators: [],
					deadline: { text: 'Hằng năm', due: null },
					output: null,
					source: { line: 28 }
				},
				{
					code: 'II.2.a',
					content:
						'Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường công khai quỹ đất sạch dành cho doanh nghiệp nhỏ và vừa.',
					lead: 'Sở Nông nghiệp và Môi trường',
					coordinators: ['Ủy ban nhân dân các xã, phường'],
					deadline: { text: 'Quý I/2026', due: '2026-03-31' },
					output: null,
					source: { line: 32 }
				},
				{
					code: 'II.2.b',
					content:
						'Ngân hàng Nhà nước Khu vực 10 chỉ đạo các tổ chức tín dụng trên địa bàn tỉnh đơn giản hóa thủ tục cho vay đối với hộ kinh doanh, doanh nghiệp nhỏ và vừa.',
					lead: 'Ngân hàng Nhà nước Khu vực 10',
					coordinators: [],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 34 }
				}
			]
		});
		expect(importPlanText(text('pdf-text.txt')).warnings).toEqual([]);
	});
});

describe('outline markers of party texts and decisions', () => {
	it('reads "I-", "I –", "1-", "1 –", "1/", "1)", "a/", "a-", "1.1-" and "Điều 1."', () => {
		const read = (t: string) => {
			const m = readMarker(t);
			return m === null ? null : [m.kind, m.label, m.text];
		};
		expect(read('I- MỤC ĐÍCH')).toEqual(['roman', 'I', 'MỤC ĐÍCH']);
		expect(read('II – NHIỆM VỤ')).toEqual(['roman', 'II', 'NHIỆM VỤ']);
		expect(read('III/ TỔ CHỨC')).toEqual(['roman', 'III', 'TỔ CHỨC']);
		expect(read('1- Tổ chức học tập')).toEqual(['arabic', '1', 'Tổ chức học tập']);
		expect(read('2 – Kiểm tra')).toEqual(['arabic', '2', 'Kiểm tra']);
		expect(read('3/ Báo cáo')).toEqual(['arabic', '3', 'Báo cáo']);
		expect(read('4) Sơ kết')).toEqual(['arabic', '4', 'Sơ kết']);
		expect(read('a/ Văn phòng')).toEqual(['letter', 'a', 'Văn phòng']);
		expect(read('đ- Chi bộ')).toEqual(['letter', 'đ', 'Chi bộ']);
		expect(read('1.2- Rà soát')).toEqual(['decimal2', '1.2', 'Rà soát']);
		expect(read('Điều 3. Chánh Văn phòng')).toEqual(['article', '3', 'Chánh Văn phòng']);
		// no marker: a subject line, a date, a hyphenated word, a plain dash bullet
		expect(read('V/v triển khai')).toBeNull();
		expect(read('1/2025 là năm')).toBeNull();
		expect(read('e-learning cho cán bộ')).toBeNull();
		expect(read('- Rà soát')).toEqual(['dash', '', 'Rà soát']);
	});
});

describe('where a body’s name ends', () => {
	const lead = (t: string) => readAssignment(t)?.lead ?? null;
	const coordinators = (t: string) => readAssignment(t)?.coordinators ?? null;

	it('stops at the first word that is neither part of a name nor a connector, whatever the verb', () => {
		expect(
			coordinators('Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy đưa nội dung vào')
		).toEqual(['Ban Tổ chức Tỉnh ủy']);
		expect(lead('Sở Y tế đưa nội dung vào kế hoạch')).toBe('Sở Y tế');
		expect(lead('Văn phòng Đoàn ĐBQH và HĐND tỉnh đưa nội dung')).toBe('Văn phòng Đoàn ĐBQH và HĐND tỉnh');
		expect(lead('Ban Tuyên giáo và Dân vận Tỉnh ủy đưa tin')).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
		expect(lead('Liên đoàn Lao động tỉnh vận động')).toBe('Liên đoàn Lao động tỉnh');
		expect(lead('Chi bộ thôn Phú Lộc rà soát')).toBe('Chi bộ thôn Phú Lộc');
		expect(lead('Tổ đảng số 3 đăng ký')).toBe('Tổ đảng số 3');
	});

	it('keeps lower-case words that belong to official names', () => {
		expect(lead('Sở Nông nghiệp và Phát triển nông thôn chủ trì')).toBe(
			'Sở Nông nghiệp và Phát triển nông thôn'
		);
		expect(lead('Đài Phát thanh - Truyền hình tỉnh mở chuyên mục')).toBe('Đài Phát thanh - Truyền hình tỉnh');
		expect(lead('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát')).toBe(
			'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'
		);
		expect(lead('Bộ Chỉ huy Quân sự tỉnh chủ trì')).toBe('Bộ Chỉ huy Quân sự tỉnh');
		expect(lead('Trung tâm Phục vụ hành chính công tỉnh niêm yết')).toBe(
			'Trung tâm Phục vụ hành chính công tỉnh'
		);
		expect(lead('Phòng Tổ chức cán bộ chủ trì')).toBe('Phòng Tổ chức cán bộ');
		expect(lead('Ngân hàng Nhà nước chi nhánh tỉnh hướng dẫn')).toBe('Ngân hàng Nhà nước chi nhánh tỉnh');
		expect(lead('Ban cán sự đảng UBND tỉnh chỉ đạo')).toBe('Ban cán sự đảng UBND tỉnh');
		expect(lead('Công chức Văn hóa - Xã hội chủ trì')).toBe('Công chức Văn hóa - Xã hội');
		expect(
			coordinators(
				'Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Bình Định, Đài Phát thanh và Truyền hình tỉnh đưa tin'
			)
		).toEqual(['Báo Bình Định', 'Đài Phát thanh và Truyền hình tỉnh']);
	});

	it('reads "các …" groups of bodies with their lower-case nouns', () => {
		expect(lead('Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt')).toBe(
			'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy'
		);
		expect(lead('Các cấp ủy, tổ chức đảng xây dựng kế hoạch')).toBe('Các cấp ủy, tổ chức đảng');
		expect(lead('Các sở, ngành tổ chức tuyên truyền')).toBe('Các sở, ngành');
		expect(lead('UBND các huyện, thị xã, thành phố chỉ đạo')).toBe('UBND các huyện, thị xã, thành phố');
		expect(lead('Ban Quản lý các khu công nghiệp tỉnh hướng dẫn')).toBe(
			'Ban Quản lý các khu công nghiệp tỉnh'
		);
	});

	it('takes the longer name the unit directory knows where a verb-like word cut it', () => {
		const unit = {
			id: 'u-bqlda',
			name: 'Ban Quản lý dự án đầu tư xây dựng huyện',
			shortName: 'BQLDA huyện',
			kind: 'state' as const,
			parentId: null
		};
		const plan = [
			'KẾ HOẠCH',
			'II. NHIỆM VỤ',
			'1. Ban Quản lý dự án đầu tư xây dựng huyện chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng nâng cấp đường nội thị, hoàn thành trong quý IV/2025.'
		].join('\n');
		const withoutDirectory = importPlanText(plan).tasks[0];
		expect(withoutDirectory?.lead).toBe('Ban Quản lý dự án');
		const task = importPlanText(plan, { units: [unit] }).tasks[0];
		expect(task?.lead).toBe('Ban Quản lý dự án đầu tư xây dựng huyện');
		expect(task?.leadUnitId).toBe('u-bqlda');
		expect(task?.coordinators).toEqual(['Phòng Kinh tế và Hạ tầng']);
	});
});

describe('deadlines in a closing bracket', () => {
	it('reads "(năm 2025)", "(quý IV/2025)", "(thường xuyên)" and leaves other brackets in the text', () => {
		const task = (line: string) => {
			const t = importPlanText(`KẾ HOẠCH\nII. NHIỆM VỤ\n1. ${line}`).tasks[0];
			return [t?.content, t?.deadline];
		};
		expect(task('Sở Tư pháp rà soát văn bản (năm 2025).')).toEqual([
			'Sở Tư pháp rà soát văn bản.',
			{ text: 'Năm 2025', due: '2025-12-31' }
		]);
		expect(task('Sở Tư pháp rà soát văn bản (quý IV/2025)')).toEqual([
			'Sở Tư pháp rà soát văn bản',
			{ text: 'Quý IV/2025', due: '2025-12-31' }
		]);
		expect(task('Công an xã tuần tra (thường xuyên).')).toEqual([
			'Công an xã tuần tra.',
			{ text: 'thường xuyên', due: null }
		]);
		expect(task('Công an xã tuần tra (khi có thiên tai xảy ra).')).toEqual([
			'Công an xã tuần tra (khi có thiên tai xảy ra).',
			null
		]);
	});
});

describe('text copied out of a PDF', () => {
	it('joins lines cut at the width, drops page numbers and the running head, keeps first line numbers', () => {
		const lines = text('pdf-text.txt').split('\n');
		const out = reflowPdfText(lines);
		const at = (start: string) => out.findIndex((l) => l?.startsWith(start) === true);
		expect(out[at('c) Thanh tra tỉnh')]).toBe(
			'c) Thanh tra tỉnh chủ trì, phối hợp với các sở, ngành liên quan xây dựng kế hoạch thanh tra, kiểm tra doanh nghiệp, bảo đảm không quá 01 lần/năm đối với mỗi doanh nghiệp; thực hiện hằng năm.'
		);
		expect(out.filter((l) => l?.trim() === '2' || l?.trim() === '3')).toEqual([]);
		expect(out.filter((l) => l?.startsWith('Kế hoạch số 77/KH-UBND') === true)).toEqual([]);
		expect(out[at('Nơi nhận:') + 1]).toBe('- Bộ Tài chính (b/c);');
	});

	it('leaves text written one paragraph per line as it is', () => {
		const lines = text('doan-van-giao.txt').split('\n');
		expect(reflowPdfText(lines)).toEqual(lines);
	});
});
