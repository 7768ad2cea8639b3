import type { SeedPlan } from './types.ts';

/*
 * Seed 002: the plan of UBND tỉnh Quảng Bình carrying out QĐ 709/QĐ-TTg and KH 156-KH/TU, complete.
 *
 * Task rules: every '-' bullet is one task, coded group.letter.bullet ('II.1.a.1'); a lettered item without
 * bullets is itself one task ('II.1.b'); a group with bullets but no letter codes them group.bullet ('II.4.1').
 * The lead is the body the letter heading (or the group's lead-in line) names as chủ trì, or the subject of
 * a sentence "X phối hợp với … tham mưu" that names no chủ trì. Coordinators are only the bodies named after
 * "phối hợp với" that are units; generic phrases ("các cơ quan liên quan", "các sở, ban, ngành có liên quan",
 * "các tổ chức chính trị - xã hội") are not units and stay only in the text.
 * Content is the bullet's (or lettered item's) own text, verbatim; the lead-in line it hangs from is not repeated.
 * The plan gives no deadlines and names no product for any task: deadline and output are null throughout.
 *
 * Wording kept as in the source, though odd: 'Ủy ban Mặt trận Tổ Việt Nam tỉnh' (II.1.a.3, 'quốc' missing),
 * 'các sở, ban, ngành, địa phương quan' (II.2.c, 'liên' missing), 'Kết luận số 69/KL-TW' (section I).
 */

/*
 * "a) Các sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thị xã, thành phố:" (II.1.a, II.2.a) names two
 * collective bodies on an equal footing; a task has one lead, so the first named ('qb-so-nganh') leads and
 * the second ('qb-ubnd-huyen') is recorded as coordinator.
 */

