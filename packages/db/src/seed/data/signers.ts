/**
 * Demo signers (the signing role of a unit): who signs the unit's documents and how. Each is a demo account
 * of its own, signing in with the demo password.
 */
export interface SeedSigner {
	id: string;
	username: string;
	displayName: string;
	unit: string;
	authority: 'head' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';
	collective: string | null;
	headTitle: string;
	position: string;
}

export const seedSigners: SeedSigner[] = [
	{
		id: 'u-ld-ubnd-quang-binh',
		username: 'lanhdao.ubnd.quang.binh',
		displayName: 'Hồ An Phong',
		unit: 'ubnd-quang-binh',
		authority: 'KT.',
		collective: 'Ủy ban nhân dân',
		headTitle: 'Chủ tịch',
		position: 'Phó Chủ tịch'
	},
	{
		id: 'u-ld-qb-so-khcn',
		username: 'lanhdao.qb.so.khcn',
		displayName: 'Nguyễn Văn Hải',
		unit: 'qb-so-khcn',
		authority: 'head',
		collective: null,
		headTitle: 'Giám đốc',
		position: 'Giám đốc'
	},
	{
		id: 'u-ld-tu-quang-binh',
		username: 'lanhdao.tu.quang.binh',
		displayName: 'Trần Hải Châu',
		unit: 'tu-quang-binh',
		authority: 'KT.',
		collective: 'Ban Thường vụ',
		headTitle: 'Bí thư',
		position: 'Phó Bí thư'
	}
];
