import { describe, it, expect } from 'vitest';
import type { Actor } from '../plan/actor.ts';
import type { ContentEvent } from '../plan/content.events.ts';
import { parseDeadline } from '../plan/deadline.ts';
import type { PlanEvent } from '../plan/plan.events.ts';
import type { TaskEvent } from '../plan/task.events.ts';
import type { ChainedEventContent } from './event-record.ts';
import { PlanProjection, projectPlan, type PlanProjectionState, type TaskView } from './plan-projection.ts';

type AnyEvent = PlanEvent | TaskEvent | ContentEvent;
type EventType = AnyEvent['type'];
type DataOf<T extends EventType> = Extract<AnyEvent, { type: T }>['data'];

const PLAN_ID = 'plan-qb-709';
const owner: Actor = { userId: 'u-ubnd-hoa', unitId: 'qb-ubnd-tinh' };
const khcn: Actor = { userId: 'u-khcn-lan', unitId: 'qb-so-khcn' };

/** The instant of the n-th event: one minute apart from 2026-01-05 08:00 Vietnam time. */
const at = (seq: number): string => new Date(Date.UTC(2026, 0, 5, 1, seq)).toISOString();

/** A plan's stream: numbers events as the store would (seq from 1, one minute apart). */
class Stream {
	readonly events: ChainedEventContent[] = [];

	add<T extends EventType>(
		type: T,
		data: DataOf<T>,
		options: { taskId?: string | null; by?: Actor; updateSeq?: number | null } = {}
	): ChainedEventContent {
		const seq = this.events.length + 1;
		const by = options.by ?? owner;
		const event: ChainedEventContent = {
			planId: PLAN_ID,
			seq,
			taskId: options.taskId ?? null,
			type,
			data,
			userId: by.userId,
			unitId: by.unitId,
			occurredAt: at(seq),
			updateSeq: options.updateSeq ?? null
		};
		this.events.push(event);
		return event;
	}

	get seq(): number {
		return this.events.length;
	}

	project(): PlanProjectionState {
		return projectPlan(this.events);
	}
}

const TITLE = 'Kế hoạch triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ';
const PURPOSE = 'Quán triệt đầy đủ, sâu sắc nội dung Nghị quyết số 57-NQ/TW đến cán bộ, đảng viên.';

const task = (
	groupId: string | null,
	index: number,
	code: string,
	content: string,
	more: Partial<DataOf<'TaskCreated'>> = {}
): DataOf<'TaskCreated'> => ({
	groupId,
	index,
	code,
	content,
	leadUnitId: 'qb-so-khcn',
	coordinatorUnitIds: ['qb-so-tc'],
	deadline: parseDeadline('Quý II/2026'),
	output: 'Báo cáo',
	...more
});

/**
 * A draft with two groups (the second created at an out-of-range index) and four tasks, created at
 * in-range, past-the-end and negative indexes: group 1 ends up [II.1.c, II.1.a, II.1.b], group 2 [II.2.a].
 */
function drafted(): Stream {
	const s = new Stream();
	s.add('PlanCreated', { title: TITLE, ownerUnitId: 'qb-ubnd-tinh', implementsDirectiveIds: ['nq-57-tw'] }); // 1
	s.add('PlanSectionEdited', { section: 'purpose', from: '', to: PURPOSE }, { updateSeq: 1 }); // 2
	s.add('TaskGroupCreated', { groupId: 'g-1', code: '1', title: 'Nâng cao nhận thức', index: 0 }); // 3
	s.add('TaskGroupCreated', { groupId: 'g-2', code: '2', title: 'Hoàn thiện thể chế', index: 7 }); // 4
	s.add('TaskCreated', task('g-1', 0, 'II.1.a', 'Tổ chức hội nghị quán triệt Nghị quyết'), { taskId: 't-a' }); // 5
	s.add('TaskCreated', task('g-1', 99, 'II.1.b', 'Tuyên truyền trên báo Quảng Bình'), { taskId: 't-b' }); // 6
	s.add('TaskCreated', task('g-1', -3, 'II.1.c', 'Xây dựng chuyên mục khoa học, công nghệ'), {
		taskId: 't-c'
	}); // 7
	s.add(
		'TaskCreated',
		task('g-2', 0, 'II.2.a', 'Rà soát văn bản quy phạm pháp luật về khoa học, công nghệ', {
			leadUnitId: 'qb-so-tp',
			coordinatorUnitIds: ['qb-so-khcn', 'qb-so-nv'],
			deadline: parseDeadline('chậm nhất ngày 30/6/2026'),
			output: null
		}),
		{ taskId: 't-d' }
	); // 8
	return s;
}

