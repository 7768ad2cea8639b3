import { describe, it, expect } from 'vitest';
import { buildUnitTree, unitAncestors, unitDescendantIds, type Unit, type UnitTreeNode } from './unit.ts';

const unit = (id: string, parentId: string | null, kind: Unit['kind'] = 'party'): Unit => ({
	id,
	name: id,
	shortName: id,
	kind,
	parentId
});

// The cascade of the seeds: Politburo → Long An provincial committee → Cần Đước district committee.
const units: Unit[] = [
	unit('bct', null),
	unit('tu-long-an', 'bct'),
	unit('vptu-long-an', 'tu-long-an'),
	unit('hu-can-duoc', 'tu-long-an'),
	unit('vphu-can-duoc', 'hu-can-duoc'),
	unit('ubnd-quang-binh', null, 'state'),
	unit('so-khcn-quang-binh', 'ubnd-quang-binh', 'state')
];

const shape = (nodes: UnitTreeNode[]): unknown => nodes.map((n) => [n.unit.id, shape(n.children)]);

describe('unitAncestors', () => {
	it('lists superiors nearest first', () => {
		expect(unitAncestors(units, 'vphu-can-duoc').map((u) => u.id)).toEqual([
			'hu-can-duoc',
			'tu-long-an',
			'bct'
		]);
	});

	it('is empty for a root or an unknown id', () => {
		expect(unitAncestors(units, 'bct')).toEqual([]);
		expect(unitAncestors(units, 'nope')).toEqual([]);
	});

	it('stops on a cycle instead of looping', () => {
		const cyclic = [unit('a', 'b'), unit('b', 'a')];
		expect(unitAncestors(cyclic, 'a').map((u) => u.id)).toEqual(['b']);
	});
});

describe('unitDescendantIds', () => {
	it('collects the whole subtree', () => {
		expect(unitDescendantIds(units, 'tu-long-an').sort()).toEqual([
			'hu-can-duoc',
			'vphu-can-duoc',
			'vptu-long-an'
		]);
		expect(unitDescendantIds(units, 'so-khcn-quang-binh')).toEqual([]);
	});
});

describe('buildUnitTree', () => {
	it('nests units under their parents in input order', () => {
		expect(shape(buildUnitTree(units))).toEqual([
			[
				'bct',
				[
					[
						'tu-long-an',
						[
							['vptu-long-an', []],
							['hu-can-duoc', [['vphu-can-duoc', []]]]
						]
					]
				]
			],
			['ubnd-quang-binh', [['so-khcn-quang-binh', []]]]
		]);
	});

	it('treats a unit with an unknown parent as a root', () => {
		expect(shape(buildUnitTree([unit('x', 'missing')]))).toEqual([['x', []]]);
	});

	it('does not lose units caught in a cycle', () => {
		const tree = buildUnitTree([unit('a', 'b'), unit('b', 'a')]);
		expect(shape(tree)).toEqual([['a', [['b', []]]]]);
	});
});
