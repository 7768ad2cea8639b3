import type { SeedUnit, SeedUnitKind } from './types.ts';

/** One unit; username is the key with '-' replaced by '.'. */
function unit(
	key: string,
	name: string,
	shortName: string,
	kind: SeedUnitKind,
	parent: string | null,
	displayName: string
): SeedUnit {
	return { key, name, shortName, kind, parent, username: key.replaceAll('-', '.'), displayName };
}

/**
 * Every body of the KL 69-KL/TW cascade in the seeds, parents before children.
 * Party committees hang under Ban Chấp hành Trung ương Đảng, People's Committees under Chính phủ.
 * Collective addressees that plans name as leads ('Các sở, ban, ngành, đơn vị cấp tỉnh' …) are units of
 * kind 'other'; their shortName is the phrase the document uses.
 */
export const seedUnits: SeedUnit[] = [
	// Trung ương (seeds 001, 003)
	unit('bchtw', 'Ban Chấp hành Trung ương Đảng', 'BCH TW', 'party', null, 'Cán bộ Ban Chấp hành Trung ương'),
	unit('bct', 'Bộ Chính trị', 'BCT', 'party', 'bchtw', 'Cán bộ giúp việc Bộ Chính trị'),
	unit('btgtw', 'Ban Tuyên giáo Trung ương', 'BTG TW', 'party', 'bchtw', 'Cán bộ Ban Tuyên giáo Trung ương'),
	unit('vptw', 'Văn phòng Trung ương Đảng', 'VPTW', 'party', 'bchtw', 'Cán bộ Văn phòng Trung ương Đảng'),
	unit('chinh-phu', 'Chính phủ', 'CP', 'state', null, 'Cán bộ Văn phòng Chính phủ'),
	unit('ttg', 'Thủ tướng Chính phủ', 'TTg', 'state', 'chinh-phu', 'Chuyên viên giúp việc Thủ tướng Chính phủ'),

	// Long An: Tỉnh ủy, its office and propaganda department, Huyện ủy Cần Đước (seed 001)
	unit('tu-long-an', 'Tỉnh ủy Long An', 'TU Long An', 'party', 'bchtw', 'Cán bộ Tỉnh ủy Long An'),
	unit('la-vptu', 'Văn phòng Tỉnh ủy Long An', 'VPTU Long An', 'party', 'tu-long-an', 'Cán bộ Văn phòng Tỉnh ủy Long An'),
	unit('la-btgtu', 'Ban Tuyên giáo Tỉnh ủy Long An', 'BTGTU Long An', 'party', 'tu-long-an', 'Cán bộ Ban Tuyên giáo Tỉnh ủy Long An'),
	// Named in 2241-CV/TU as the body the Ban Tuyên giáo works with on the provincial programme.
	unit('la-bcsd-ubnd', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Long An', 'BCSĐ UBND tỉnh Long An', 'party', 'tu-long-an', 'Cán bộ Ban cán sự đảng UBND tỉnh Long An'),
	unit('hu-can-duoc', 'Huyện ủy Cần Đước', 'HU Cần Đước', 'party', 'tu-long-an', 'Cán bộ Huyện ủy Cần Đước'),
	unit('cd-vphu', 'Văn phòng Huyện ủy Cần Đước', 'VPHU Cần Đước', 'party', 'hu-can-duoc', 'Cán bộ Văn phòng Huyện ủy Cần Đước'),
	unit('cd-btghu', 'Ban Tuyên giáo Huyện ủy Cần Đước', 'BTGHU Cần Đước', 'party', 'hu-can-duoc', 'Cán bộ Ban Tuyên giáo Huyện ủy Cần Đước'),

	// Quảng Ngãi: Tỉnh ủy and the bodies 2018-CV/TU addresses (seed 000)
	unit('tu-quang-ngai', 'Tỉnh ủy Quảng Ngãi', 'TU Quảng Ngãi', 'party', 'bchtw', 'Cán bộ Tỉnh ủy Quảng Ngãi'),
	unit('qng-btgtu', 'Ban Tuyên giáo Tỉnh ủy Quảng Ngãi', 'Ban Tuyên giáo Tỉnh ủy', 'party', 'tu-quang-ngai', 'Cán bộ Ban Tuyên giáo Tỉnh ủy Quảng Ngãi'),
	unit('qng-dd-hdnd', 'Đảng đoàn Hội đồng nhân dân tỉnh Quảng Ngãi', 'Đảng đoàn HĐND tỉnh', 'party', 'tu-quang-ngai', 'Cán bộ Đảng đoàn HĐND tỉnh Quảng Ngãi'),
	unit('qng-bcsd-ubnd', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Ngãi', 'BCSĐ UBND tỉnh', 'party', 'tu-quang-ngai', 'Cán bộ Ban cán sự đảng UBND tỉnh Quảng Ngãi'),
	// 2018-CV/TU addresses these bodies together, in one line and one numbered heading (4.).
	unit(
		'qng-mttq-ctxh',
		'Đảng đoàn Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh, Ban Thường vụ Tỉnh Đoàn Quảng Ngãi',
		'Đảng đoàn MTTQ, các tổ chức CT-XH tỉnh, BTV Tỉnh Đoàn',
		'other',
		'tu-quang-ngai',
		'Cán bộ khối Mặt trận, đoàn thể tỉnh Quảng Ngãi'
	),
	unit(
		'qng-cap-uy-truc-thuoc',
		'Ban thường vụ các huyện ủy, thị ủy, thành ủy, Đảng ủy trực thuộc Tỉnh ủy Quảng Ngãi',
		'BTV các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
		'other',
		'tu-quang-ngai',
		'Cán bộ các cấp ủy trực thuộc Tỉnh ủy Quảng Ngãi'
	),

	// Quảng Bình: Tỉnh ủy (its Ban Thường vụ issued KH 156-KH/TU), UBND tỉnh and the bodies of seed 002
	unit('tu-quang-binh', 'Tỉnh ủy Quảng Bình', 'TU Quảng Bình', 'party', 'bchtw', 'Cán bộ Tỉnh ủy Quảng Bình'),
	unit('ubnd-quang-binh', 'Ủy ban nhân dân tỉnh Quảng Bình', 'UBND tỉnh Quảng Bình', 'state', 'chinh-phu', 'Cán bộ Văn phòng UBND tỉnh Quảng Bình'),
	unit('qb-so-khcn', 'Sở Khoa học và Công nghệ tỉnh Quảng Bình', 'Sở KH&CN', 'state', 'ubnd-quang-binh', 'Cán bộ Sở KH&CN Quảng Bình'),
	unit('qb-so-tttt', 'Sở Thông tin và Truyền thông tỉnh Quảng Bình', 'Sở TT&TT', 'state', 'ubnd-quang-binh', 'Cán bộ Sở TT&TT Quảng Bình'),
	unit('qb-so-noi-vu', 'Sở Nội vụ tỉnh Quảng Bình', 'Sở Nội vụ', 'state', 'ubnd-quang-binh', 'Cán bộ Sở Nội vụ Quảng Bình'),
	unit('qb-so-ngoai-vu', 'Sở Ngoại vụ tỉnh Quảng Bình', 'Sở Ngoại vụ', 'state', 'ubnd-quang-binh', 'Cán bộ Sở Ngoại vụ Quảng Bình'),
	unit('qb-so-tai-chinh', 'Sở Tài chính tỉnh Quảng Bình', 'Sở Tài chính', 'state', 'ubnd-quang-binh', 'Cán bộ Sở Tài chính Quảng Bình'),
	// The Front is neither a party nor a state body; it sits under the Tỉnh ủy's leadership in the tree.
	unit('qb-mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình', 'UBMTTQ Việt Nam tỉnh', 'other', 'tu-quang-binh', 'Cán bộ Ủy ban MTTQ Việt Nam tỉnh Quảng Bình'),
	unit('qb-so-nganh', 'Các sở, ban, ngành, đơn vị cấp tỉnh Quảng Bình', 'Các sở, ban, ngành, đơn vị cấp tỉnh', 'other', 'ubnd-quang-binh', 'Đầu mối các sở, ban, ngành Quảng Bình'),
	unit('qb-ubnd-huyen', 'UBND các huyện, thị xã, thành phố tỉnh Quảng Bình', 'UBND các huyện, thị xã, thành phố', 'other', 'ubnd-quang-binh', 'Đầu mối UBND cấp huyện Quảng Bình'),
	unit('qb-truong-dh-cd', 'Các trường đại học, cao đẳng trên địa bàn tỉnh Quảng Bình', 'Các trường đại học, cao đẳng trên địa bàn tỉnh', 'other', 'ubnd-quang-binh', 'Đầu mối các trường ĐH, CĐ Quảng Bình'),

	// Quảng Nam: Tỉnh ủy (KH 391-KH/TU), its Ban Tuyên giáo (HD 86-HD/BTGTU), Sở KH&CN and its Đảng ủy (seed 004)
	unit('tu-quang-nam', 'Tỉnh ủy Quảng Nam', 'TU Quảng Nam', 'party', 'bchtw', 'Cán bộ Tỉnh ủy Quảng Nam'),
	unit('qn-btgtu', 'Ban Tuyên giáo Tỉnh ủy Quảng Nam', 'BTGTU Quảng Nam', 'party', 'tu-quang-nam', 'Cán bộ Ban Tuyên giáo Tỉnh ủy Quảng Nam'),
	unit('ubnd-quang-nam', 'Ủy ban nhân dân tỉnh Quảng Nam', 'UBND tỉnh Quảng Nam', 'state', 'chinh-phu', 'Cán bộ Văn phòng UBND tỉnh Quảng Nam'),
	unit('qn-so-khcn', 'Sở Khoa học và Công nghệ tỉnh Quảng Nam', 'Sở KH&CN Quảng Nam', 'state', 'ubnd-quang-nam', 'Cán bộ Sở KH&CN Quảng Nam'),
	// Simplified: a department's party committee reports through the bloc party committee to the Tỉnh ủy.
	unit('qn-du-so-khcn', 'Đảng ủy Sở Khoa học và Công nghệ tỉnh Quảng Nam', 'ĐU Sở KH&CN Quảng Nam', 'party', 'tu-quang-nam', 'Cán bộ Đảng ủy Sở KH&CN Quảng Nam')
];
