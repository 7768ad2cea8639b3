import { describe, it, expect } from 'vitest';
import { decideTask, evolveTask, type TaskDecisionContext } from './task.decide.ts';
import { newTask, type Task } from './task.ts';
import { TASK_EVENT_TYPES, type TaskEvent } from './task.events.ts';
import type { TaskCommand } from './task.commands.ts';
import { parseDeadline } from './deadline.ts';
import { DomainError } from '../errors.ts';

// Task II.2.b of the Quảng Bình plan: Sở KH&CN leads, Sở Nội vụ coordinates, UBND tỉnh owns the plan.
const lead = { userId: 'u-khcn', unitId: 'so-khcn' };
const owner = { userId: 'u-ubnd', unitId: 'ubnd-quang-binh' };
const coordinator = { userId: 'u-nv', unitId: 'so-noi-vu' };
const taskId = 'task-II.2.b';
const assigned: Task = newTask({
	id: taskId,
	planId: 'plan-709',
	code: 'II.2.b',
	content: 'Tham mưu UBND tỉnh cụ thể hóa chính sách, pháp luật về khoa học, công nghệ và đổi mới sáng tạo',
	leadUnitId: lead.unitId,
	coordinatorUnitIds: [coordinator.unitId],
	deadline: parseDeadline('Quý IV/2024')
});
const issued: TaskDecisionContext = { planStatus: 'issued', ownerUnitId: owner.unitId };
const at = '2024-09-02T03:00:00.000Z';

const event = <T extends TaskEvent['type']>(
	type: T,
	data: Extract<TaskEvent, { type: T }>['data'],
	actor = lead
): TaskEvent => ({ type, taskId, actor, at, data }) as TaskEvent;
const accepted = event('TaskAccepted', {});
const started = event('TaskStarted', {});
const progressed = event('TaskProgressUpdated', { from: 0, to: 40, note: null });
const reported = event('TaskResultReported', { summary: 'Đã trình dự thảo Nghị quyết' });