const order = (state: PlanProjectionState): string[] =>
	state.tasks.map((t) => `${t.groupId ?? '-'}/${t.position}/${t.id}`);
const taskOf = (state: PlanProjectionState, id: string): TaskView => {
	const found = state.tasks.find((t) => t.id === id);
	if (!found) throw new Error(`no task ${id}`);
	return found;
};

describe('projectPlan: drafting', () => {
	it('builds the plan, its groups and tasks with clamped positions', () => {
		const state = drafted().project();
		expect(state.plan).toEqual({
			id: PLAN_ID,
			title: TITLE,
			ownerUnitId: 'qb-ubnd-tinh',
			status: 'draft',
			revision: 0,
			issuedAt: null,
			coDrafterUnitIds: [],
			implementsDirectiveIds: ['nq-57-tw'],
			documentId: null,
			purpose: PURPOSE,
			organisation: '',
			createdAt: at(1),
			updatedAt: at(8),
			version: 8
		});
		expect(state.groups).toEqual([
			{ id: 'g-1', planId: PLAN_ID, code: '1', title: 'Nâng cao nhận thức', position: 0 },
			{ id: 'g-2', planId: PLAN_ID, code: '2', title: 'Hoàn thiện thể chế', position: 1 }
		]);
		expect(order(state)).toEqual(['g-1/0/t-c', 'g-1/1/t-a', 'g-1/2/t-b', 'g-2/0/t-d']);
	});

	it('keeps every field of a created task', () => {
		const state = drafted().project();
		expect(taskOf(state, 't-d')).toEqual({
			id: 't-d',
			planId: PLAN_ID,
			groupId: 'g-2',
			position: 0,
			code: 'II.2.a',
			content: 'Rà soát văn bản quy phạm pháp luật về khoa học, công nghệ',
			leadUnitId: 'qb-so-tp',
			coordinatorUnitIds: ['qb-so-khcn', 'qb-so-nv'],
			deadline: { kind: 'date', text: 'chậm nhất ngày 30/6/2026', due: '2026-06-30', latest: true },
			output: null,
			status: 'assigned',
			progress: 0,
			completedOn: null,
			pausedFrom: null,
			resultReport: null,
			difficulties: null,
			extensionRequest: null,
			contributions: {},
			version: 8,
			updatedAt: at(8)
		});
		expect(taskOf(state, 't-a').version).toBe(5);
		expect(taskOf(state, 't-a').updatedAt).toBe(at(5));
	});

	it('inserts a task in the middle of a group and a group before the others', () => {
		const s = drafted();
		s.add('TaskCreated', task('g-1', 2, 'II.1.d', 'Biểu dương điển hình'), { taskId: 't-e' }); // 9
		s.add('TaskGroupCreated', { groupId: 'g-0', code: '0', title: 'Nhiệm vụ chung', index: -1 }); // 10
		s.add('TaskGroupCreated', { groupId: 'g-3', code: '3', title: 'Phát triển hạ tầng', index: 1.5 }); // 11
		const state = s.project();
		expect(state.groups.map((g) => `${g.position}:${g.id}`)).toEqual(['0:g-0', '1:g-1', '2:g-2', '3:g-3']);
		expect(order(state)).toEqual(['g-1/0/t-c', 'g-1/1/t-a', 'g-1/2/t-e', 'g-1/3/t-b', 'g-2/0/t-d']);
		expect(state.plan?.version).toBe(11);
	});

	it('lists tasks outside any group after the groups; a task for an unknown group is ignored', () => {
		const s = drafted();
		s.add('TaskCreated', task(null, 0, 'III.1', 'Báo cáo sơ kết'), { taskId: 't-n1' }); // 9
		s.add('TaskCreated', task(null, 0, 'III.0', 'Ban hành quy chế'), { taskId: 't-n0' }); // 10
		s.add('TaskCreated', task('g-khong-co', 0, 'III.x', 'Nhiệm vụ lạc nhóm'), { taskId: 't-lost' }); // 11
		const state = s.project();
		expect(order(state)).toEqual([
			'g-1/0/t-c',
			'g-1/1/t-a',
			'g-1/2/t-b',
			'g-2/0/t-d',
			'-/0/t-n0',
			'-/1/t-n1'
		]);
		expect(state.plan?.version).toBe(10);
	});

	it('keeps each coordinating unit once', () => {
		const s = drafted();
		s.add(
			'TaskCreated',
			task('g-2', 1, 'II.2.b', 'Xây dựng cơ chế tài chính', {
				coordinatorUnitIds: ['qb-so-tc', 'qb-so-nv', 'qb-so-tc']
			}),
			{ taskId: 't-e' }
		); // 9
		expect(taskOf(s.project(), 't-e').coordinatorUnitIds).toEqual(['qb-so-tc', 'qb-so-nv']);
		s.add(
			'TaskFieldChanged',
			{
				field: 'coordinatorUnitIds',
				from: ['qb-so-tc', 'qb-so-nv'],
				to: ['qb-so-nv', 'qb-so-yt', 'qb-so-nv']
			},
			{ taskId: 't-e' }
		); // 10
		expect(taskOf(s.project(), 't-e').coordinatorUnitIds).toEqual(['qb-so-nv', 'qb-so-yt']);
	});

	it('edits the plan sections, the title included, and keeps the edited title through issue', () => {
		const s = drafted();
		s.add('PlanSectionEdited', { section: 'organisation', from: '', to: 'Sở KH&CN chủ trì theo dõi.' }); // 9
		s.add('PlanSectionEdited', { section: 'title', from: TITLE, to: 'Kế hoạch số 709/KH-UBND' }); // 10
		s.add('PlanIssued', { revision: 1 }); // 11
		const plan = s.project().plan;
		expect(plan?.organisation).toBe('Sở KH&CN chủ trì theo dõi.');
		expect(plan?.purpose).toBe(PURPOSE);
		expect(plan?.title).toBe('Kế hoạch số 709/KH-UBND');
		expect(plan?.status).toBe('issued');
		expect(plan?.version).toBe(11);
	});

	it('changes and moves groups', () => {
		const s = drafted();
		s.add('TaskGroupChanged', {
			groupId: 'g-2',
			field: 'title',
			from: 'Hoàn thiện thể chế',
			to: 'Thể chế, chính sách'
		}); // 9
		s.add('TaskGroupChanged', { groupId: 'g-2', field: 'code', from: '2', to: '1' }); // 10
		s.add('TaskGroupMoved', { groupId: 'g-2', from: 1, to: 0 }); // 11
		s.add('TaskGroupMoved', { groupId: 'g-khong-co', from: 3, to: 0 }); // 12: ignored
		const state = s.project();
		expect(state.groups).toEqual([
			{ id: 'g-2', planId: PLAN_ID, code: '1', title: 'Thể chế, chính sách', position: 0 },
			{ id: 'g-1', planId: PLAN_ID, code: '1', title: 'Nâng cao nhận thức', position: 1 }
		]);
		expect(order(state)).toEqual(['g-2/0/t-d', 'g-1/0/t-c', 'g-1/1/t-a', 'g-1/2/t-b']);
		expect(state.plan?.version).toBe(11);
		expect(state.plan?.updatedAt).toBe(at(11));
	});

	it('moves a group to an out-of-range index at the end', () => {
		const s = drafted();
		s.add('TaskGroupMoved', { groupId: 'g-1', from: 0, to: 40 });
		expect(s.project().groups.map((g) => g.id)).toEqual(['g-2', 'g-1']);
	});

	it('ignores a group or task created twice', () => {
		const s = drafted();
		s.add('TaskGroupCreated', { groupId: 'g-1', code: '9', title: 'Trùng', index: 1 }); // 9
		s.add('TaskCreated', task('g-2', 0, 'II.9', 'Trùng'), { taskId: 't-a' }); // 10
		const state = s.project();
		expect(state).toEqual(drafted().project());
	});
});

