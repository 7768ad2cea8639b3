/**
 * Organisation identifier codes (mã định danh) of the demo units, in the format of the national code list
 * (QĐ 20/2020/QĐ-TTg, 'LLL.KK.JJ.Xnn', lowest level first), with the body in charge edXML names. They are
 * plausible demo values laid out by the list's rules (a body's code sits under its parent's), not the
 * official assignments. Collective addressees ('Các sở, ban, ngành …') are not organisations and get none.
 */
export const seedOrganIds: Record<string, { organId: string; inCharge: string }> = {
	bchtw: { organId: '000.00.00.A01', inCharge: 'Ban Chấp hành Trung ương Đảng' },
	bct: { organId: '000.00.01.A01', inCharge: 'Ban Chấp hành Trung ương Đảng' },
	btgtw: { organId: '000.00.02.A01', inCharge: 'Ban Chấp hành Trung ương Đảng' },
	vptw: { organId: '000.00.03.A01', inCharge: 'Ban Chấp hành Trung ương Đảng' },
	'chinh-phu': { organId: '000.00.00.G01', inCharge: 'Chính phủ' },
	ttg: { organId: '000.00.01.G01', inCharge: 'Chính phủ' },
	'tu-long-an': { organId: '000.00.00.T41', inCharge: 'Tỉnh ủy Long An' },
	'la-vptu': { organId: '000.00.01.T41', inCharge: 'Tỉnh ủy Long An' },
	'la-btgtu': { organId: '000.00.02.T41', inCharge: 'Tỉnh ủy Long An' },
	'la-bcsd-ubnd': { organId: '000.00.03.T41', inCharge: 'Tỉnh ủy Long An' },
	'hu-can-duoc': { organId: '000.00.10.T41', inCharge: 'Tỉnh ủy Long An' },
	'cd-vphu': { organId: '000.01.10.T41', inCharge: 'Huyện ủy Cần Đước' },
	'cd-btghu': { organId: '000.02.10.T41', inCharge: 'Huyện ủy Cần Đước' },
	'tu-quang-ngai': { organId: '000.00.00.T51', inCharge: 'Tỉnh ủy Quảng Ngãi' },
	'qng-btgtu': { organId: '000.00.02.T51', inCharge: 'Tỉnh ủy Quảng Ngãi' },
	'qng-dd-hdnd': { organId: '000.00.04.T51', inCharge: 'Tỉnh ủy Quảng Ngãi' },
	'qng-bcsd-ubnd': { organId: '000.00.03.T51', inCharge: 'Tỉnh ủy Quảng Ngãi' },
	'tu-quang-binh': { organId: '000.00.00.T44', inCharge: 'Tỉnh ủy Quảng Bình' },
	'ubnd-quang-binh': { organId: '000.00.00.H44', inCharge: 'Ủy ban nhân dân tỉnh Quảng Bình' },
	'qb-so-khcn': { organId: '000.00.15.H44', inCharge: 'Ủy ban nhân dân tỉnh Quảng Bình' },
	'qb-so-tttt': { organId: '000.00.18.H44', inCharge: 'Ủy ban nhân dân tỉnh Quảng Bình' },
	'qb-so-noi-vu': { organId: '000.00.11.H44', inCharge: 'Ủy ban nhân dân tỉnh Quảng Bình' },
	'qb-so-ngoai-vu': { organId: '000.00.23.H44', inCharge: 'Ủy ban nhân dân tỉnh Quảng Bình' },
	'qb-so-tai-chinh': { organId: '000.00.13.H44', inCharge: 'Ủy ban nhân dân tỉnh Quảng Bình' },
	'qb-mttq': { organId: '000.00.06.T44', inCharge: 'Tỉnh ủy Quảng Bình' },
	'tu-quang-nam': { organId: '000.00.00.T49', inCharge: 'Tỉnh ủy Quảng Nam' },
	'qn-btgtu': { organId: '000.00.02.T49', inCharge: 'Tỉnh ủy Quảng Nam' },
	'ubnd-quang-nam': { organId: '000.00.00.H49', inCharge: 'Ủy ban nhân dân tỉnh Quảng Nam' },
	'qn-so-khcn': { organId: '000.00.15.H49', inCharge: 'Ủy ban nhân dân tỉnh Quảng Nam' },
	'qn-du-so-khcn': { organId: '000.00.30.T49', inCharge: 'Tỉnh ủy Quảng Nam' }
};
