import { describe, expect, it } from 'vitest';
import { dateDeadline } from '../plan/deadline.ts';
import { classifyMyWork, countMyWork, filterMyWork, type MyWorkTask } from './my-work.ts';

const NOW = new Date('2026-12-07T03:00:00.000Z');
const task = (over: Partial<MyWorkTask>): MyWorkTask => ({
	id: 't',
	planId: 'p1',
	planTitle: 'Kế hoạch 1',
	directiveIds: ['kl69'],
	code: '1',
	content: 'Nhiệm vụ',
	unitId: 'khcn',
	role: 'lead',
	status: 'in_progress',
	progress: 30,
	deadline: null,
	completedOn: null,
	...over
});

describe('my work', () => {
	const tasks = classifyMyWork(
		[
			task({ id: 'late', deadline: dateDeadline('2026-12-01') }),
			task({ id: 'soon', deadline: dateDeadline('2026-12-10'), role: 'coordinator' }),
			task({ id: 'later', deadline: dateDeadline('2027-06-30'), planId: 'p2', directiveIds: [] }),
			task({ id: 'done', status: 'done', deadline: dateDeadline('2026-12-01'), completedOn: '2026-11-30' }),
			task({ id: 'confirm', role: 'owner', status: 'reported', unitId: 'ubnd' })
		],
		NOW
	);

	it('puts each task in one list: overdue, due within 7 days, in hand, done, or awaiting the owner', () => {
		expect(tasks.map((t) => [t.id, t.bucket])).toEqual([
			['late', 'overdue'],
			['soon', 'due_soon'],
			['later', 'open'],
			['done', 'done'],
			['confirm', 'awaiting_confirmation']
		]);
		expect(tasks[0]?.daysOverdue).toBe(6);
		expect(tasks[1]?.daysLeft).toBe(3);
	});

	it('counts what needs acting on, opinions owed included', () => {
		const opinions = [
			{ planId: 'p3', planTitle: 'Dự thảo', roundId: 'r', unitId: 'khcn', dueOn: '2026-12-20' }
		];
		expect(countMyWork(tasks, opinions)).toEqual({
			overdue: 1,
			dueSoon: 1,
			awaitingConfirmation: 1,
			opinionsOwed: 1,
			open: 1,
			urgent: 4
		});
	});

	it('filters by plan, directive, status and unit', () => {
		expect(filterMyWork(tasks, { planId: 'p2' }).map((t) => t.id)).toEqual(['later']);
		expect(filterMyWork(tasks, { directiveId: 'kl69' })).toHaveLength(4);
		expect(filterMyWork(tasks, { status: 'reported' }).map((t) => t.id)).toEqual(['confirm']);
		expect(filterMyWork(tasks, { unitId: 'ubnd' }).map((t) => t.id)).toEqual(['confirm']);
		expect(filterMyWork(tasks, {})).toHaveLength(5);
	});
});