describe('projectPlan: moving tasks', () => {
	it('moves a task within its group', () => {
		const s = drafted();
		s.add('TaskMoved', { fromGroupId: 'g-1', fromIndex: 2, toGroupId: 'g-1', toIndex: 0 }, { taskId: 't-b' }); // 9
		const state = s.project();
		expect(order(state)).toEqual(['g-1/0/t-b', 'g-1/1/t-c', 'g-1/2/t-a', 'g-2/0/t-d']);
		expect(taskOf(state, 't-b').version).toBe(9);
		expect(taskOf(state, 't-b').updatedAt).toBe(at(9));
		expect(taskOf(state, 't-a').version).toBe(5);
		expect(state.plan?.version).toBe(9);
	});

	it('moves a task to the end of its group when the index is past it', () => {
		const s = drafted();
		s.add('TaskMoved', { fromGroupId: 'g-1', fromIndex: 0, toGroupId: 'g-1', toIndex: 3 }, { taskId: 't-c' });
		expect(order(s.project())).toEqual(['g-1/0/t-a', 'g-1/1/t-b', 'g-1/2/t-c', 'g-2/0/t-d']);
	});

	it('moves a task across groups and out of any group', () => {
		const s = drafted();
		s.add('TaskMoved', { fromGroupId: 'g-1', fromIndex: 0, toGroupId: 'g-2', toIndex: 1 }, { taskId: 't-c' }); // 9
		s.add(
			'TaskMoved',
			{ fromGroupId: 'g-1', fromIndex: 0, toGroupId: 'g-2', toIndex: -5 },
			{ taskId: 't-a' }
		); // 10
		s.add('TaskMoved', { fromGroupId: 'g-1', fromIndex: 0, toGroupId: null, toIndex: 0 }, { taskId: 't-b' }); // 11
		const state = s.project();
		expect(order(state)).toEqual(['g-2/0/t-a', 'g-2/1/t-d', 'g-2/2/t-c', '-/0/t-b']);
		expect(taskOf(state, 't-c').groupId).toBe('g-2');
		expect(taskOf(state, 't-b').groupId).toBeNull();
		expect(taskOf(state, 't-d').version).toBe(8);
		expect(state.plan?.version).toBe(11);
	});

	it('ignores a move into a group the plan does not have', () => {
		const s = drafted();
		s.add(
			'TaskMoved',
			{ fromGroupId: 'g-1', fromIndex: 1, toGroupId: 'g-khong-co', toIndex: 0 },
			{ taskId: 't-a' }
		);
		const state = s.project();
		expect(state).toEqual(drafted().project());
		expect(taskOf(state, 't-a')).toMatchObject({ groupId: 'g-1', position: 1, version: 5 });
	});
});

