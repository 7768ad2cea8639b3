import { describe, expect, it } from 'vitest';
import { describeEvent } from '../log/describe-event.ts';
import { describeEventEn } from '../log/describe-event-en.ts';
import type { ChainedEventContent } from '../log/event-record.ts';
import { decideUnitMerge, planUnitsAfterMerge, previewUnitMerge, type MergeTask } from './unit-merge.ts';

// Sở Thông tin và Truyền thông (tt) merged into Sở Khoa học và Công nghệ (khcn), as in March 2025
const spec = { dissolvedUnitIds: ['tt'], successorUnitId: 'khcn' };
const task = (taskId: string, over: Partial<MergeTask> = {}): MergeTask => ({
	taskId,
	status: 'in_progress',
	leadUnitId: 'tc',
	coordinatorUnitIds: [],
	...over
});

describe('decideUnitMerge', () => {
	it('gives the lead of an open task to the successor and leaves a confirmed one alone', () => {
		const moves = decideUnitMerge(
			[task('t1', { leadUnitId: 'tt' }), task('t2', { leadUnitId: 'tt', status: 'done' })],
			spec
		);
		expect(moves).toEqual([{ taskId: 't1', lead: { from: 'tt', to: 'khcn' } }]);
	});

	it('counts every status but done as open work, a reported result included', () => {
		const statuses = ['assigned', 'accepted', 'in_progress', 'reported', 'returned', 'paused'] as const;
		const moves = decideUnitMerge(
			statuses.map((status, i) => task(`t${i}`, { status, leadUnitId: 'tt' })),
			spec
		);
		expect(moves).toHaveLength(statuses.length);
	});

	it('replaces a coordinating unit once, without doubling a successor that already coordinates', () => {
		const moves = decideUnitMerge([task('t1', { coordinatorUnitIds: ['tt', 'khcn', 'nv'] })], spec);
		expect(moves).toEqual([
			{ taskId: 't1', coordinators: { from: ['tt', 'khcn', 'nv'], to: ['khcn', 'nv'] } }
		]);
	});

	it('drops the successor from the coordinators when it takes the lead', () => {
		const moves = decideUnitMerge(
			[task('t1', { leadUnitId: 'tt', coordinatorUnitIds: ['khcn', 'nv'] })],
			spec
		);
		expect(moves).toEqual([
			{ taskId: 't1', lead: { from: 'tt', to: 'khcn' }, coordinators: { from: ['khcn', 'nv'], to: ['nv'] } }
		]);
	});

	it('drops a dissolved coordinator when the successor already leads the task', () => {
		const moves = decideUnitMerge([task('t1', { leadUnitId: 'khcn', coordinatorUnitIds: ['tt'] })], spec);
		expect(moves).toEqual([{ taskId: 't1', coordinators: { from: ['tt'], to: [] } }]);
	});

	it('merges several units into one (Sở KH&ĐT and another into Sở Tài chính)', () => {
		const moves = decideUnitMerge([task('t1', { leadUnitId: 'khdt', coordinatorUnitIds: ['x', 'tc'] })], {
			dissolvedUnitIds: ['khdt', 'x'],
			successorUnitId: 'tc'
		});
		expect(moves).toEqual([
			{ taskId: 't1', lead: { from: 'khdt', to: 'tc' }, coordinators: { from: ['x', 'tc'], to: [] } }
		]);
	});

	it('touches nothing a task does not name, and refuses a successor among the dissolved', () => {
		expect(decideUnitMerge([task('t1', { coordinatorUnitIds: ['nv'] })], spec)).toEqual([]);
		expect(() => decideUnitMerge([], { dissolvedUnitIds: ['tt'], successorUnitId: 'tt' })).toThrow();
		expect(() => decideUnitMerge([], { dissolvedUnitIds: [], successorUnitId: 'tt' })).toThrow();
	});

	it('a split’s share moves only its own tasks, and leaves the plan’s owner to the main share', () => {
		// Sở LĐ-TB&XH (ld) split in 2025: employment to Sở Nội vụ (nv), social protection to Sở Y tế (yt)
		const share = { dissolvedUnitIds: ['ld'], successorUnitId: 'yt', onlyTaskIds: ['t2'] };
		const moves = decideUnitMerge(
			[task('t1', { leadUnitId: 'ld' }), task('t2', { leadUnitId: 'ld', coordinatorUnitIds: ['nv'] })],
			share
		);
		expect(moves).toEqual([{ taskId: 't2', lead: { from: 'ld', to: 'yt' } }]);
		expect(planUnitsAfterMerge({ ownerUnitId: 'ld', coDrafterUnitIds: ['nv'] }, share)).toEqual({
			ownerUnitId: 'ld',
			coDrafterUnitIds: ['nv'],
			ownerMoved: false,
			coDraftersMoved: false
		});
	});

	it('previews how many open tasks of how many plans move', () => {
		const preview = previewUnitMerge(
			[
				{ planId: 'p1', tasks: [task('a', { leadUnitId: 'tt' }), task('b', { coordinatorUnitIds: ['tt'] })] },
				{ planId: 'p2', tasks: [task('c', { leadUnitId: 'tt', status: 'done' })] },
				{ planId: 'p3', tasks: [task('d', { leadUnitId: 'tt' })] }
			],
			spec
		);
		expect(preview).toEqual({ plans: 2, tasks: 3, leadTasks: 2, coordinatorTasks: 1 });
	});
});

