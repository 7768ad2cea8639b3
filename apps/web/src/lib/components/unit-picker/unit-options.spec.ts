import { describe, expect, it } from 'vitest';
import { groupUnits, matchUnits, pickerUnits, type TreeUnit } from './unit-options.ts';

const tree: TreeUnit[] = [
	{ id: 'bchtw', name: 'Ban Chấp hành Trung ương', shortName: 'BCH TW', depth: 0 },
	{ id: 'tu-qb', name: 'Tỉnh ủy Quảng Bình', shortName: 'TU Quảng Bình', depth: 1 },
	{ id: 'qb-mttq', name: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Bình', shortName: 'UBMTTQ tỉnh', depth: 2 },
	{ id: 'chinh-phu', name: 'Chính phủ', shortName: 'CP', depth: 0 },
	{ id: 'bo-khcn', name: 'Bộ Khoa học và Công nghệ', shortName: 'Bộ KH&CN', depth: 1 },
	{ id: 'ubnd-qb', name: 'Ủy ban nhân dân tỉnh Quảng Bình', shortName: 'UBND tỉnh Quảng Bình', depth: 1 },
	{ id: 'qb-stc', name: 'Sở Tài chính tỉnh Quảng Bình', shortName: 'Sở Tài chính', depth: 2 },
	{ id: 'ubnd-qn', name: 'Ủy ban nhân dân tỉnh Quảng Nam', shortName: 'UBND tỉnh Quảng Nam', depth: 1 },
	{ id: 'qn-khcn', name: 'Sở Khoa học và Công nghệ tỉnh Quảng Nam', shortName: 'Sở KH&CN', depth: 2 }
];
const units = pickerUnits(tree, { central: 'Trung ương', province: (p) => `Tỉnh ${p}` });

describe('pickerUnits and groupUnits', () => {
	it('groups central bodies, and each province’s party and state bodies together', () => {
		expect(groupUnits(units).map((g) => [g.label, g.units.map((u) => u.id)])).toEqual([
			['Trung ương', ['bchtw', 'chinh-phu', 'bo-khcn']],
			['Tỉnh Quảng Bình', ['tu-qb', 'qb-mttq', 'ubnd-qb', 'qb-stc']],
			['Tỉnh Quảng Nam', ['ubnd-qn', 'qn-khcn']]
		]);
	});
});

describe('matchUnits', () => {
	it('finds a unit typed without diacritics, by full or short name', () => {
		expect(matchUnits(units, 'tai chinh').map((u) => u.id)).toEqual(['qb-stc']);
		expect(matchUnits(units, 'Sở Tài Chính').map((u) => u.id)).toEqual(['qb-stc']);
		expect(matchUnits(units, 'khcn quang nam').map((u) => u.id)).toEqual(['qn-khcn']);
	});

	it('offers everything for an empty query and nothing for an unknown one', () => {
		expect(matchUnits(units, '  ')).toHaveLength(tree.length);
		expect(matchUnits(units, 'ha noi')).toEqual([]);
	});

	it('never offers a unit merged into another, though it stays known by its id', () => {
		const merged = pickerUnits(
			tree.map((u) => (u.id === 'qb-stc' ? { ...u, dissolved: true } : u)),
			{ central: 'Trung ương', province: (p) => `Tỉnh ${p}` }
		);
		expect(matchUnits(merged, 'tai chinh')).toEqual([]);
		expect(matchUnits(merged, '')).toHaveLength(tree.length - 1);
		expect(merged.find((u) => u.id === 'qb-stc')?.name).toBe('Sở Tài chính tỉnh Quảng Bình');
	});
});