describe('projectPlan: editing tasks', () => {
	it('applies a change of each field, copying lists', () => {
		const s = drafted();
		const coordinators = ['qb-so-tc', 'qb-so-tttt'];
		const deadline = parseDeadline('6 tháng đầu năm 2026');
		s.add('TaskFieldChanged', { field: 'code', from: 'II.1.a', to: 'II.1.đ' }, { taskId: 't-a' }); // 9
		s.add(
			'TaskFieldChanged',
			{ field: 'leadUnitId', from: 'qb-so-khcn', to: 'qb-so-vhtt' },
			{ taskId: 't-a' }
		); // 10
		s.add(
			'TaskFieldChanged',
			{ field: 'coordinatorUnitIds', from: ['qb-so-tc'], to: coordinators },
			{ taskId: 't-a' }
		); // 11
		s.add('TaskFieldChanged', { field: 'deadline', from: null, to: deadline }, { taskId: 't-a' }); // 12
		s.add('TaskFieldChanged', { field: 'output', from: 'Báo cáo', to: null }, { taskId: 't-a' }); // 13
		s.add('TaskFieldChanged', { field: 'difficulties', from: null, to: 'Thiếu kinh phí' }, { taskId: 't-a' }); // 14
		s.add(
			'TaskFieldChanged',
			{ field: 'extensionRequest', from: null, to: 'Đề nghị gia hạn đến Quý III/2026' },
			{ taskId: 't-a' }
		); // 15
		s.add(
			'TaskTextEdited',
			{
				field: 'content',
				from: 'Tổ chức hội nghị quán triệt Nghị quyết',
				to: 'Tổ chức hội nghị quán triệt, học tập Nghị quyết'
			},
			{ taskId: 't-a' }
		); // 16
		const projection = new PlanProjection();
		for (const event of s.events) projection.apply(event);
		coordinators.push('qb-so-yt');
		const state = projection.state();
		expect(taskOf(state, 't-a')).toEqual({
			id: 't-a',
			planId: PLAN_ID,
			groupId: 'g-1',
			position: 1,
			code: 'II.1.đ',
			content: 'Tổ chức hội nghị quán triệt, học tập Nghị quyết',
			leadUnitId: 'qb-so-vhtt',
			coordinatorUnitIds: ['qb-so-tc', 'qb-so-tttt'],
			deadline: {
				kind: 'half',
				text: '6 tháng đầu năm 2026',
				due: '2026-06-30',
				latest: false,
				year: 2026,
				half: 1
			},
			output: null,
			status: 'assigned',
			progress: 0,
			completedOn: null,
			pausedFrom: null,
			resultReport: null,
			difficulties: 'Thiếu kinh phí',
			extensionRequest: 'Đề nghị gia hạn đến Quý III/2026',
			contributions: {},
			version: 16,
			updatedAt: at(16)
		});
		expect(state.plan?.version).toBe(16);
	});

	it('sets, replaces and clears contribution notes', () => {
		const s = drafted();
		const tc: Actor = { userId: 'u-tc-binh', unitId: 'qb-so-tc' };
		const nv: Actor = { userId: 'u-nv-cuc', unitId: 'qb-so-nv' };
		s.add(
			'TaskContributionNoted',
			{ unitId: 'qb-so-tc', from: null, to: 'Bố trí kinh phí năm 2026' },
			{ taskId: 't-d', by: tc }
		); // 9
		s.add(
			'TaskContributionNoted',
			{ unitId: 'qb-so-nv', from: null, to: 'Rà soát biên chế' },
			{ taskId: 't-d', by: nv }
		); // 10
		expect(taskOf(s.project(), 't-d').contributions).toEqual({
			'qb-so-tc': 'Bố trí kinh phí năm 2026',
			'qb-so-nv': 'Rà soát biên chế'
		});
		s.add(
			'TaskContributionNoted',
			{ unitId: 'qb-so-tc', from: 'Bố trí kinh phí năm 2026', to: 'Đã bố trí' },
			{ taskId: 't-d', by: tc }
		); // 11
		s.add(
			'TaskContributionNoted',
			{ unitId: 'qb-so-nv', from: 'Rà soát biên chế', to: null },
			{ taskId: 't-d', by: nv }
		); // 12
		expect(taskOf(s.project(), 't-d').contributions).toEqual({ 'qb-so-tc': 'Đã bố trí' });
		s.add(
			'TaskContributionNoted',
			{ unitId: 'qb-so-tc', from: 'Đã bố trí', to: '' },
			{ taskId: 't-d', by: tc }
		); // 13
		const state = s.project();
		expect(taskOf(state, 't-d').contributions).toEqual({});
		expect(taskOf(state, 't-d').version).toBe(13);
	});

	it('deletes a task and closes up the positions; later events for it are ignored', () => {
		const s = drafted();
		s.add('TaskDeleted', { code: 'II.1.a' }, { taskId: 't-a' }); // 9
		s.add('TaskFieldChanged', { field: 'output', from: 'Báo cáo', to: 'Kế hoạch' }, { taskId: 't-a' }); // 10: ignored
		s.add('TaskAccepted', {}, { taskId: 't-a', by: khcn }); // 11: ignored
		const state = s.project();
		expect(order(state)).toEqual(['g-1/0/t-c', 'g-1/1/t-b', 'g-2/0/t-d']);
		expect(state.plan?.version).toBe(9);
		expect(state.plan?.updatedAt).toBe(at(9));
	});

	it('refuses to delete a group that still has tasks, and deletes it once empty', () => {
		const s = drafted();
		s.add('TaskGroupDeleted', { groupId: 'g-2', code: '2' }); // 9: refused
		let state = s.project();
		expect(state.groups.map((g) => g.id)).toEqual(['g-1', 'g-2']);
		expect(state.plan?.version).toBe(8);
		s.add('TaskMoved', { fromGroupId: 'g-2', fromIndex: 0, toGroupId: 'g-1', toIndex: 1 }, { taskId: 't-d' }); // 10
		s.add('TaskGroupDeleted', { groupId: 'g-2', code: '2' }); // 11
		state = s.project();
		expect(state.groups).toEqual([
			{ id: 'g-1', planId: PLAN_ID, code: '1', title: 'Nâng cao nhận thức', position: 0 }
		]);
		expect(order(state)).toEqual(['g-1/0/t-c', 'g-1/1/t-d', 'g-1/2/t-a', 'g-1/3/t-b']);
		expect(state.plan?.version).toBe(11);
		s.add('TaskGroupDeleted', { groupId: 'g-2', code: '2' }); // 12: gone already
		expect(s.project().plan?.version).toBe(11);
	});

	it('deletes a group emptied by deleting its tasks; a group never used is deleted at once', () => {
		const s = drafted();
		s.add('TaskGroupCreated', { groupId: 'g-3', code: '3', title: 'Dự phòng', index: 2 }); // 9
		s.add('TaskGroupDeleted', { groupId: 'g-3', code: '3' }); // 10
		s.add('TaskDeleted', { code: 'II.2.a' }, { taskId: 't-d' }); // 11
		s.add('TaskGroupDeleted', { groupId: 'g-2', code: '2' }); // 12
		const state = s.project();
		expect(state.groups.map((g) => g.id)).toEqual(['g-1']);
		expect(order(state)).toEqual(['g-1/0/t-c', 'g-1/1/t-a', 'g-1/2/t-b']);
		expect(state.plan?.version).toBe(12);
	});
});

