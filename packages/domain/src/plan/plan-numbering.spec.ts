import { describe, expect, it } from 'vitest';
import { numberPlan, taskItemLabel } from './plan-numbering.ts';

describe('numberPlan', () => {
	it('numbers groups 1, 2 … and their tasks a) b) …, ungrouped tasks after the groups', () => {
		const numbering = numberPlan(
			[{ id: 'g1' }, { id: 'g2' }],
			[
				{ id: 't3', groupId: 'g1', position: 1 },
				{ id: 't1', groupId: 'g1', position: 0 },
				{ id: 't4', groupId: 'g2', position: 0 },
				{ id: 'u1', groupId: null, position: 0 },
				{ id: 'lost', groupId: 'gone', position: 1 }
			]
		);
		expect([...numbering.groups]).toEqual([
			['g1', '1'],
			['g2', '2']
		]);
		expect(Object.fromEntries(numbering.tasks)).toEqual({
			t1: { code: '1.a', item: 'a)' },
			t3: { code: '1.b', item: 'b)' },
			t4: { code: '2.a', item: 'a)' },
			u1: { code: '3', item: '3.' },
			lost: { code: '4', item: '4.' }
		});
	});

	it('follows the Vietnamese alphabet: đ after d, no f', () => {
		const tasks = Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, groupId: 'g', position: i }));
		const codes = [...numberPlan([{ id: 'g' }], tasks).tasks.values()].map((n) => n.code);
		expect(codes).toEqual(['1.a', '1.b', '1.c', '1.d', '1.đ', '1.e', '1.g']);
	});

	it('numbers a plan without groups 1, 2, 3', () => {
		const tasks = [0, 1, 2].map((i) => ({ id: `t${i}`, groupId: null, position: i }));
		expect([...numberPlan([], tasks).tasks.values()].map((n) => n.code)).toEqual(['1', '2', '3']);
	});

	it('gives the body’s item label of a number', () => {
		expect(taskItemLabel('2.b')).toBe('b)');
		expect(taskItemLabel('3')).toBe('3.');
	});
});