describe('the merge sentence', () => {
	const event = {
		planId: 'p1',
		seq: 9,
		taskId: null,
		type: 'UnitsMerged',
		data: {
			dissolved: [{ unitId: 'tt', name: 'Sở Thông tin và Truyền thông' }],
			successor: { unitId: 'khcn', name: 'Sở Khoa học và Công nghệ' },
			effectiveOn: '2025-03-01',
			leadTaskIds: ['a', 'b'],
			coordinatorTaskIds: ['c']
		},
		userId: 'admin',
		unitId: null,
		occurredAt: '2025-03-01T02:00:00.000Z'
	} as ChainedEventContent;

	it('names the dissolved unit as it was called, in Vietnamese and English', () => {
		expect(describeEvent(event)).toBe(
			'Sáp nhập Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ (từ 01/03/2025): 2 nhiệm vụ chưa hoàn thành chuyển sang Sở Khoa học và Công nghệ chủ trì, 1 nhiệm vụ đổi cơ quan phối hợp'
		);
		expect(describeEventEn(event)).toBe(
			'Sở Thông tin và Truyền thông merged into Sở Khoa học và Công nghệ (from 01/03/2025): 2 open tasks now led by Sở Khoa học và Công nghệ, 1 task with new coordinating units'
		);
	});

	it('says when the plan itself passed to the successor, without counting no tasks', () => {
		const owned = {
			...event,
			data: { ...(event.data as object), leadTaskIds: [], coordinatorTaskIds: [], ownerMoved: true }
		} as ChainedEventContent;
		expect(describeEvent(owned)).toBe(
			'Sáp nhập Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ (từ 01/03/2025): kế hoạch chuyển sang Sở Khoa học và Công nghệ'
		);
		expect(describeEventEn(owned)).toBe(
			'Sở Thông tin và Truyền thông merged into Sở Khoa học và Công nghệ (from 01/03/2025): the plan now belongs to Sở Khoa học và Công nghệ'
		);
	});
});

describe('the split sentence', () => {
	it('says the unit was split and which successor took this share', () => {
		const event = {
			planId: 'p1',
			seq: 3,
			taskId: null,
			type: 'UnitsMerged',
			data: {
				dissolved: [{ unitId: 'ld', name: 'Sở Lao động - Thương binh và Xã hội' }],
				successor: { unitId: 'yt', name: 'Sở Y tế' },
				effectiveOn: '2025-03-01',
				leadTaskIds: ['a'],
				coordinatorTaskIds: [],
				split: true
			},
			userId: 'admin',
			unitId: null,
			occurredAt: '2025-03-01T02:00:00.000Z'
		} as ChainedEventContent;
		expect(describeEvent(event)).toBe(
			'Chia tách Sở Lao động - Thương binh và Xã hội (từ 01/03/2025): 1 nhiệm vụ chưa hoàn thành chuyển sang Sở Y tế chủ trì'
		);
		expect(describeEventEn(event)).toBe(
			'Sở Lao động - Thương binh và Xã hội split up (from 01/03/2025): 1 open task now led by Sở Y tế'
		);
	});
});

describe('planUnitsAfterMerge', () => {
	const spec = { dissolvedUnitIds: ['tttt'], successorUnitId: 'khcn' };
	it('passes a dissolved owner’s plan to the successor, which is then no co-drafter of it', () => {
		expect(planUnitsAfterMerge({ ownerUnitId: 'tttt', coDrafterUnitIds: ['khcn', 'stc'] }, spec)).toEqual({
			ownerUnitId: 'khcn',
			coDrafterUnitIds: ['stc'],
			ownerMoved: true,
			coDraftersMoved: true
		});
	});
	it('replaces a dissolved co-drafter once, and leaves other plans alone', () => {
		expect(planUnitsAfterMerge({ ownerUnitId: 'ubnd', coDrafterUnitIds: ['tttt', 'khcn'] }, spec)).toEqual({
			ownerUnitId: 'ubnd',
			coDrafterUnitIds: ['khcn'],
			ownerMoved: false,
			coDraftersMoved: true
		});
		expect(planUnitsAfterMerge({ ownerUnitId: 'ubnd', coDrafterUnitIds: ['stc'] }, spec)).toEqual({
			ownerUnitId: 'ubnd',
			coDrafterUnitIds: ['stc'],
			ownerMoved: false,
			coDraftersMoved: false
		});
	});
});
