import { projectPlan, type EventRecord } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { diffPlans } from './plan-diff.ts';

let seq = 0;
function event(type: string, taskId: string | null, data: unknown): EventRecord {
	seq += 1;
	return {
		position: seq,
		planId: 'p',
		seq,
		taskId,
		type: type as EventRecord['type'],
		data,
		userId: 'u',
		unitId: 'owner',
		occurredAt: new Date(Date.UTC(2026, 2, 1, 0, seq)).toISOString(),
		updateSeq: null,
		prevHash: '',
		hash: ''
	};
}

function task(id: string, code: string, content: string) {
	return event('TaskCreated', id, {
		groupId: null,
		index: 0,
		code,
		content,
		leadUnitId: 'a',
		coordinatorUnitIds: [],
		deadline: null,
		output: null
	});
}

describe('diffPlans', () => {
	it('finds tasks added, removed and changed (field old → new) between a past point and now', () => {
		const events = [
			event('PlanCreated', null, {
				title: 'KH',
				ownerUnitId: 'owner',
				implementsDirectiveIds: [],
				documentId: null
			}),
			task('t1', '1', 'Tuyên truyền'),
			task('t2', '2', 'Xây dựng đề án')
		];
		const then = projectPlan(events);
		events.push(
			event('TaskFieldChanged', 't1', { field: 'leadUnitId', from: 'a', to: 'b' }),
			event('TaskTextEdited', 't1', { field: 'content', from: 'Tuyên truyền', to: 'Tuyên truyền, phổ biến' }),
			event('TaskDeleted', 't2', { code: '2' }),
			task('t3', '2', 'Mới'),
			event('PlanSectionEdited', null, { section: 'purpose', from: '', to: 'Mục đích' })
		);
		const diff = diffPlans(then, projectPlan(events));
		expect(diff.added.map((t) => t.id)).toEqual(['t3']);
		expect(diff.removed.map((t) => t.id)).toEqual(['t2']);
		expect(diff.changed).toHaveLength(1);
		expect(diff.changed[0]!.task.id).toBe('t1');
		expect(diff.changed[0]!.fields).toEqual([
			{ field: 'content', from: 'Tuyên truyền', to: 'Tuyên truyền, phổ biến' },
			{ field: 'leadUnitId', from: 'a', to: 'b' }
		]);
		expect(diff.sections).toEqual([{ section: 'purpose', from: '', to: 'Mục đích' }]);
	});

	it('finds nothing between a plan and itself', () => {
		const state = projectPlan([
			event('PlanCreated', null, {
				title: 'KH',
				ownerUnitId: 'owner',
				implementsDirectiveIds: [],
				documentId: null
			}),
			task('t1', '1', 'A')
		]);
		expect(diffPlans(state, state)).toEqual({ added: [], removed: [], changed: [], sections: [] });
	});
});