describe('projectPlan: issue and workflow', () => {
	function issued(): Stream {
		const s = drafted();
		s.add('CoDrafterInvited', { unitId: 'qb-so-khcn' }); // 9
		s.add('PlanIssued', { revision: 1 }); // 10
		return s;
	}

	it('issues the plan at the time of the event', () => {
		const plan = issued().project().plan;
		expect(plan).toMatchObject({
			status: 'issued',
			revision: 1,
			issuedAt: at(10),
			coDrafterUnitIds: ['qb-so-khcn'],
			createdAt: at(1),
			updatedAt: at(10),
			version: 10
		});
	});

	it('runs a task through accept, progress, pause, resume, report and confirm', () => {
		const s = issued();
		const t = { taskId: 't-a', by: khcn };
		s.add('TaskAccepted', {}, t); // 11
		let a = taskOf(s.project(), 't-a');
		expect([a.status, a.progress, a.version, a.updatedAt]).toEqual(['accepted', 0, 11, at(11)]);

		s.add('TaskStarted', {}, t); // 12
		s.add('TaskProgressUpdated', { from: 0, to: 40, note: 'Đã tổ chức 2 hội nghị' }, t); // 13
		a = taskOf(s.project(), 't-a');
		expect([a.status, a.progress, a.version]).toEqual(['in_progress', 40, 13]);

		s.add(
			'TaskPaused',
			{ reason: 'Chờ kinh phí', previousStatus: 'in_progress' },
			{ taskId: 't-a', by: owner }
		); // 14
		a = taskOf(s.project(), 't-a');
		expect([a.status, a.pausedFrom, a.progress]).toEqual(['paused', 'in_progress', 40]);

		s.add('TaskResumed', { status: 'in_progress' }, { taskId: 't-a', by: owner }); // 15
		a = taskOf(s.project(), 't-a');
		expect([a.status, a.pausedFrom, a.progress]).toEqual(['in_progress', null, 40]);

		s.add('TaskResultReported', { summary: 'Đã quán triệt đến 100% chi bộ' }, t); // 16
		a = taskOf(s.project(), 't-a');
		expect([a.status, a.resultReport, a.completedOn]).toEqual([
			'reported',
			'Đã quán triệt đến 100% chi bộ',
			null
		]);

		s.add('TaskResultConfirmed', { comment: null, completedOn: '2026-01-05' }, { taskId: 't-a', by: owner }); // 17
		const state = s.project();
		expect(taskOf(state, 't-a')).toMatchObject({
			status: 'done',
			progress: 100,
			completedOn: '2026-01-05',
			pausedFrom: null,
			resultReport: 'Đã quán triệt đến 100% chi bộ',
			version: 17,
			updatedAt: at(17)
		});
		expect(state.plan?.version).toBe(17);
		expect(state.plan?.updatedAt).toBe(at(17));
		expect(taskOf(state, 't-b')).toMatchObject({ status: 'assigned', progress: 0, version: 6 });
	});

	it('returns a result for more work and takes a new report', () => {
		const s = issued();
		const t = { taskId: 't-d', by: { userId: 'u-tp', unitId: 'qb-so-tp' } };
		s.add('TaskAccepted', {}, t); // 11
		s.add('TaskResultReported', { summary: 'Đã rà soát 12 văn bản' }, t); // 12
		s.add('TaskResultReturned', { reason: 'Thiếu danh mục' }, { taskId: 't-d', by: owner }); // 13
		expect(taskOf(s.project(), 't-d')).toMatchObject({
			status: 'returned',
			resultReport: 'Đã rà soát 12 văn bản',
			version: 13
		});
		s.add('TaskResultReported', { summary: 'Đã rà soát 12 văn bản, kèm danh mục' }, t); // 14
		expect(taskOf(s.project(), 't-d')).toMatchObject({
			status: 'reported',
			resultReport: 'Đã rà soát 12 văn bản, kèm danh mục'
		});
	});

	it('resumes a task paused before it was accepted to assigned', () => {
		const s = issued();
		s.add('TaskPaused', { reason: 'Chờ ý kiến Tỉnh ủy', previousStatus: 'assigned' }, { taskId: 't-b' });
		s.add('TaskResumed', { status: 'assigned' }, { taskId: 't-b' });
		expect(taskOf(s.project(), 't-b')).toMatchObject({ status: 'assigned', pausedFrom: null, version: 12 });
	});

	it('keeps the document of the plan through later plan events', () => {
		const s = new Stream();
		s.add('PlanCreated', {
			title: TITLE,
			ownerUnitId: 'qb-ubnd-tinh',
			implementsDirectiveIds: [],
			documentId: 'doc-709-kh-ubnd'
		});
		s.add('CoDrafterInvited', { unitId: 'qb-so-khcn' });
		s.add('PlanIssued', { revision: 1 });
		expect(s.project().plan).toMatchObject({ documentId: 'doc-709-kh-ubnd', status: 'issued', version: 3 });
	});

	it('amends an issued plan', () => {
		const s = issued();
		s.add('PlanAmendmentStarted', { reason: 'Bổ sung nhiệm vụ chuyển đổi số' }); // 11
		expect(s.project().plan).toMatchObject({
			status: 'amending',
			revision: 1,
			issuedAt: at(10),
			version: 11
		});
		s.add('PlanAmendmentIssued', { revision: 2 }); // 12
		expect(s.project().plan).toMatchObject({ status: 'issued', revision: 2, issuedAt: at(12), version: 12 });
	});
});

