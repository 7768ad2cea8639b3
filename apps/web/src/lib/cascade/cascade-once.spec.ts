import type { CascadeDirectiveNode, CascadeNode, CascadePlan, CascadeRollup } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { cascadeOnce, emptyKeys, type DrawnNode } from './cascade-once.ts';

const rollup = (plans: number): CascadeRollup => ({
	plans,
	tasks: plans * 2,
	done: 0,
	doneOnTime: 0,
	doneLate: 0,
	overdue: 0,
	averageProgress: 0,
	doneRate: 0
});
const plan = (id: string): CascadePlan => ({
	id,
	title: id,
	status: 'issued',
	ownerName: 'UBND tỉnh',
	rollup: rollup(1)
});
function directive(key: string, plans: CascadePlan[], children: CascadeNode[]): CascadeDirectiveNode {
	return {
		kind: 'directive',
		key,
		depth: key.split('/').length - 1,
		relation: key.includes('/') ? 'implements' : null,
		note: null,
		directive: {
			id: key,
			type: 'KH',
			numberDisplay: key,
			issuedOn: '2024-01-01',
			subject: key,
			issuerName: 'X'
		},
		plans,
		children,
		rollup: rollup(plans.length)
	};
}
const planNode = (key: string, id: string): CascadeNode => ({
	kind: 'plan',
	key,
	depth: 1,
	relation: 'implements',
	plan: plan(id)
});
const planIds = (node: DrawnNode): string[] =>
	node.kind === 'plan' ? [node.plan.id] : [...node.plans.map((p) => p.id), ...node.children.flatMap(planIds)];

describe('the cascade as drawn', () => {
	const tree = directive(
		'root',
		[],
		[
			directive('root/qd709', [], [planNode('root/qd709/p', 'plan-qb')]),
			directive('root/kh156', [plan('plan-qb')], []),
			directive('root/empty', [], [directive('root/empty/deeper', [], [])]),
			planNode('root/p2', 'plan-la')
		]
	);

	it('shows a plan reached by two paths once, where it is first met', () => {
		const drawn = cascadeOnce(tree);
		expect(planIds(drawn)).toEqual(['plan-qb', 'plan-la']);
		const kh156 = drawn.children[1];
		expect(kh156?.kind === 'directive' && kh156.plans).toEqual([]);
	});

	it('marks branches with no plan shown under them as empty, and folds them', () => {
		const drawn = cascadeOnce(tree);
		expect(emptyKeys(drawn)).toEqual(['root/kh156', 'root/empty', 'root/empty/deeper']);
		expect(drawn.empty).toBe(false);
	});

	it('keeps a tree without repeats as it is', () => {
		const drawn = cascadeOnce(directive('a', [plan('p1')], [planNode('a/p', 'p2')]));
		expect(planIds(drawn)).toEqual(['p1', 'p2']);
		expect(emptyKeys(drawn)).toEqual([]);
	});
});
