import type { SeedPlan } from './types.ts';

/*
 * Seed 000: Công văn 2018-CV/TU of Tỉnh ủy Quảng Ngãi read as a plan. Each numbered heading names a
 * recipient body: it is a group, and that body leads every task under it. Each paragraph or '-' bullet
 * under a heading is one task, coded heading.position ('3.2').
 * The letter has no section I or III: its opening paragraph (basis and aim) is the purpose, and there is no
 * separate organisation section (the reporting duty sits in task 1.1, the monitoring duty in task 5.1).
 * No task has a deadline; "Thường xuyên …" and "định kỳ báo cáo" inside 1.1 qualify one of its actions, not
 * the task, so deadline stays null. Output is set where the task says to draw up a chương trình, kế hoạch.
 * Coordinators: the only "phối hợp" (5.1) is with "các cơ quan, đơn vị liên quan", not a unit.
 *
 * Text fixes: page breaks inside a paragraph are joined ('công | nghệ' in 3.4, 'tổng | kết' in 5.1), and the
 * markdown emphasis around '*Kết luận số 69-KL/TW*' in the opening paragraph is removed. Kept as in the
 * source: 'chuyên gia công nghệ' (3.6, 4.1), which reads as a slip for 'chuyển giao công nghệ'.
 */
export const planQuangNgai: SeedPlan = {
	key: 'plan-tu-qng-kl69',
	title:
		'Về tổ chức nghiên cứu, quán triệt, phổ biến và triển khai thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị',
	owner: 'tu-quang-ngai',
	directive: 'cv-2018-tu-qng',
	implements: ['kl-69'],
	purpose:
		'Ngày 11/01/2024, Bộ Chính trị ban hành Kết luận số 69-KL/TW về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường, định hướng xã hội chủ nghĩa và hội nhập quốc tế (viết tắt là Kết luận số 69-KL/TW). Để triển khai thực hiện có hiệu quả Kết luận số 69-KL/TW, Ban Thường vụ Tỉnh ủy yêu cầu:',
	organisation: '',
	groups: [
		{
			code: '1',
			title: 'Ban thường vụ các huyện ủy, thị ủy, thành ủy, Đảng ủy trực thuộc Tỉnh ủy',
			tasks: [
				{
					code: '1.1',
					content:
						'Lãnh đạo, chỉ đạo tổ chức nghiên cứu, quán triệt Kết luận số 69-KL/TW đến cán bộ, đảng viên và các tầng lớp nhân dân bằng hình thức cụ thể, phù hợp với đặc điểm, tình hình của từng cấp ủy, tổ chức đảng, cơ quan, đơn vị nhằm tạo sự chuyển biến mạnh mẽ trong tư duy, hành động, nâng cao nhận thức, trách nhiệm của các tổ chức đảng, cấp ủy, cán bộ, nhất là người đứng đầu, cán bộ lãnh đạo, quản lý, tạo thống nhất thực hiện nghiêm túc Kết luận số 69-KL/TW. Xây dựng chương trình, kế hoạch thực hiện Kết luận số 69-KL/TW phù hợp với địa phương, đơn vị. Xác định phát triển khoa học, công nghệ và đổi mới sáng tạo là nhiệm vụ trung tâm trong phát triển kinh tế - xã hội của tỉnh và của mỗi địa phương, cơ quan, đơn vị; góp phần xây dựng nền kinh tế đất nước độc lập, tự chủ, chủ động hội nhập quốc tế sâu rộng, tạo nền tảng để thực hiện công nghiệp hóa, hiện đại hóa đất nước. Thường xuyên đôn đốc, kiểm tra, giám sát việc thực hiện và định kỳ báo cáo kết quả thực hiện cho Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy).',
					lead: 'qng-cap-uy-truc-thuoc',
					coordinators: [],
					deadline: null,
					output: 'Chương trình, kế hoạch thực hiện Kết luận số 69-KL/TW'
				}
			]
		},
		{
			code: '2',
			title: 'Đảng đoàn Hội đồng nhân dân tỉnh',
			tasks: [
				{
					code: '2.1',
					content:
						'Lãnh đạo, chỉ đạo việc đề xuất xây dựng, sửa đổi, bổ sung và hoàn thiện hệ thống chính sách, pháp luật về khoa học, công nghệ và đổi mới sáng tạo theo hướng phù hợp với cơ chế thị trường, tình hình thực tế của tỉnh và thông lệ, chuẩn mực quốc tế, tạo sự đồng bộ, thống nhất, hiệu quả trong tổ chức thực hiện. Chú trọng các chính sách tài chính, đầu tư, đấu thầu, quản lý và sử dụng tài sản công, chuyển giao, ứng dụng khoa học và công nghệ, phát triển công nghệ số, công nghệ cao, bảo hộ sở hữu trí tuệ; chính sách xã hội hóa. Đồng thời, nghiên cứu, xây dựng cơ chế, chính sách đặc thù, chính sách vượt trội, cơ chế thử nghiệm chính sách mới, rủi ro nhằm thúc đẩy phát triển, ứng dụng, chuyển giao các lĩnh vực khoa học, công nghệ có tính nền tảng, ưu tiên, mũi nhọn... của tỉnh.',
					lead: 'qng-dd-hdnd',
					coordinators: [],
					deadline: null,
					output: null
				}
			]
		},
		{
			code: '3',
			title: 'Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo',
			tasks: [
				{
					code: '3.1',
					content:
						'Xây dựng chương trình, kế hoạch và tổ chức thực hiện tốt Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030 gắn với cụ thể hóa nghị quyết, chủ trương của Đảng, các văn bản chỉ đạo của Tỉnh ủy về khoa học và công nghệ, tạo bước đột phá để chuyển nhanh nền kinh tế sang mô hình tăng trưởng dựa trên năng suất lao động, tiến bộ khoa học, công nghệ và đổi mới sáng tạo, nguồn nhân lực chất lượng cao và sử dụng tiết kiệm, có hiệu quả nguồn lực quốc gia, bảo vệ môi trường.',
					lead: 'qng-bcsd-ubnd',
					coordinators: [],
					deadline: null,
					output: 'Chương trình, kế hoạch thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030'
				},
				{
					code: '3.2',
					content:
						'Tăng cường cải cách hành chính, phân cấp, phân quyền; thực hiện đồng bộ cơ chế, chính sách để phát triển. Bảo đảm sử dụng có hiệu quả ngân sách nhà nước và có chính sách thu hút nguồn lực từ doanh nghiệp dành cho hoạt động khoa học, công nghệ và đổi mới sáng tạo; ưu tiên, tập trung nguồn lực xây dựng cơ sở vật chất, phát triển nguồn nhân lực và thị trường khoa học, công nghệ, hợp tác quốc tế. Tạo điều kiện thuận lợi, khuyến khích, hỗ trợ cho doanh nghiệp, tổ chức, cá nhân nghiên cứu, phát triển, ứng dụng, chuyển giao công nghệ theo nguyên tắc tự nguyện, bình đẳng, các bên cùng có lợi; chủ động, kịp thời cập nhật, ứng dụng phát triển các dịch vụ, sản phẩm chủ lực góp phần xây dựng thương hiệu của tỉnh.',
					lead: 'qng-bcsd-ubnd',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: '3.3',
					content:
						'Đẩy mạnh ứng dụng tiến bộ khoa học, công nghệ trong nghiên cứu, phát triển sản phẩm có lợi thế cạnh tranh, giá trị cao, thân thiện với môi trường, tham gia có hiệu quả vào chuỗi sản xuất, chuỗi cung ứng, chuỗi giá trị toàn cầu; gắn nghiên cứu phát triển khoa học, công nghệ với phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh, hội nhập quốc tế, phát huy lợi thế của tỉnh.',
					lead: 'qng-bcsd-ubnd',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: '3.4',
					content:
						'Tiếp tục sắp xếp, đẩy mạnh cơ chế tự chủ đối với các tổ chức khoa học và công nghệ công lập nhằm thu hút, nâng cao hiệu quả sử dụng nguồn lực của quốc gia, ngành, vùng và của tỉnh. Tạo điều kiện cho các trường cao đẳng, đại học trên địa bàn tỉnh đẩy mạnh công tác nghiên cứu, phát triển khoa học, công nghệ và đổi mới sáng tạo. Xây dựng cơ chế, chính sách, tạo môi trường thuận lợi để thu hút đội ngũ cán bộ khoa học và công nghệ, nhất là các chuyên gia, nhà khoa học giỏi, nhân tài trong và ngoài tỉnh. Khuyến khích thu hút, tạo nguồn cán bộ khoa học từ sinh viên xuất sắc, cán bộ khoa học trẻ; hỗ trợ việc phát triển các nhóm nghiên cứu trẻ, có tiềm năng. Tập trung phát triển hệ thống các phòng thí nghiệm trọng điểm theo hướng hiện đại, tiếp cận trình độ các nước tiên tiến.',
					lead: 'qng-bcsd-ubnd',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: '3.5',
					content:
						'Nghiên cứu phát triển các trung tâm và mạng lưới đổi mới sáng tạo, trung tâm hỗ trợ khởi nghiệp sáng tạo, hình thành các cụm liên kết đổi mới sáng tạo với khu công nghệ cao, trung tâm tài chính, quỹ đầu tư mạo hiểm, trường đại học, viện nghiên cứu. Triển khai các hoạt động đào tạo kiến thức, kỹ năng về khoa học, công nghệ và đổi mới sáng tạo trong các cơ sở giáo dục; xây dựng các vườn ươm công nghệ, nền tảng đổi mới sáng tạo mở. Quan tâm xây dựng, phát triển văn hóa phù hợp với tính mới, tính khác biệt của hoạt động khoa học, công nghệ và đổi mới sáng tạo. Phát triển các hướng nghiên cứu, giải pháp công nghệ gắn với chuyển đổi số, kinh tế tuần hoàn, kinh tế xanh.',
					lead: 'qng-bcsd-ubnd',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: '3.6',
					content:
						'Thúc đẩy hội nhập sâu rộng, mở rộng hợp tác quốc tế, nhất là với các đối tác chiến lược và tận dụng cơ hội từ các sản phẩm chủ lực của tỉnh. Khuyến khích liên doanh, liên kết, chuyên gia công nghệ giữa các tổ chức, cá nhân, doanh nghiệp trong tỉnh với các doanh nghiệp trong và ngoài nước trên cơ sở đảm bảo đúng quy định của pháp luật.',
					lead: 'qng-bcsd-ubnd',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: '3.7',
					content:
						'Thường xuyên kiểm tra, thanh tra, xử lý nghiêm vi phạm trong thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước về khoa học, công nghệ và đổi mới sáng tạo.',
					lead: 'qng-bcsd-ubnd',
					coordinators: [],
					deadline: null,
					output: null
				}
			]
		},
		{
			code: '4',
			title:
				'Đảng đoàn Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh, Ban Thường vụ Tỉnh Đoàn',
			tasks: [
				{
					code: '4.1',
					content:
						'Phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội từ tỉnh đến cơ sở trong công tác vận động, tuyên truyền, giám sát, phản biện xã hội, động viên nhân dân tích cực tham gia, góp phần phát triển khoa học, công nghệ và đổi mới sáng tạo. Kịp thời biểu dương, khen thưởng tập thể, cá nhân có nhiều hoạt động đổi mới sáng tạo, sáng chế, sáng kiến, cải tiến kỹ thuật, hợp lý hóa sản xuất, ứng dụng và chuyên gia công nghệ mới, mang lại hiệu quả thiết thực.',
					lead: 'qng-mttq-ctxh',
					coordinators: [],
					deadline: null,
					output: null
				}
			]
		},
		{
			code: '5',
			title: 'Ban Tuyên giáo Tỉnh ủy',
			tasks: [
				{
					code: '5.1',
					content:
						'Chỉ đạo, định hướng các cơ quan truyền thông báo chí trên địa bàn thường xuyên tuyên truyền các nội dung của Kết luận số 69-KL/TW và các văn bản khác của Đảng về công tác khoa học, công nghệ, đổi mới sáng tạo. Chủ trì, phối hợp với các cơ quan, đơn vị liên quan theo dõi, kiểm tra, giám sát, sơ kết, tổng kết, đánh giá việc triển khai thực hiện Kết luận số 69-KL/TW; báo cáo đề xuất Ban Thường vụ Tỉnh ủy chỉ đạo kịp thời những vấn đề khó khăn, vướng mắc trong quá trình triển khai thực hiện Kết luận số 69-KL/TW trên địa bàn tỉnh.',
					lead: 'qng-btgtu',
					coordinators: [],
					deadline: null,
					output: null
				}
			]
		}
	]
};
