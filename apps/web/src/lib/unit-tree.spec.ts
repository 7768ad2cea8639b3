import { describe, expect, it } from 'vitest';
import { buildUnitTree, flattenUnitTree, type UnitItem } from './unit-tree.ts';

const unit = (id: string, name: string, parentId: string | null): UnitItem => ({
	id,
	name,
	shortName: name,
	kind: 'state',
	parentId,
	accounts: 0
});

describe('buildUnitTree', () => {
	const units = [
		unit('so-tc', 'Sở Tài chính', 'ubnd'),
		unit('ubnd', 'Ủy ban nhân dân tỉnh', 'cp'),
		unit('so-kh', 'Sở Khoa học và Công nghệ', 'ubnd'),
		unit('cp', 'Chính phủ', null),
		unit('lost', 'Đơn vị mồ côi', 'gone'),
		unit('dang', 'Ban Chấp hành Trung ương', null)
	];

	it('hangs each unit under its parent, siblings in Vietnamese order', () => {
		const tree = buildUnitTree(units);
		expect(tree.map((n) => n.id)).toEqual(['dang', 'cp', 'lost']);
		expect(tree[1]?.children[0]?.children.map((n) => n.name)).toEqual([
			'Sở Khoa học và Công nghệ',
			'Sở Tài chính'
		]);
	});

	it('flattens in reading order with depths', () => {
		expect(flattenUnitTree(buildUnitTree(units)).map((e) => `${e.depth}:${e.unit.id}`)).toEqual([
			'0:dang',
			'0:cp',
			'1:ubnd',
			'2:so-kh',
			'2:so-tc',
			'0:lost'
		]);
	});
});
