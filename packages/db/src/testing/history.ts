import { parseDeadline, type EventInput } from '@trienkhai/domain';
import { Random } from './random.ts';

/** What a generated history may refer to: units and directives that exist in the database. */
export interface HistoryOptions {
	seed: number;
	plans: number;
	/** Stop after about this many events (the last batch may overshoot by less than `maxBatch`). */
	events: number;
	unitIds: readonly string[];
	directiveIds?: readonly string[];
	/** Largest batch; batches are 1..maxBatch events. */
	maxBatch?: number;
	planPrefix?: string;
}

/** One append: a plan and its events. */
export interface HistoryBatch {
	planId: string;
	events: EventInput[];
}

const WORDS = [
	'tuyên truyền',
	'chuyển đổi số',
	'khoa học',
	'công nghệ',
	'đổi mới sáng tạo',
	'nghị quyết',
	'kết luận',
	'triển khai',
	'cán bộ',
	'đảng viên',
	'hạ tầng',
	'dữ liệu',
	'đánh giá',
	'sơ kết',
	'Quảng Bình',
	'Sở Tài chính',
	'Ủy ban',
	'đầu tư'
];
const DEADLINES = [
	'Quý II/2025',
	'Thường xuyên',
	'Hằng năm',
	'Tháng 10/2025',
	'chậm nhất ngày 27/02/2025',
	'Năm 2026',
	'30/6/2025',
	'6 tháng đầu năm 2025',
	'Giai đoạn 2025 - 2030'
];
const OUTPUTS = ['Đề án', 'Báo cáo', 'Kế hoạch', 'Quyết định', 'Hội nghị', null];
const STATUSES = ['assigned', 'accepted', 'in_progress', 'reported', 'returned'] as const;

interface PlanModel {
	id: string;
	owner: string;
	groups: string[];
	tasks: string[];
	nextGroup: number;
	nextTask: number;
}

/**
 * A seeded random history of plan events in append batches: plans created, written, restructured, issued
 * and worked, with the odd event about a task that does not exist, duplicate coordinators, out-of-range
 * indexes and refused edits, so projections meet what the log can hold, not just the happy path.
 */