const given = (...events: TaskEvent[]): Task => events.reduce(evolveTask, assigned);
const command = <T extends TaskCommand['type']>(
	type: T,
	fields: Omit<Extract<TaskCommand, { type: T }>, 'type' | 'taskId' | 'actor' | 'at'>,
	actor = lead
): TaskCommand => ({ type, taskId, actor, at, ...fields }) as TaskCommand;
const errorCode = (run: () => unknown): string | undefined => {
	try {
		run();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return undefined;
};

describe('decideTask', () => {
	describe('the happy path, giao → tiếp nhận → thực hiện → báo cáo → xác nhận', () => {
		it('given an assigned task, when the lead accepts, then TaskAccepted', () => {
			expect(decideTask(command('AcceptTask', {}), given(), issued)).toEqual([accepted]);
		});

		it('given an accepted task, when the lead starts, then TaskStarted', () => {
			expect(decideTask(command('StartTask', {}), given(accepted), issued)).toEqual([started]);
		});

		it('given a task in progress, when the lead updates progress, then TaskProgressUpdated from → to', () => {
			expect(
				decideTask(
					command('UpdateTaskProgress', { progress: 70, note: ' Đã lấy ý kiến các sở ' }),
					given(accepted, started, progressed),
					issued
				)
			).toEqual([event('TaskProgressUpdated', { from: 40, to: 70, note: 'Đã lấy ý kiến các sở' })]);
		});

		it('given a task in progress, when the lead reports, then TaskResultReported', () => {
			expect(
				decideTask(
					command('ReportTaskResult', { summary: 'Đã trình dự thảo Nghị quyết' }),
					given(accepted, started),
					issued
				)
			).toEqual([reported]);
		});

		it('given a reported result, when the owner confirms, then TaskResultConfirmed on the Vietnamese calendar day', () => {
			const late = '2024-12-31T18:30:00.000Z'; // 01:30 on 1 January 2025 in Hà Nội
			expect(
				decideTask(
					{ type: 'ConfirmTaskResult', taskId, actor: owner, at: late },
					given(accepted, started, reported),
					issued
				)
			).toEqual([
				{
					type: 'TaskResultConfirmed',
					taskId,
					actor: owner,
					at: late,
					data: { comment: null, completedOn: '2025-01-01' }
				}
			]);
		});
	});

	describe('returning a result', () => {
		it('given a reported result, when the owner returns it, then TaskResultReturned', () => {
			expect(
				decideTask(
					command('ReturnTaskResult', { reason: 'Bổ sung số liệu' }, owner),
					given(accepted, started, reported),
					issued
				)
			).toEqual([event('TaskResultReturned', { reason: 'Bổ sung số liệu' }, owner)]);
		});

		it('given a returned task, when the lead updates progress, then it is started again', () => {
			const returned = event('TaskResultReturned', { reason: 'x' }, owner);
			expect(
				decideTask(
					command('UpdateTaskProgress', { progress: 80 }),
					given(accepted, started, progressed, reported, returned),
					issued
				)
			).toEqual([started, event('TaskProgressUpdated', { from: 40, to: 80, note: null })]);
		});

		it('given a returned task, when the lead reports again, then TaskResultReported', () => {
			const returned = event('TaskResultReturned', { reason: 'x' }, owner);
			expect(
				decideTask(
					command('ReportTaskResult', { summary: 'Đã trình dự thảo Nghị quyết' }),
					given(accepted, reported, returned),
					issued
				)
			).toEqual([reported]);
		});

		it('requires a reason', () => {
			expect(
				errorCode(() =>
					decideTask(command('ReturnTaskResult', { reason: ' ' }, owner), given(accepted, reported), issued)
				)
			).toBe('invalid_command');
		});
	});

	describe('pausing', () => {
		it('given a task in progress, when paused, then TaskPaused remembers where it was', () => {
			expect(
				decideTask(command('PauseTask', { reason: 'Chờ sáp nhập sở' }), given(accepted, started), issued)
			).toEqual([event('TaskPaused', { reason: 'Chờ sáp nhập sở', previousStatus: 'in_progress' })]);
		});

		it('given a paused task, when resumed, then TaskResumed back to the previous status', () => {
			const paused = event('TaskPaused', { reason: 'x', previousStatus: 'reported' });
			expect(decideTask(command('ResumeTask', {}), given(accepted, reported, paused), issued)).toEqual([
				event('TaskResumed', { status: 'reported' })
			]);
		});

		it('given a paused task without a recorded status, then it resumes by its progress', () => {
			expect(
				decideTask(command('ResumeTask', {}), { ...assigned, status: 'paused', progress: 10 }, issued)
			).toEqual([event('TaskResumed', { status: 'in_progress' })]);
			expect(decideTask(command('ResumeTask', {}), { ...assigned, status: 'paused' }, issued)).toEqual([
				event('TaskResumed', { status: 'accepted' })
			]);
		});

		it('given a paused task, then every other command is an invalid_transition', () => {
			const paused = given(
				accepted,
				started,
				event('TaskPaused', { reason: 'x', previousStatus: 'in_progress' })
			);
			for (const cmd of [
				command('StartTask', {}),
				command('UpdateTaskProgress', { progress: 50 }),
				command('ReportTaskResult', { summary: 'x' }),
				command('PauseTask', { reason: 'x' })
			]) {
				expect(errorCode(() => decideTask(cmd, paused, issued))).toBe('invalid_transition');
			}
		});

		it('given a done task, then it cannot be paused', () => {
			const done = event('TaskResultConfirmed', { comment: null, completedOn: '2024-12-20' }, owner);
			expect(
				errorCode(() =>
					decideTask(command('PauseTask', { reason: 'x' }), given(accepted, reported, done), issued)
				)
			).toBe('invalid_transition');
		});

		it('requires a reason', () => {
			expect(errorCode(() => decideTask(command('PauseTask', { reason: '' }), given(accepted), issued))).toBe(
				'invalid_command'
			);
		});
	});

	describe('rights', () => {
		it.each([
			['AcceptTask', {}],
			['StartTask', {}],
			['UpdateTaskProgress', { progress: 10 }],
			['ReportTaskResult', { summary: 'x' }],
			['PauseTask', { reason: 'x' }],
			['ResumeTask', {}]
		] as const)('only the lead unit may %s', (type, fields) => {
			for (const actor of [owner, coordinator]) {
				expect(errorCode(() => decideTask(command(type, fields, actor), given(), issued))).toBe(
					'not_allowed'
				);
			}
		});

		it.each([
			['ConfirmTaskResult', {}],
			['ReturnTaskResult', { reason: 'x' }]
		] as const)('only the owner unit may %s', (type, fields) => {
			for (const actor of [lead, coordinator]) {
				expect(
					errorCode(() => decideTask(command(type, fields, actor), given(accepted, reported), issued))
				).toBe('not_allowed');
			}
		});

		it('given a task without a lead unit, nobody may accept it', () => {
			expect(
				errorCode(() => decideTask(command('AcceptTask', {}), { ...assigned, leadUnitId: null }, issued))
			).toBe('not_allowed');
		});
	});

	describe('plan status', () => {
		it('given a draft plan, then plan_not_issued', () => {
			expect(
				errorCode(() => decideTask(command('AcceptTask', {}), given(), { ...issued, planStatus: 'draft' }))
			).toBe('plan_not_issued');
		});

		it('given a plan under amendment, work goes on', () => {
			expect(decideTask(command('AcceptTask', {}), given(), { ...issued, planStatus: 'amending' })).toEqual([
				accepted
			]);
		});
	});

	describe('invalid transitions', () => {
		it.each([
			['accept twice', command('AcceptTask', {}), [accepted]],
			['start before accepting', command('StartTask', {}), []],
			['progress before accepting', command('UpdateTaskProgress', { progress: 10 }), []],
			['report before accepting', command('ReportTaskResult', { summary: 'x' }), []],
			['report twice', command('ReportTaskResult', { summary: 'x' }), [accepted, reported]],
			['confirm an unreported task', command('ConfirmTaskResult', {}, owner), [accepted, started]],
			['return an unreported task', command('ReturnTaskResult', { reason: 'x' }, owner), [accepted]],
			['resume a running task', command('ResumeTask', {}), [accepted, started]]
		] as const)('%s', (_name, cmd, history) => {
			expect(errorCode(() => decideTask(cmd, given(...history), issued))).toBe('invalid_transition');
		});
	});

	describe('progress values', () => {
		it.each([-1, 101, 12.5, Number.NaN])('rejects %d', (progress) => {
			expect(
				errorCode(() =>
					decideTask(command('UpdateTaskProgress', { progress }), given(accepted, started), issued)
				)
			).toBe('invalid_progress');
		});

		it('accepts the bounds', () => {
			expect(
				decideTask(command('UpdateTaskProgress', { progress: 100 }), given(accepted, started), issued)
			).toHaveLength(1);
			expect(
				decideTask(
					command('UpdateTaskProgress', { progress: 0, note: 'Chưa có kinh phí' }),
					given(accepted, started),
					issued
				)
			).toEqual([event('TaskProgressUpdated', { from: 0, to: 0, note: 'Chưa có kinh phí' })]);
		});

		it('records nothing when neither progress nor note changed', () => {
			expect(
				decideTask(
					command('UpdateTaskProgress', { progress: 40 }),
					given(accepted, started, progressed),
					issued
				)
			).toEqual([]);
		});
	});

	describe('command validation', () => {
		it('refuses a command for another task', () => {
			expect(
				errorCode(() => decideTask({ ...command('AcceptTask', {}), taskId: 'other' }, given(), issued))
			).toBe('invalid_command');
		});

		it('refuses a confirmation with an unreadable time', () => {
			const cmd: TaskCommand = { type: 'ConfirmTaskResult', taskId, actor: owner, at: 'yesterday' };
			expect(errorCode(() => decideTask(cmd, given(accepted, reported), issued))).toBe('invalid_command');
		});

		it('requires a summary to report', () => {
			expect(
				errorCode(() => decideTask(command('ReportTaskResult', { summary: '' }), given(accepted), issued))
			).toBe('invalid_command');
		});
	});
});

describe('evolveTask', () => {
	it('follows the lifecycle', () => {
		expect(given(accepted).status).toBe('accepted');
		expect(given(accepted, started).status).toBe('in_progress');
		expect(given(accepted, started, progressed)).toMatchObject({ status: 'in_progress', progress: 40 });
		expect(given(accepted, started, progressed, reported).status).toBe('reported');
		expect(given(accepted, reported, event('TaskResultReturned', { reason: 'x' }, owner)).status).toBe(
			'returned'
		);
		expect(
			given(
				accepted,
				started,
				progressed,
				reported,
				event('TaskResultConfirmed', { comment: null, completedOn: '2024-12-20' }, owner)
			)
		).toMatchObject({
			status: 'done',
			progress: 100,
			completedOn: '2024-12-20'
		});
	});

	it('pauses and resumes', () => {
		const paused = given(
			accepted,
			started,
			event('TaskPaused', { reason: 'x', previousStatus: 'in_progress' })
		);
		expect(paused).toMatchObject({ status: 'paused', pausedFrom: 'in_progress' });
		expect(evolveTask(paused, event('TaskResumed', { status: 'in_progress' }))).toMatchObject({
			status: 'in_progress',
			pausedFrom: null
		});
	});

	it('leaves the previous state untouched', () => {
		const before = given(accepted);
		const copy = structuredClone(before);
		evolveTask(before, started);
		expect(before).toEqual(copy);
	});
});

describe('events', () => {
	it('are JSON-safe', () => {
		const events = [
			accepted,
			started,
			progressed,
			reported,
			event('TaskPaused', { reason: 'x', previousStatus: 'accepted' })
		];
		expect(JSON.parse(JSON.stringify(events))).toEqual(events);
	});

	it('TASK_EVENT_TYPES lists every event type once', () => {
		type Missing = Exclude<TaskEvent['type'], (typeof TASK_EVENT_TYPES)[number]>;
		const complete: [Missing] extends [never] ? true : false = true;
		expect(complete).toBe(true);
		expect(new Set(TASK_EVENT_TYPES).size).toBe(TASK_EVENT_TYPES.length);
	});
});
