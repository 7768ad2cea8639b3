import { describe, it, expect } from 'vitest';
import type { ContentEvent } from '../plan/content.events.ts';
import { parseDeadline } from '../plan/deadline.ts';
import type { PlanEvent } from '../plan/plan.events.ts';
import type { TaskEvent } from '../plan/task.events.ts';
import { describeEvent, type DescribeContext } from './describe-event.ts';
import type { ChainedEventContent } from './event-record.ts';

type AnyEvent = PlanEvent | TaskEvent | ContentEvent;
type DataOf<T extends AnyEvent['type']> = Extract<AnyEvent, { type: T }>['data'];

const UNIT_NAMES: Record<string, string> = {
	'qb-so-khcn': 'Sở KH&CN',
	'qb-so-tc': 'Sở Tài chính',
	'qb-so-nv': 'Sở Nội vụ'
};
const named: DescribeContext = { taskCode: 'II.1.a', unitName: (id) => UNIT_NAMES[id] ?? id };

function stored<T extends AnyEvent['type']>(
	type: T,
	data: DataOf<T>,
	taskId: string | null = 't-a'
): ChainedEventContent {
	return {
		planId: 'plan-qb-709',
		seq: 3,
		taskId,
		type,
		data,
		userId: 'u-khcn-lan',
		unitId: 'qb-so-khcn',
		occurredAt: '2026-01-05T01:00:00.000Z',
		updateSeq: null
	};
}

describe('describeEvent: plan events', () => {
	it('describes creation, invitation, issue and amendment', () => {
		expect(
			describeEvent(
				stored(
					'PlanCreated',
					{
						title: 'Kế hoạch triển khai Nghị quyết số 57-NQ/TW',
						ownerUnitId: 'qb-ubnd-tinh',
						implementsDirectiveIds: []
					},
					null
				)
			)
		).toBe('Tạo dự thảo kế hoạch “Kế hoạch triển khai Nghị quyết số 57-NQ/TW”');
		expect(describeEvent(stored('CoDrafterInvited', { unitId: 'qb-so-khcn' }, null), named)).toBe(
			'Mời Sở KH&CN cùng soạn thảo'
		);
		expect(describeEvent(stored('CoDrafterInvited', { unitId: 'qb-so-khcn' }, null))).toBe(
			'Mời qb-so-khcn cùng soạn thảo'
		);
		expect(describeEvent(stored('PlanIssued', { revision: 1 }, null))).toBe(
			'Ban hành kế hoạch (đã ban hành)'
		);
		expect(
			describeEvent(stored('PlanAmendmentStarted', { reason: 'Bổ sung nhiệm vụ chuyển đổi số' }, null))
		).toBe('Bắt đầu sửa đổi, bổ sung kế hoạch: “Bổ sung nhiệm vụ chuyển đổi số”');
		expect(describeEvent(stored('PlanAmendmentIssued', { revision: 3 }, null))).toBe(
			'Ban hành kế hoạch sửa đổi, bổ sung lần 2'
		);
	});

	it('names the edited section', () => {
		const edit = (section: 'title' | 'purpose' | 'organisation') =>
			describeEvent(stored('PlanSectionEdited', { section, from: 'a', to: 'b' }, null));
		expect(edit('title')).toBe('Sửa tên kế hoạch');
		expect(edit('purpose')).toBe('Sửa mục I. Mục đích, yêu cầu');
		expect(edit('organisation')).toBe('Sửa mục III. Tổ chức thực hiện');
	});

	it('describes group and task structure', () => {
		expect(
			describeEvent(
				stored('TaskGroupCreated', { groupId: 'g-1', code: '1', title: 'Nâng cao nhận thức', index: 0 }, null)
			)
		).toBe('Thêm nhóm nhiệm vụ 1 “Nâng cao nhận thức”');
		expect(
			describeEvent(
				stored(
					'TaskGroupChanged',
					{ groupId: 'g-1', field: 'title', from: 'Nâng cao nhận thức', to: '' },
					null
				)
			)
		).toBe('Sửa nhóm nhiệm vụ: “Nâng cao nhận thức” → (trống)');
		expect(describeEvent(stored('TaskGroupMoved', { groupId: 'g-1', from: 0, to: 1 }, null))).toBe(
			'Chuyển vị trí nhóm nhiệm vụ'
		);
		expect(describeEvent(stored('TaskGroupDeleted', { groupId: 'g-1', code: '1' }, null))).toBe(
			'Xóa nhóm nhiệm vụ 1'
		);
		const created = stored('TaskCreated', {
			groupId: 'g-1',
			index: 0,
			code: 'II.1.a',
			content: 'Tổ chức hội nghị\n  quán triệt   Nghị quyết ',
			leadUnitId: 'qb-so-khcn',
			coordinatorUnitIds: [],
			deadline: null,
			output: null
		});
		expect(describeEvent(created)).toBe('Thêm nhiệm vụ II.1.a: “Tổ chức hội nghị quán triệt Nghị quyết”');
		expect(describeEvent(stored('TaskDeleted', { code: 'II.1.a' }))).toBe('Xóa nhiệm vụ II.1.a');
		expect(
			describeEvent(
				stored('TaskMoved', { fromGroupId: 'g-1', fromIndex: 0, toGroupId: 'g-2', toIndex: 0 }),
				named
			)
		).toBe('Nhiệm vụ II.1.a: chuyển vị trí');
		expect(describeEvent(stored('TaskTextEdited', { field: 'content', from: 'a', to: 'b' }), named)).toBe(
			'Nhiệm vụ II.1.a: sửa nội dung'
		);
	});
});