describe('projectPlan: what changes nothing', () => {
	it('lets PermissionDenied change nothing, not even the plan version', () => {
		const s = drafted();
		const before = s.project();
		s.add(
			'PermissionDenied',
			{ action: 'edit', field: 'deadline', reason: 'not_lead' },
			{
				taskId: 't-a',
				by: { userId: 'u-tc-binh', unitId: 'qb-so-tc' }
			}
		);
		s.add('PermissionDenied', { action: 'edit', field: null, reason: 'not_lead' });
		expect(s.project()).toEqual(before);
		expect(s.project().plan?.version).toBe(8);
	});

	it('ignores events before PlanCreated', () => {
		const s = new Stream();
		s.add('TaskGroupCreated', { groupId: 'g-0', code: '0', title: 'Trước khi tạo', index: 0 }); // 1
		s.add('TaskCreated', task(null, 0, 'I', 'Trước khi tạo'), { taskId: 't-0' }); // 2
		s.add('PlanSectionEdited', { section: 'purpose', from: '', to: 'Trước khi tạo' }); // 3
		s.add('PlanIssued', { revision: 1 }); // 4
		expect(s.project()).toEqual({ plan: null, groups: [], tasks: [] });
		s.add('PlanCreated', { title: TITLE, ownerUnitId: 'qb-ubnd-tinh', implementsDirectiveIds: [] }); // 5
		const state = s.project();
		expect(state.groups).toEqual([]);
		expect(state.tasks).toEqual([]);
		expect(state.plan).toMatchObject({
			status: 'draft',
			purpose: '',
			createdAt: at(5),
			updatedAt: at(5),
			version: 5
		});
	});

	it('ignores events for unknown tasks and task events without a task', () => {
		const s = drafted();
		s.add('TaskFieldChanged', { field: 'output', from: null, to: 'Đề án' }, { taskId: 't-khong-co' });
		s.add(
			'TaskMoved',
			{ fromGroupId: 'g-1', fromIndex: 0, toGroupId: 'g-2', toIndex: 0 },
			{ taskId: 't-khong-co' }
		);
		s.add('TaskDeleted', { code: 'II.9' }, { taskId: 't-khong-co' });
		s.add('TaskTextEdited', { field: 'content', from: '', to: 'x' }, { taskId: null });
		s.add('TaskContributionNoted', { unitId: 'qb-so-tc', from: null, to: 'x' }, { taskId: 't-khong-co' });
		s.add('TaskGroupChanged', { groupId: 'g-khong-co', field: 'title', from: '', to: 'x' });
		s.add('TaskGroupDeleted', { groupId: 'g-khong-co', code: '9' });
		expect(s.project()).toEqual(drafted().project());
	});

	it('ignores a second PlanCreated', () => {
		const s = drafted();
		s.add('PlanCreated', { title: 'Kế hoạch khác', ownerUnitId: 'qb-so-tc', implementsDirectiveIds: [] });
		const plan = s.project().plan;
		expect(plan).toMatchObject({
			title: TITLE,
			ownerUnitId: 'qb-ubnd-tinh',
			implementsDirectiveIds: ['nq-57-tw']
		});
		expect(plan?.version).toBe(8);
		expect(plan?.updatedAt).toBe(at(8));
	});
});