export function* generateHistory(options: HistoryOptions): Generator<HistoryBatch> {
	const random = new Random(options.seed);
	const maxBatch = options.maxBatch ?? 20;
	const prefix = options.planPrefix ?? 'gen';
	let clock = Date.parse('2025-01-02T01:00:00.000Z');
	const models: PlanModel[] = [];
	let produced = 0;

	const text = (min: number, max: number) =>
		Array.from({ length: random.int(min, max) }, () => random.pick(WORDS)).join(' ');
	const unit = () => random.pick(options.unitIds);
	const units = () => Array.from({ length: random.int(0, 3) }, unit);
	const event = (
		plan: PlanModel,
		taskId: string | null,
		type: EventInput['type'],
		data: unknown
	): EventInput => {
		clock += random.int(1, 90) * 60_000;
		const actorUnit = random.chance(0.6) ? plan.owner : unit();
		return {
			taskId,
			type,
			data,
			userId: `u-${actorUnit}`,
			unitId: actorUnit,
			occurredAt: new Date(clock).toISOString()
		};
	};
	const someTask = (plan: PlanModel) =>
		plan.tasks.length === 0 || random.chance(0.02)
			? `${plan.id}/missing-${random.int(1, 9)}`
			: random.pick(plan.tasks);

	const createPlan = (): HistoryBatch => {
		const id = `${prefix}-${models.length + 1}`;
		const plan: PlanModel = { id, owner: unit(), groups: [], tasks: [], nextGroup: 1, nextTask: 1 };
		models.push(plan);
		const implementsIds = options.directiveIds?.length ? [random.pick(options.directiveIds)] : [];
		return {
			planId: id,
			events: [
				event(plan, null, 'PlanCreated', {
					title: `Kế hoạch ${text(3, 8)}`,
					ownerUnitId: plan.owner,
					implementsDirectiveIds: implementsIds,
					documentId: null
				})
			]
		};
	};

	const step = (plan: PlanModel): EventInput => {
		const roll = random.int(0, 99);
		if (roll < 14 || plan.tasks.length === 0) {
			const groupId = plan.groups.length > 0 && random.chance(0.9) ? random.pick(plan.groups) : null;
			const id = `${plan.id}/t${plan.nextTask++}`;
			plan.tasks.push(id);
			const deadline = random.chance(0.7) ? parseDeadline(random.pick(DEADLINES)) : null;
			return event(plan, id, 'TaskCreated', {
				groupId,
				index: random.int(0, 12),
				code: `II.${random.int(1, 6)}.${plan.nextTask}`,
				content: text(4, 20),
				leadUnitId: random.chance(0.9) ? unit() : null,
				coordinatorUnitIds: units(),
				deadline,
				output: random.pick(OUTPUTS)
			});
		}
		if (roll < 18) {
			const groupId = `${plan.id}/g${plan.nextGroup++}`;
			plan.groups.push(groupId);
			return event(plan, null, 'TaskGroupCreated', {
				groupId,
				code: String(plan.nextGroup),
				title: text(2, 6),
				index: random.int(0, 6)
			});
		}
		if (roll < 20 && plan.groups.length > 0) {
			const groupId = random.pick(plan.groups);
			return random.chance(0.5)
				? event(plan, null, 'TaskGroupMoved', { groupId, from: 0, to: random.int(0, 5) })
				: event(plan, null, 'TaskGroupChanged', {
						groupId,
						field: random.pick(['code', 'title'] as const),
						from: '',
						to: text(1, 4)
					});
		}
		if (roll < 21 && plan.groups.length > 0) {
			const groupId = random.pick(plan.groups);
			return event(plan, null, 'TaskGroupDeleted', { groupId, code: '?' });
		}
		const taskId = someTask(plan);
		if (roll < 24) {
			plan.tasks = plan.tasks.filter((t) => t !== taskId);
			return event(plan, taskId, 'TaskDeleted', { code: `II.x.${random.int(1, 50)}` });
		}
		if (roll < 30) {
			const toGroupId = plan.groups.length > 0 && random.chance(0.9) ? random.pick(plan.groups) : null;
			return event(plan, taskId, 'TaskMoved', {
				fromGroupId: null,
				fromIndex: 0,
				toGroupId,
				toIndex: random.int(0, 10)
			});
		}
		if (roll < 45) {
			const field = random.pick([
				'code',
				'leadUnitId',
				'coordinatorUnitIds',
				'deadline',
				'output',
				'difficulties',
				'extensionRequest'
			] as const);
			const to =
				field === 'code'
					? `II.${random.int(1, 9)}.${random.int(1, 30)}`
					: field === 'leadUnitId'
						? random.chance(0.9)
							? unit()
							: null
						: field === 'coordinatorUnitIds'
							? units()
							: field === 'deadline'
								? random.chance(0.8)
									? parseDeadline(random.pick(DEADLINES))
									: null
								: random.chance(0.8)
									? text(1, 6)
									: null;
			return event(plan, taskId, 'TaskFieldChanged', { field, from: null, to });
		}
		if (roll < 55)
			return event(plan, taskId, 'TaskTextEdited', { field: 'content', from: '', to: text(3, 25) });
		if (roll < 58) {
			return event(plan, taskId, 'TaskContributionNoted', {
				unitId: unit(),
				from: null,
				to: random.chance(0.8) ? text(2, 8) : null
			});
		}
		if (roll < 61) {
			return event(plan, null, 'PlanSectionEdited', {
				section: random.pick(['title', 'purpose', 'organisation'] as const),
				from: '',
				to: text(5, 30)
			});
		}
		if (roll < 63) {
			return event(plan, random.chance(0.5) ? taskId : null, 'PermissionDenied', {
				action: 'editTaskField',
				field: 'content',
				reason: 'not_on_task'
			});
		}
		if (roll < 65) {
			const kind = random.int(0, 3);
			if (kind === 0) return event(plan, null, 'CoDrafterInvited', { unitId: unit() });
			if (kind === 1) return event(plan, null, 'PlanIssued', { revision: random.int(1, 3) });
			if (kind === 2) return event(plan, null, 'PlanAmendmentStarted', { reason: text(2, 6) });
			return event(plan, null, 'PlanAmendmentIssued', { revision: random.int(2, 4) });
		}
		const kind = random.int(0, 7);
		switch (kind) {
			case 0:
				return event(plan, taskId, 'TaskAccepted', {});
			case 1:
				return event(plan, taskId, 'TaskStarted', {});
			case 2:
				return event(plan, taskId, 'TaskProgressUpdated', {
					from: 0,
					to: random.int(0, 100),
					note: random.chance(0.3) ? text(2, 6) : null
				});
			case 3:
				return event(plan, taskId, 'TaskResultReported', { summary: text(3, 12) });
			case 4:
				return event(plan, taskId, 'TaskResultConfirmed', {
					comment: null,
					completedOn: `202${random.int(5, 6)}-0${random.int(1, 9)}-1${random.int(0, 9)}`
				});
			case 5:
				return event(plan, taskId, 'TaskResultReturned', { reason: text(2, 6) });
			case 6:
				return event(plan, taskId, 'TaskPaused', {
					reason: text(2, 5),
					previousStatus: random.pick(STATUSES)
				});
			default:
				return event(plan, taskId, 'TaskResumed', { status: random.pick(STATUSES) });
		}
	};

	while (produced < options.events) {
		if (models.length < options.plans) {
			const batch = createPlan();
			produced += batch.events.length;
			yield batch;
			continue;
		}
		const plan = random.pick(models);
		const size = Math.min(random.int(1, maxBatch), Math.max(1, options.events - produced));
		const events = Array.from({ length: size }, () => step(plan));
		produced += events.length;
		yield { planId: plan.id, events };
	}
}