describe('describeEvent: task fields', () => {
	it('names lead units through the resolver', () => {
		const event = stored('TaskFieldChanged', { field: 'leadUnitId', from: 'qb-so-tc', to: 'qb-so-khcn' });
		expect(describeEvent(event, named)).toBe('Nhiệm vụ II.1.a: cơ quan chủ trì Sở Tài chính → Sở KH&CN');
		expect(describeEvent(event)).toBe('Nhiệm vụ t-a: cơ quan chủ trì qb-so-tc → qb-so-khcn');
		expect(
			describeEvent(stored('TaskFieldChanged', { field: 'leadUnitId', from: null, to: 'qb-so-yt' }), named)
		).toBe('Nhiệm vụ II.1.a: cơ quan chủ trì (trống) → qb-so-yt');
	});

	it('lists coordinating units', () => {
		const event = stored('TaskFieldChanged', {
			field: 'coordinatorUnitIds',
			from: [],
			to: ['qb-so-tc', 'qb-so-nv']
		});
		expect(describeEvent(event, named)).toBe(
			'Nhiệm vụ II.1.a: cơ quan phối hợp (trống) → Sở Tài chính, Sở Nội vụ'
		);
	});

	it('shows a deadline by its wording', () => {
		const event = stored('TaskFieldChanged', {
			field: 'deadline',
			from: parseDeadline('Quý II/2026'),
			to: parseDeadline('chậm nhất ngày 30/6/2026')
		});
		expect(describeEvent(event, named)).toBe(
			'Nhiệm vụ II.1.a: thời hạn “Quý II/2026” → “chậm nhất ngày 30/6/2026”'
		);
		const cleared = stored('TaskFieldChanged', {
			field: 'deadline',
			from: parseDeadline('Thường xuyên'),
			to: null
		});
		expect(describeEvent(cleared, named)).toBe('Nhiệm vụ II.1.a: thời hạn “Thường xuyên” → (trống)');
	});

	it('quotes text fields', () => {
		expect(
			describeEvent(stored('TaskFieldChanged', { field: 'output', from: null, to: 'Báo cáo' }), named)
		).toBe('Nhiệm vụ II.1.a: sản phẩm (trống) → “Báo cáo”');
		expect(
			describeEvent(stored('TaskFieldChanged', { field: 'code', from: 'II.1.a', to: 'II.1.b' }), named)
		).toBe('Nhiệm vụ II.1.a: số thứ tự “II.1.a” → “II.1.b”');
		expect(
			describeEvent(
				stored('TaskFieldChanged', { field: 'difficulties', from: '', to: 'Thiếu kinh phí' }),
				named
			)
		).toBe('Nhiệm vụ II.1.a: khó khăn, vướng mắc (trống) → “Thiếu kinh phí”');
		expect(
			describeEvent(
				stored('TaskFieldChanged', { field: 'extensionRequest', from: null, to: 'Đến Quý III/2026' }),
				named
			)
		).toBe('Nhiệm vụ II.1.a: đề nghị gia hạn (trống) → “Đến Quý III/2026”');
	});

	it('names the contributing unit', () => {
		const event = stored('TaskContributionNoted', { unitId: 'qb-so-tc', from: null, to: 'Bố trí kinh phí' });
		expect(describeEvent(event, named)).toBe('Nhiệm vụ II.1.a: Sở Tài chính cập nhật ý kiến phối hợp');
		expect(describeEvent(event)).toBe('Nhiệm vụ t-a: qb-so-tc cập nhật ý kiến phối hợp');
	});
});