describe('PlanProjection', () => {
	it('folds incrementally to the same state as projectPlan', () => {
		const s = drafted();
		const projection = new PlanProjection();
		for (const event of s.events) projection.apply(event);
		expect(projection.state()).toEqual(s.project());
		expect(projection.plan?.version).toBe(8);
	});

	it('tells the current code of a task', () => {
		const s = drafted();
		s.add('TaskFieldChanged', { field: 'code', from: 'II.1.a', to: 'II.1.b' }, { taskId: 't-a' });
		s.add('TaskDeleted', { code: 'II.1.b' }, { taskId: 't-b' });
		const projection = new PlanProjection();
		for (const event of s.events) projection.apply(event);
		expect(projection.taskCode('t-a')).toBe('II.1.b');
		expect(projection.taskCode('t-d')).toBe('II.2.a');
		expect(projection.taskCode('t-b')).toBeNull();
		expect(projection.taskCode('t-khong-co')).toBeNull();
	});

	it('hands out copies the caller may change', () => {
		const projection = new PlanProjection();
		for (const event of drafted().events) projection.apply(event);
		const first = projection.state();
		taskOf(first, 't-d').coordinatorUnitIds.push('qb-so-yt');
		taskOf(first, 't-d').contributions['qb-so-yt'] = 'x';
		first.plan!.title = 'Đã sửa';
		first.groups[0]!.title = 'Đã sửa';
		const second = projection.state();
		expect(taskOf(second, 't-d').coordinatorUnitIds).toEqual(['qb-so-khcn', 'qb-so-nv']);
		expect(taskOf(second, 't-d').contributions).toEqual({});
		expect(second.plan?.title).toBe(TITLE);
		expect(second.groups[0]?.title).toBe('Nâng cao nhận thức');
	});

	it('does not share the created task lists with the event data', () => {
		const s = drafted();
		const projection = new PlanProjection();
		for (const event of s.events) projection.apply(event);
		(s.events[7]!.data as DataOf<'TaskCreated'>).coordinatorUnitIds.push('qb-so-yt');
		expect(taskOf(projection.state(), 't-d').coordinatorUnitIds).toEqual(['qb-so-khcn', 'qb-so-nv']);
	});
});
