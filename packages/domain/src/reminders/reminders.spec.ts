import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '../plan/task.ts';
import { addDays } from '../time/dates.ts';
import { dueReminders, reminderKindFor, type ReminderTask } from './reminders.ts';

// 10:00 in Hà Nội on 10/03/2026
const NOW = new Date('2026-03-10T03:00:00.000Z');

function task(id: string, due: string | null, overrides: Partial<ReminderTask> = {}): ReminderTask {
	return {
		id,
		planId: 'plan-1',
		leadUnitId: 'qb-so-khcn',
		status: 'accepted',
		due,
		completedOn: null,
		...overrides
	};
}

describe('dueReminders', () => {
	it('puts each open task in the one stage it is in: 7, 3, 1 days before, or overdue', () => {
		const tasks = [
			task('d8', '2026-03-18'),
			task('d7', '2026-03-17'),
			task('d4', '2026-03-14'),
			task('d3', '2026-03-13'),
			task('d2', '2026-03-12'),
			task('d1', '2026-03-11'),
			task('d0', '2026-03-10'),
			task('late1', '2026-03-09'),
			task('late10', '2026-02-28')
		];
		const byTask = Object.fromEntries(dueReminders(tasks, NOW).map((r) => [r.taskId, r]));
		expect(Object.keys(byTask).sort()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd7', 'late1', 'late10']);
		expect(byTask['d7']).toMatchObject({ kind: 'due7', daysLeft: 7, daysOverdue: null });
		expect(byTask['d4']).toMatchObject({ kind: 'due7', daysLeft: 4 });
		expect(byTask['d3']).toMatchObject({ kind: 'due3', daysLeft: 3 });
		expect(byTask['d2']).toMatchObject({ kind: 'due3', daysLeft: 2 });
		expect(byTask['d1']).toMatchObject({ kind: 'due1', daysLeft: 1 });
		expect(byTask['d0']).toMatchObject({ kind: 'due1', daysLeft: 0 });
		expect(byTask['late1']).toMatchObject({ kind: 'overdue', daysLeft: null, daysOverdue: 1 });
		expect(byTask['late10']).toMatchObject({
			kind: 'overdue',
			daysOverdue: 10,
			due: '2026-02-28',
			unitId: 'qb-so-khcn',
			planId: 'plan-1'
		});
	});

	it('never reminds of a done task, nor of one without a due date or a lead unit', () => {
		const tasks = [
			task('done-soon', '2026-03-11', { status: 'done', completedOn: '2026-03-05' }),
			task('done-late', '2026-03-01', { status: 'done', completedOn: '2026-03-05' }),
			task('ongoing', null),
			task('nobody', '2026-03-11', { leadUnitId: null })
		];
		expect(dueReminders(tasks, NOW)).toEqual([]);
	});

	it('counts days in Vietnam: just after midnight there the day has turned, whatever UTC says', () => {
		// 00:30 on 10/03 in Hà Nội is still 09/03 in UTC
		const justAfter = new Date('2026-03-09T17:30:00.000Z');
		const justBefore = new Date('2026-03-09T16:59:59.999Z');
		const tasks = [task('due-9', '2026-03-09'), task('due-17', '2026-03-17')];
		expect(dueReminders(tasks, justAfter).map((r) => [r.taskId, r.kind])).toEqual([
			['due-9', 'overdue'],
			['due-17', 'due7']
		]);
		expect(dueReminders(tasks, justBefore).map((r) => [r.taskId, r.kind, r.daysLeft])).toEqual([
			['due-9', 'due1', 0]
		]);
	});

	it('on a generated plan, reminds exactly the open tasks due within a week or overdue', () => {
		const statuses: TaskStatus[] = [
			'assigned',
			'accepted',
			'in_progress',
			'reported',
			'returned',
			'done',
			'paused'
		];
		const tasks: ReminderTask[] = [];
		for (let i = 0; i < 70; i++) {
			const offset = (i % 35) - 15; // due from 15 days ago to 19 days ahead
			const status = statuses[i % statuses.length]!;
			tasks.push(
				task(`t${i}`, addDays('2026-03-10', offset), {
					status,
					completedOn: status === 'done' ? '2026-03-01' : null,
					leadUnitId: `unit-${i % 4}`
				})
			);
		}
		const reminders = dueReminders(tasks, NOW);
		const expected = tasks.flatMap((t, i) => {
			const offset = (i % 35) - 15;
			if (t.status === 'done' || offset > 7) return [];
			const kind = offset < 0 ? 'overdue' : offset <= 1 ? 'due1' : offset <= 3 ? 'due3' : 'due7';
			return [[t.id, t.leadUnitId, kind]];
		});
		expect(reminders.map((r) => [r.taskId, r.unitId, r.kind])).toEqual(expected);
		// 46 tasks are due within a week or overdue; 6 of them are done
		expect(reminders.length).toBe(40);
	});
});

describe('reminderKindFor', () => {
	it('maps days left to the nearest threshold not yet passed', () => {
		expect([8, 7, 4, 3, 2, 1, 0, -1].map(reminderKindFor)).toEqual([
			null,
			'due7',
			'due7',
			'due3',
			'due3',
			'due1',
			'due1',
			'overdue'
		]);
	});
});
