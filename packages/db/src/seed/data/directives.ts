import type { SeedDirective, SeedRelation } from './types.ts';

/*
 * Every document of the seeds, plus the documents they cite that the KL 69 cascade needs.
 * Texts are as in the seeds: the old-style accents of a document ('khoá', 'hoá') are kept as it writes them.
 * Recipients are the Kính gửi lines, then the Nơi nhận lines, without the leading '- ', the trailing
 * list separator (',' ';' '.') and the markdown emphasis the conversion added.
 * Cited documents whose own text is not in the seeds have no display line, no signer and no recipients;
 * their subject is the wording the citing seed uses, and their place is the issuer's usual one.
 */

export const seedDirectives: SeedDirective[] = [
	// Cited by every seed document; subject as quoted in 1614-CV/HU and 2241-CV/TU (seed 001).
	{
		key: 'nq-20',
		type: 'NQ',
		number: '20',
		symbol: 'NQ/TW',
		display: null,
		issuer: 'bchtw',
		issuedOn: '2012-11-01',
		place: 'Hà Nội',
		signer: null,
		subject:
			'Phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
		recipients: [],
		sourceFile: null
	},
	// Seed 001, third document. The OCR wrote the number line 'Số 69 KL/TW' (hyphen lost); fixed.
	// The subject lines are interleaved in the OCR with the labels of Văn phòng Tỉnh ủy Long An's arrival
	// stamp ('Chuyển:', 'Số và ký hiệu hồ sơ:'; arrival no. 494 of 16/01/2024); reassembled here.
	// The signature block has no title line under 'T/M BỘ CHÍNH TRỊ', hence the empty title.
	{
		key: 'kl-69',
		type: 'KL',
		number: '69',
		symbol: 'KL/TW',
		display: 'Số 69-KL/TW',
		issuer: 'bct',
		issuedOn: '2024-01-11',
		place: 'Hà Nội',
		signer: { name: 'Trương Thị Mai', capacity: 'T/M', title: '' },
		subject:
			'tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khoá XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hoá, hiện đại hoá trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
		recipients: [
			'Các tỉnh uỷ, thành uỷ',
			'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
			'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
			'Các đảng uỷ đơn vị sự nghiệp Trung ương',
			'Các đồng chí Uỷ viên Ban Chấp hành Trung ương Đảng',
			'Lưu Văn phòng Trung ương Đảng'
		],
		sourceFile: '001_d0d5ecd0f3562ced.txt'
	},
	// Seed 001, second document: the cover letter of Tỉnh ủy Long An ("Thường trực Tỉnh ủy sao gửi").
	// The OCR gives the signer as 'Huyện Thanh Phong'; it is Huỳnh Thanh Phong, the same Phó Chánh Văn
	// phòng who signed the sao y 287-BS/VPTU the same day (fixed). Electronically signed 23-01-2024 09:58:47.
	{
		key: 'cv-2241-tu-la',
		type: 'CV',
		number: '2241',
		symbol: 'CV/TU',
		display: 'Số 2241-CV/TU',
		issuer: 'tu-long-an',
		issuedOn: '2024-01-22',
		place: 'Long An',
		signer: { name: 'Huỳnh Thanh Phong', capacity: 'T/L', title: 'PHÓ CHÁNH VĂN PHÒNG' },
		subject: 'V/v sao gửi Kết luận số 69-KL/TW của Bộ Chính trị về khoa học và công nghệ',
		recipients: [
			'Các đồng chí Tỉnh ủy viên',
			'Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
			'Các ban, ban cán sự đảng, đảng đoàn',
			'Như trên',
			'Các Phó Chánh VPTU',
			'Phòng Tổng hợp VPTU',
			'Lưu VPTU'
		],
		sourceFile: '001_d0d5ecd0f3562ced.txt'
	},
	// Seed 001, fourth document: the "SAO Y" stamp of Văn phòng Tỉnh ủy Long An; a copy has no subject of
	// its own, so the subject is the stamp's word.
	{
		key: 'bs-287-vptu-la',
		type: 'BS',
		number: '287',
		symbol: 'BS/VPTU',
		display: 'Số 287-BS/VPTU',
		issuer: 'la-vptu',
		issuedOn: '2024-01-22',
		place: 'Long An',
		signer: { name: 'Huỳnh Thanh Phong', capacity: 'K/T', title: 'PHÓ CHÁNH VĂN PHÒNG' },
		subject: 'SAO Y',
		recipients: [
			'Các đồng chí Tỉnh ủy viên',
			'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
			'Các ban, ban cán sự đảng, đảng đoàn',
			'Các Phó Chánh VPTU',
			'Phòng Tổng hợp VPTU',
			'Lưu VPTU'
		],
		sourceFile: '001_d0d5ecd0f3562ced.txt'
	},
	// Seed 001, first document: the cover letter of Huyện ủy Cần Đước ("Thường trực Huyện ủy sao gửi").
	{
		key: 'cv-1614-hu-cd',
		type: 'CV',
		number: '1614',
		symbol: 'CV/HU',
		display: 'Số 1614-CV/HU',
		issuer: 'hu-can-duoc',
		issuedOn: '2024-01-25',
		place: 'Cần Đước',
		signer: { name: 'Nguyễn Hữu Đức', capacity: 'T/L', title: 'CHÁNH VĂN PHÒNG' },
		subject: 'V/v sao gửi Kết luận số 69-KL/TW',
		recipients: [
			'Huyện ủy viên',
			'Bí thư các tổ chức cơ sở đảng',
			'Như Kính gửi',
			'Thường trực Huyện ủy',
			'Lưu Văn phòng Huyện ủy'
		],
		sourceFile: '001_d0d5ecd0f3562ced.txt'
	},
	// Seed 001, last document: the "SAO LỤC" stamp of Văn phòng Huyện ủy Cần Đước (no capacity line).
	{
		key: 'bs-279-vphu-cd',
		type: 'BS',
		number: '279',
		symbol: 'BS/VPHU',
		display: 'Số 279-BS/VPHU',
		issuer: 'cd-vphu',
		issuedOn: '2024-01-25',
		place: 'Cần Đước',
		signer: { name: 'Nguyễn Hữu Đức', capacity: null, title: 'CHÁNH VĂN PHÒNG' },
		subject: 'SAO LỤC',
		recipients: ['Huyện ủy viên', 'Bí thư các tổ chức cơ sở Đảng', 'Lưu Văn phòng Huyện ủy'],
		sourceFile: '001_d0d5ecd0f3562ced.txt'
	},
	// Seed 000.
	{
		key: 'cv-2018-tu-qng',
		type: 'CV',
		number: '2018',
		symbol: 'CV/TU',
		display: 'Số 2018-CV/TU',
		issuer: 'tu-quang-ngai',
		issuedOn: '2024-02-22',
		place: 'Quảng Ngãi',
		signer: { name: 'Đặng Ngọc Huy', capacity: 'T/M', title: 'PHÓ BÍ THƯ' },
		subject:
			'Về tổ chức nghiên cứu, quán triệt, phổ biến và triển khai thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị',
		recipients: [
			'Đảng đoàn Hội đồng nhân dân tỉnh',
			'Ban cán sự đảng Ủy ban nhân dân tỉnh',
			'Ban Tuyên giáo Tỉnh ủy',
			'Đảng đoàn Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh, Ban Thường vụ Tỉnh Đoàn',
			'Ban thường vụ các huyện ủy, thị ủy, thành ủy, Đảng ủy trực thuộc Tỉnh ủy',
			'Như trên',
			'Bộ Chính trị (báo cáo)',
			'Ban Tuyên giáo Trung ương (báo cáo)',
			'Thường trực Tỉnh ủy',
			'Các đồng chí Tỉnh ủy viên',
			'Các sở, ban, ngành tỉnh',
			'VPTU: CVP, PCVP; P. Tổng hợp',
			'P. Khoa giáo, Ban Tuyên giáo Tỉnh ủy',
			'Lưu Văn phòng Tỉnh ủy'
		],
		sourceFile: '000_a95fb1284217b662.txt'
	},
	// Seed 003 (the copy received by Văn phòng Đảng ủy ĐHQG-HCM, arrival A43 of 29/3/2024).
	// The number line is written 'Số 149 - HD/BTGTW', spaces and all. The signature block has
	// 'K/T TRƯỞNG BAN' and the name but no title line under it, hence the empty title.
	{
		key: 'hd-149-btgtw',
		type: 'HD',
		number: '149',
		symbol: 'HD/BTGTW',
		display: 'Số 149 - HD/BTGTW',
		issuer: 'btgtw',
		issuedOn: '2024-03-25',
		place: 'Hà Nội',
		signer: { name: 'Lại Xuân Môn', capacity: 'K/T', title: '' },
		subject:
			'Thực hiện Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
		recipients: [
			'Bộ Chính trị (để b/c)',
			'Đồng chí Trưởng Ban (để b/c)',
			'Các ban đảng, Văn phòng Trung ương Đảng',
			'Các tỉnh ủy, thành ủy',
			'Các ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương',
			'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Trung ương các tổ chức chính trị - xã hội',
			'Lãnh đạo Ban',
			'Tổng cục Chính trị Quân đội nhân dân Việt Nam',
			'Cục Công tác đảng và công tác chính trị, Bộ Công an',
			'Ban tuyên giáo các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
			'Các vụ, đơn vị thuộc Ban',
			'Vụ KH&CN',
			'Lưu HC'
		],
		sourceFile: '003_da997ee3a5bbd8c6.txt'
	},
	// Cited by seed 002; its own trích yếu is not in the seeds, so the subject is how seed 002 cites it
	// ("Quyết định số 709/QĐ-TTg … thực hiện Kết luận số 69-KL/TW …").
	{
		key: 'qd-709-ttg',
		type: 'QĐ',
		number: '709',
		symbol: 'QĐ-TTg',
		display: null,
		issuer: 'ttg',
		issuedOn: '2024-07-23',
		place: 'Hà Nội',
		signer: null,
		subject:
			'Thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
		recipients: [],
		sourceFile: null
	},
	// Cited by seed 002: Kế hoạch of the Ban Thường vụ Tỉnh ủy Quảng Bình.
	{
		key: 'kh-156-tu-qb',
		type: 'KH',
		number: '156',
		symbol: 'KH/TU',
		display: null,
		issuer: 'tu-quang-binh',
		issuedOn: '2024-04-24',
		place: 'Quảng Bình',
		signer: null,
		subject:
			'Thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
		recipients: [],
		sourceFile: null
	},
	// Cited by seed 002 (II.1.a): Chương trình hành động of the Ban Thường vụ Tỉnh ủy Quảng Bình; the
	// source writes 'Ban chấp hành' in lower case.
	{
		key: 'ctr-19-tu-qb',
		type: 'CTr',
		number: '19',
		symbol: 'CTr/TU',
		display: null,
		issuer: 'tu-quang-binh',
		issuedOn: '2013-03-13',
		place: 'Quảng Bình',
		signer: null,
		subject:
			'Thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban chấp hành Trung ương Đảng về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
		recipients: [],
		sourceFile: null
	},
	// Seed 002: the plan of UBND tỉnh Quảng Bình. The seed has neither its number nor its date nor its
	// place: number, symbol and display are null, the date is a stand-in (after QĐ 709 of 23/7/2024, which
	// it implements) and the place is the province. Subject: the KẾ HOẠCH heading in sentence case.
	{
		key: 'kh-ubnd-qb',
		type: 'KH',
		number: null,
		symbol: null,
		display: null,
		issuer: 'ubnd-quang-binh',
		issuedOn: '2024-08-01',
		place: 'Quảng Bình',
		signer: { name: 'Hoàng Xuân Tân', capacity: 'TM.', title: 'PHÓ CHỦ TỊCH' },
		subject:
			'Triển khai thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ và Kế hoạch số 156-KH/TU ngày 24/4/2024 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
		recipients: [
			'TT Tỉnh ủy',
			'TT HĐND tỉnh',
			'CT, các PCT UBND tỉnh',
			'Các sở, ban, ngành, đơn vị cấp tỉnh',
			'UBND các huyện, thị xã, thành phố',
			'LĐ VP UBND tỉnh',
			'Lưu: VT, KT, TH, NCVX'
		],
		sourceFile: '002_7e0883046d7fbb4f.txt'
	},
	// Cited by seed 004 (the news item); subject as it quotes it.
	{
		key: 'kh-391-tu-qn',
		type: 'KH',
		number: '391',
		symbol: 'KH/TU',
		display: null,
		issuer: 'tu-quang-nam',
		issuedOn: '2024-03-18',
		place: 'Quảng Nam',
		signer: null,
		subject:
			'thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khoá XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hoá, hiện đại hoá trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
		recipients: [],
		sourceFile: null
	},
	// Cited by seed 004 and presented at the same meeting, but NOT part of the KL 69 cascade: it guides
	// Kết luận số 72-KL/TW (infrastructure, Nghị quyết số 13-NQ/TW). Subject as seed 004 quotes it, including
	// its 'Nghị quyết số 13 NQ/TW' (written so twice in the seed). No relation is recorded for it.
	{
		key: 'hd-86-btgtu-qn',
		type: 'HD',
		number: '86',
		symbol: 'HD/BTGTU',
		display: null,
		issuer: 'qn-btgtu',
		issuedOn: '2024-03-22',
		place: 'Quảng Nam',
		signer: null,
		subject:
			'công tác quán triệt, tuyên truyền Kết luận số 72-KL/TW ngày 23/02/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 13 NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương Đảng khoá XI về xây dựng kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại',
		recipients: [],
		sourceFile: null
	}
];