describe('describeEvent: workflow', () => {
	it('describes each step', () => {
		const say = <T extends AnyEvent['type']>(type: T, data: DataOf<T>) =>
			describeEvent(stored(type, data), named);
		expect(say('TaskAccepted', {})).toBe('Nhiệm vụ II.1.a: đã tiếp nhận');
		expect(say('TaskStarted', {})).toBe('Nhiệm vụ II.1.a: bắt đầu thực hiện');
		expect(say('TaskProgressUpdated', { from: 0, to: 40, note: null })).toBe(
			'Nhiệm vụ II.1.a: tiến độ 0% → 40%'
		);
		expect(say('TaskResultReported', { summary: 'Đã quán triệt đến 100% chi bộ' })).toBe(
			'Nhiệm vụ II.1.a: báo cáo kết quả “Đã quán triệt đến 100% chi bộ”'
		);
		expect(say('TaskResultConfirmed', { comment: 'Tốt', completedOn: '2026-01-05' })).toBe(
			'Nhiệm vụ II.1.a: xác nhận hoàn thành'
		);
		expect(say('TaskResultReturned', { reason: 'Thiếu số liệu' })).toBe(
			'Nhiệm vụ II.1.a: trả lại kết quả, lý do “Thiếu số liệu”'
		);
		expect(say('TaskPaused', { reason: 'Chờ kinh phí', previousStatus: 'in_progress' })).toBe(
			'Nhiệm vụ II.1.a: tạm dừng, lý do “Chờ kinh phí”'
		);
		expect(say('TaskResumed', { status: 'in_progress' })).toBe(
			'Nhiệm vụ II.1.a: tiếp tục thực hiện (đang thực hiện)'
		);
		expect(say('TaskResumed', { status: 'accepted' })).toBe(
			'Nhiệm vụ II.1.a: tiếp tục thực hiện (đã tiếp nhận)'
		);
	});

	it('cuts long quotes at 80 characters with an ellipsis', () => {
		const summary = `Đã hoàn thành ${'rà soát '.repeat(20)}xong`;
		const text = describeEvent(stored('TaskResultReported', { summary }), named);
		const quoted = /“(.*)”$/.exec(text)?.[1];
		expect(quoted).toBe(`${summary.slice(0, 79)}…`);
		expect(quoted).toHaveLength(80);
		expect(text).toBe(`Nhiệm vụ II.1.a: báo cáo kết quả “${summary.slice(0, 79)}…”`);
	});

	it('keeps a quote of exactly 80 characters whole', () => {
		const reason = 'x'.repeat(80);
		expect(describeEvent(stored('TaskResultReturned', { reason }), named)).toBe(
			`Nhiệm vụ II.1.a: trả lại kết quả, lý do “${reason}”`
		);
		expect(describeEvent(stored('TaskResultReturned', { reason: `${reason}y` }), named)).toBe(
			`Nhiệm vụ II.1.a: trả lại kết quả, lý do “${'x'.repeat(79)}…”`
		);
	});

	it('falls back to the task id, then to no name', () => {
		expect(describeEvent(stored('TaskAccepted', {}, 't-a'))).toBe('Nhiệm vụ t-a: đã tiếp nhận');
		expect(describeEvent(stored('TaskAccepted', {}, 't-a'), { taskCode: null })).toBe(
			'Nhiệm vụ t-a: đã tiếp nhận'
		);
		expect(describeEvent(stored('TaskAccepted', {}, null))).toBe('Nhiệm vụ: đã tiếp nhận');
	});
});

describe('describeEvent: the rest', () => {
	it('describes a refused edit by its reason', () => {
		const event = stored('PermissionDenied', { action: 'editTask', field: 'deadline', reason: 'not_lead' });
		expect(describeEvent(event, named)).toBe(
			'Nhiệm vụ II.1.a: từ chối thay đổi không có quyền (không phải đơn vị chủ trì nhiệm vụ)'
		);
		const onPlan = stored(
			'PermissionDenied',
			{ action: 'editPlanContent', field: null, reason: 'plan_frozen' },
			null
		);
		expect(describeEvent(onPlan)).toBe('Từ chối thay đổi không có quyền (kế hoạch đã ban hành)');
	});

	it('falls back to the type name of an unknown event', () => {
		const event = { ...stored('TaskAccepted', {}), type: 'TaskArchived' } as unknown as ChainedEventContent;
		expect(describeEvent(event, named)).toBe('TaskArchived');
	});
});