export const planQuangBinh: SeedPlan = {
	key: 'plan-ubnd-qb-kl69',
	title:
		'Kế hoạch triển khai thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ và Kế hoạch số 156-KH/TU ngày 24/4/2024 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
	owner: 'ubnd-quang-binh',
	directive: 'kh-ubnd-qb',
	implements: ['qd-709-ttg', 'kh-156-tu-qb'],
	preamble:
		'Thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ và Kế hoạch số 156-KH/TU ngày 24/4/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hoá trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế, UBND tỉnh ban hành Kế hoạch triển khai thực hiện như sau:',
	purpose: [
		'1. Mục đích',
		'Cụ thể hóa các nhiệm vụ trọng tâm để thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ và Kế hoạch số 156-KH/TU ngày 24/4/2024 của Tỉnh ủy thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI.',
		'2. Yêu cầu',
		'Xác định các nhiệm vụ, giải pháp cụ thể để các sở, ban ngành, cơ quan thuộc UBND tỉnh, Ủy ban nhân dân huyện, thị xã, thành phố (sau đây gọi là các sở, ban ngành, địa phương) tổ chức thực hiện đồng bộ, hiệu quả Kết luận số 69/KL-TW ngày 11/01/2024 của Bộ Chính trị'
	].join('\n'),
	organisation: [
		'1. Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố tổ chức nghiên cứu, quán triệt và tuyên truyền nội dung Kế hoạch này; căn cứ chức năng, nhiệm vụ và giải pháp được giao tại Kế hoạch này và tình hình thực tiễn để xây dựng kế hoạch triển khai thực hiện cụ thể. Hằng năm báo cáo kết quả thực hiện gửi Sở Khoa học và Công nghệ để tổng hợp báo cáo UBND tỉnh.',
		'2. Sở Khoa học và Công nghệ chịu trách nhiệm theo dõi, đôn đốc, kiểm tra, giám sát việc triển khai thực hiện Kế hoạch này. Định kỳ báo cáo UBND tỉnh kết quả thực hiện và kiến nghị, đề xuất các biện pháp cần thiết để bảo đảm thực hiện đồng bộ và có hiệu quả Kế hoạch này./.'
	].join('\n'),
	groups: [
		{
			code: 'II.1',
			title: 'Tăng cường sự lãnh đạo, chỉ đạo đối với phát triển khoa học, công nghệ và đổi mới sáng tạo',
			tasks: [
				// a) Các sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thị xã, thành phố:
				{
					code: 'II.1.a.1',
					content:
						'Tăng cường sự lãnh đạo, chỉ đạo nhằm tạo chuyển biến mạnh mẽ trong tư duy, hành động, nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và người lao động, nhất là người đứng đầu, cán bộ lãnh đạo, quản lý, xác định phát triển khoa học, công nghệ và đổi mới sáng tạo là nhiệm vụ trung tâm trong phát triển kinh tế - xã hội, tạo nền tảng để thực hiện mục tiêu công nghiệp hoá, hiện đại hoá đất nước; tổ chức phổ biến, tuyên truyền, giáo dục, quán triệt nội dung của Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ và Kế hoạch số 156-KH/TU ngày 24/4/2024 của Ban Thường vụ Tỉnh ủy tạo sự thống nhất trong nhận thức về phát triển khoa học, công nghệ và đổi mới sáng tạo cho cán bộ, công chức, viên chức, người lao động và nhân dân. Kịp thời biểu dương, khen thưởng tập thể, cá nhân có nhiều hoạt động đổi mới sáng tạo, sáng chế, sáng kiến, cải tiến kỹ thuật, hợp lý hoá sản xuất, ứng dụng và chuyển giao công nghệ mới mang lại hiệu quả thiết thực trong công tác, học tập, sản xuất và đời sống.',
					lead: 'qb-so-nganh',
					coordinators: ['qb-ubnd-huyen'],
					deadline: null,
					output: null
				},
				{
					code: 'II.1.a.2',
					content:
						'Tiếp tục thực hiện tốt Chương trình hành động số 19-CTr/TU ngày 13/3/2013 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban chấp hành Trung ương Đảng về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế; gắn với việc triển khai các Chương trình hành động, Kế hoạch của ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đến năm 2030, tầm nhìn đến năm 2045, Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới.',
					lead: 'qb-so-nganh',
					coordinators: ['qb-ubnd-huyen'],
					deadline: null,
					output: null
				},
				{
					code: 'II.1.a.3',
					content:
						'Phối hợp với Ủy ban Mặt trận Tổ Việt Nam tỉnh và các tổ chức chính trị - xã hội trong công tác vận động, tuyên truyền, giám sát, phản biện xã hội, động viên Nhân dân tham gia tích cực, góp phần phát triển khoa học, công nghệ và đổi mới sáng tạo.',
					lead: 'qb-so-nganh',
					coordinators: ['qb-ubnd-huyen', 'qb-mttq'],
					deadline: null,
					output: null
				},
				{
					code: 'II.1.b',
					content:
						'Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền, phổ biến các nội dung của Kết luận số 69-KL/TW, Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ, Kế hoạch số 156-KH/TU ngày 24/4/2024 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị và kế hoạch UBND tỉnh thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ và Kế hoạch số 156-KH/TU ngày 24/4/2024 của Ban Thường vụ Tỉnh ủy.',
					lead: 'qb-so-tttt',
					coordinators: [],
					deadline: null,
					output: null
				}
			]
		},
		{
			code: 'II.2',
			title:
				'Đổi mới tư duy, hoàn thiện chính sách, pháp luật, nâng cao vai trò quản lý nhà nước về khoa học, công nghệ và đổi mới sáng tạo',
			tasks: [
				// a) Các sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thị xã, thành phố:
				{
					code: 'II.2.a.1',
					content:
						'Tổ chức thực hiện tốt nhiệm vụ, giải pháp liên quan đến ngành, lĩnh vực thuộc phạm vi quản lý trong Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030 theo Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ gắn với Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đến năm 2030, tầm nhìn đến năm 2045; Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới và các nghị quyết, chủ trương của Đảng, Quốc hội, Chính phủ, Thủ tướng Chính phủ về phát triển khoa học, công nghệ và đổi mới sáng tạo.',
					lead: 'qb-so-nganh',
					coordinators: ['qb-ubnd-huyen'],
					deadline: null,
					output: null
				},
				{
					code: 'II.2.a.2',
					content:
						'Sử dụng có hiệu quả ngân sách nhà nước và có chính sách thu hút nguồn lực từ các tổ chức, cá nhân, doanh nghiệp dành cho hoạt động khoa học, công nghệ và đổi mới sáng tạo; gắn nhiệm vụ phát triển khoa học, công nghệ với phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh, hội nhập quốc tế.',
					lead: 'qb-so-nganh',
					coordinators: ['qb-ubnd-huyen'],
					deadline: null,
					output: null
				},
				// b) Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan:
				{
					code: 'II.2.b.1',
					content:
						'Tiếp tục tham mưu UBND tỉnh cụ thể hóa chính sách, pháp luật về khoa học, công nghệ và đổi mới sáng tạo; sử dụng, đãi ngộ và tôn vinh các nhà khoa học, chuyên gia đầu ngành, đội ngũ trí thức đáp ứng yêu cầu, phù hợp với tình hình thực tế của tỉnh; hỗ trợ, chuyển giao, ứng dụng khoa học và công nghệ, phát triển công nghệ số, công nghệ cao, bảo hộ sở hữu trí tuệ; đẩy mạnh ứng dụng tiến bộ khoa học, công nghệ trong nghiên cứu, phát triển sản phẩm có lợi thế cạnh tranh, giá trị cao, thân thiện với môi trường, tham gia có hiệu quả vào chuỗi sản xuất, chuỗi cung ứng, chuỗi giá trị.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: 'II.2.b.2',
					content:
						'Nâng cao hiệu lực, hiệu quả quản lý nhà nước về khoa học và công nghệ; thực hiện đồng bộ cơ chế, chính sách để phát triển khoa học, công nghệ và đổi mới sáng tạo. Bảo đảm sử dụng có hiệu quả ngân sách nhà nước và có chính sách thu hút nguồn lực từ doanh nghiệp dành cho hoạt động khoa học, công nghệ và đổi mới sáng tạo. Đẩy mạnh ứng dụng khoa học, công nghệ tiên tiến, hiện đại, nghiên cứu và phát triển công nghệ mới; gắn nhiệm vụ phát triển khoa học, công nghệ với phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh. Thường xuyên kiểm tra, thanh tra, xử lý nghiêm vi phạm trong thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước về khoa học, công nghệ và đổi mới sáng tạo.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				},
				// c) Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ và các sở, ban, ngành, địa phương quan …
				{
					code: 'II.2.c',
					content:
						'Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ và các sở, ban, ngành, địa phương quan tăng cường cải cách hành chính; tham mưu UBND tỉnh phân cấp, phân quyền để nâng cao hiệu lực, hiệu quả quản lý nhà nước trong lĩnh vực khoa học, công nghệ và đổi mới sáng tạo.',
					lead: 'qb-so-noi-vu',
					coordinators: ['qb-so-khcn'],
					deadline: null,
					output: null
				}
			]
		},
		{
			code: 'II.3',
			title: 'Nâng cao tiềm lực khoa học, công nghệ và đổi mới sáng tạo',
			tasks: [
				// a) Sở Khoa học và Công nghệ phối hợp với các sở, ban, ngành có liên quan tham mưu UBND tỉnh:
				// (no chủ trì named: the subject, Sở KH&CN, leads)
				{
					code: 'II.3.a.1',
					content:
						'Đầu tư xây dựng và phát triển cơ sở hạ tầng phục vụ nghiên cứu khoa học và phát triển công nghệ; xây dựng điều kiện cơ sở vật chất dùng chung và tổ chức liên kết với các phòng thí nghiệm của các cơ quan, đơn vị, doanh nghiệp để thúc đẩy hoạt động nghiên cứu khoa học, công nghệ và đổi mới sáng tạo.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: 'II.3.a.2',
					content:
						'Đẩy mạnh thực hiện chính sách về tự chủ, tự chịu trách nhiệm đối với các tổ chức khoa học và công nghệ công lập phù hợp với tình hình hoạt động khoa học và công nghệ ở địa phương.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: 'II.3.a.3',
					content:
						'Trình Hội đồng nhân dân tỉnh ban hành cơ chế, chính sách, tạo môi trường thuận lợi để thu hút đội ngũ cán bộ khoa học và công nghệ, nhất là chuyên gia đầu ngành, nhà khoa học giỏi, nhân tài; khuyến khích thu hút, tạo nguồn cán bộ khoa học từ sinh viên xuất sắc, cán bộ khoa học trẻ; hỗ trợ việc phát triển các nhóm nghiên cứu trẻ, có tiềm năng, để nâng cao chất lượng nguồn nhân lực khoa học và công nghệ, nhất là chuyên gia đầu ngành, nhà khoa học giỏi, nhân tài.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: 'II.3.b',
					content:
						'Các Trường Đại học, Cao đẳng trên địa bàn tỉnh tăng cường hoạt động giảng dạy gắn với nghiên cứu, phát triển khoa học, công nghệ và đổi mới sáng tạo, đẩy mạnh nghiên cứu cơ bản và nghiên cứu ứng dụng những lĩnh vực tỉnh ta có thế mạnh.',
					lead: 'qb-truong-dh-cd',
					coordinators: [],
					deadline: null,
					output: null
				}
			]
		},
		{
			code: 'II.4',
			title: 'Xây dựng, phát triển hệ sinh thái khởi nghiệp sáng tạo',
			tasks: [
				// Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh:
				{
					code: 'II.4.1',
					content:
						'Hình thành hệ thống trung tâm đổi mới sáng tạo và trung tâm khởi nghiệp đổi mới sáng tạo công lập trên địa bàn tỉnh nhằm thúc đẩy đổi mới sáng tạo ở các địa phương theo quy định tại Quyết định 229/QĐ-TTg ngày 13/3/2024 của Thủ tướng Chính phủ về phê duyệt quy hoạch mạng lưới tổ chức khoa học và công nghệ công lập thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Triển khai các hoạt động đào tạo kiến thức, kỹ năng về khoa học, công nghệ và đổi mới sáng tạo trong các cơ sở giáo dục; xây dựng các vườn ươm công nghệ, nền tảng đổi mới sáng tạo mở, mạng lưới đổi mới sáng tạo mở; khuyến khích doanh nghiệp, nhất là doanh nghiệp nhà nước thành lập trung tâm nghiên cứu và đổi mới sáng tạo nhằm thúc đẩy phát triển hệ thống đổi mới sáng tạo, hệ sinh thái khởi nghiệp sáng tạo.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: 'II.4.2',
					content:
						'Phát triển các hướng nghiên cứu, giải pháp công nghệ gắn với chuyển đổi số, kinh tế tuần hoàn, kinh tế xanh. Phát triển kinh tế số trên nền tảng khoa học, công nghệ và đổi mới sáng tạo gắn với các chuỗi giá trị, cụm liên kết ngành, hệ sinh thái khởi nghiệp sáng tạo. Nghiên cứu phát triển công nghệ thay thế, công nghệ sử dụng nguồn nguyên liệu từ chất thải tái chế, công nghệ năng lượng xanh.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				}
			]
		},
		{
			code: 'II.5',
			title: 'Thúc đẩy phát triển thị trường khoa học và công nghệ',
			tasks: [
				// Sở Khoa học và công nghệ chủ trì, phối hợp các sở, ban, ngành, địa phương có liên quan tham mưu thực hiện:
				{
					code: 'II.5.1',
					content:
						'Đẩy mạnh triển khai thực hiện hỗ trợ theo Nghị quyết 06/2021/HĐND về chính sách hỗ trợ sáng tạo khoa học và đổi mới công nghệ nhằm khuyến khích hỗ trợ cho doanh nghiệp, tổ chức, cá nhân nghiên cứu, phát triển, ứng dụng, chuyển giao công nghệ theo nguyên tắc tự nguyện, bình đẳng, các bên cùng có lợi.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				},
				{
					code: 'II.5.2',
					content:
						'Khuyến khích phát triển tổ chức dịch vụ khoa học và công nghệ, trung tâm xúc tiến và hỗ trợ chuyển giao công nghệ, sàn giao dịch công nghệ, chợ công nghệ; mạng lưới tổ chức trung gian cung cấp dịch vụ tìm kiếm, đánh giá, định giá, môi giới, thử nghiệm, chuyển giao kết quả, sản phẩm khoa học, công nghệ và đổi mới sáng tạo. Tăng cường kết nối các sàn giao dịch công nghệ trong nước và quốc tế với các tổ chức ứng dụng, chuyển giao tiến bộ khoa học, công nghệ và đổi mới sáng tạo của tỉnh.',
					lead: 'qb-so-khcn',
					coordinators: [],
					deadline: null,
					output: null
				}
			]
		},
		{
			code: 'II.6',
			title: 'Đẩy mạnh hội nhập, hợp tác quốc tế về khoa học, công nghệ và đổi mới sáng tạo',
			tasks: [
				// a) Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Ngoại vụ và các cơ quan liên quan tham mưu thực hiện:
				{
					code: 'II.6.a.1',
					content:
						'Triển khai các chương trình hợp tác nghiên cứu, chuyển giao, ứng dụng khoa học công nghệ, đặc biệt là công nghệ cao, tiên tiến từ nước ngoài; thu hút các chuyên gia, các nhà khoa học là người nước ngoài và con em Quảng Bình đang sinh sống và làm việc ở nước ngoài tham gia vào các chương trình, dự án nghiên cứu khoa học và đào tạo nhân lực khoa học công nghệ của tỉnh.',
					lead: 'qb-so-khcn',
					coordinators: ['qb-so-ngoai-vu'],
					deadline: null,
					output: null
				},
				{
					code: 'II.6.a.2',
					content:
						'Hỗ trợ tham gia hoạt động triển lãm, diễn đàn, sàn giao dịch, chợ công nghệ để giới thiệu, chuyển giao kết quả nghiên cứu ở nước ngoài.',
					lead: 'qb-so-khcn',
					coordinators: ['qb-so-ngoai-vu'],
					deadline: null,
					output: null
				},
				// b) Sở Nội vụ chủ trì, phối hợp với Sở Ngoại vụ, Sở Tài chính và các cơ quan liên quan …
				{
					code: 'II.6.b',
					content:
						'Sở Nội vụ chủ trì, phối hợp với Sở Ngoại vụ, Sở Tài chính và các cơ quan liên quan tham mưu chính sách ưu đãi, kêu gọi, thu hút, sử dụng, trọng dụng, tôn vinh các nhà khoa học, đội ngũ trí thức là con em Quảng Bình đang công tác, sinh sống ở nước ngoài và ở các tỉnh, thành phố trong cả nước có đóng góp công sức, trí tuệ, tâm huyết trong xây dựng, phát triển tỉnh nhà.',
					lead: 'qb-so-noi-vu',
					coordinators: ['qb-so-ngoai-vu', 'qb-so-tai-chinh'],
					deadline: null,
					output: null
				}
			]
		}
	]
};