export const seedRelations: SeedRelation[] = [
	{ from: 'kl-69', to: 'nq-20', kind: 'continues' },
	{ from: 'cv-2241-tu-la', to: 'kl-69', kind: 'copies', note: 'sao gửi' },
	{ from: 'bs-287-vptu-la', to: 'kl-69', kind: 'copies', note: 'sao y' },
	{ from: 'cv-1614-hu-cd', to: 'kl-69', kind: 'copies', note: 'sao gửi' },
	// Sao lục is a copy made from a bản sao y: the district office copied the province's 287-BS/VPTU.
	{ from: 'bs-279-vphu-cd', to: 'bs-287-vptu-la', kind: 'copies', note: 'sao lục' },
	{ from: 'hd-149-btgtw', to: 'kl-69', kind: 'guides' },
	{ from: 'cv-2018-tu-qng', to: 'kl-69', kind: 'implements' },
	{ from: 'qd-709-ttg', to: 'kl-69', kind: 'implements' },
	{ from: 'kh-156-tu-qb', to: 'kl-69', kind: 'implements' },
	{ from: 'kh-391-tu-qn', to: 'kl-69', kind: 'implements' },
	{ from: 'ctr-19-tu-qb', to: 'nq-20', kind: 'implements' },
	{ from: 'kh-ubnd-qb', to: 'qd-709-ttg', kind: 'implements' },
	{ from: 'kh-ubnd-qb', to: 'kh-156-tu-qb', kind: 'implements' }
];
