// What the benchmark's writers append: a plan each, then progress, field and text changes of its tasks.
import { parseDeadline, type EventInput } from '@trienkhai/domain';
import { Random } from '../../src/testing/random.ts';
import type { BenchDatabase } from './databases.ts';

/** A writer's plan: its tasks and the state the next events are made from. */
export interface BenchPlan {
	planId: string;
	tasks: Array<{ id: string; leadUnitId: string; progress: number }>;
	random: Random;
}

const TASKS_PER_PLAN = 20;
const WORDS = [
	'triển khai',
	'báo cáo',
	'chuyển đổi số',
	'nghị quyết',
	'đánh giá',
	'hạ tầng',
	'dữ liệu',
	'sơ kết'
];

/** What the table's header says of the events. */
export const WORKLOAD_LINE =
	'Events: 80% TaskProgressUpdated, 10% TaskFieldChanged, 10% TaskTextEdited on 20 tasks per plan';

/** A few Vietnamese words. */
function text(random: Random, min: number, max: number): string {
	return Array.from({ length: random.int(min, max) }, () => random.pick(WORDS)).join(' ');
}

/** The events that create a plan with a task group and its tasks. */
function planEvents(bench: BenchDatabase, plan: BenchPlan, index: number, owner: string): EventInput[] {
	const { random, planId } = plan;
	const groupId = `${planId}/g1`;
	const base = { userId: `u-${owner}`, unitId: owner, occurredAt: new Date().toISOString() };
	const created: EventInput = {
		...base,
		taskId: null,
		type: 'PlanCreated',
		data: {
			title: `Kế hoạch đo hiệu năng ${index + 1}`,
			ownerUnitId: owner,
			implementsDirectiveIds: [random.pick(bench.directiveIds)],
			documentId: null
		}
	};
	const group: EventInput = {
		...base,
		taskId: null,
		type: 'TaskGroupCreated',
		data: { groupId, code: '1', title: 'Nhiệm vụ trọng tâm', index: 0 }
	};
	const tasks = plan.tasks.map((task, i): EventInput => ({
		...base,
		taskId: task.id,
		type: 'TaskCreated',
		data: {
			groupId,
			index: i,
			code: `II.1.${i + 1}`,
			content: `Nhiệm vụ ${i + 1}: ${text(random, 4, 12)}`,
			leadUnitId: task.leadUnitId,
			coordinatorUnitIds: [random.pick(bench.unitIds)],
			deadline: parseDeadline('Quý IV/2026'),
			output: 'Báo cáo'
		}
	}));
	return [created, group, ...tasks];
}

/** A plan for one writer: created with a task group and TASKS_PER_PLAN tasks led by demo units. */
export async function createPlan(bench: BenchDatabase, index: number): Promise<BenchPlan> {
	const random = new Random(1000 + index);
	const planId = `bench-plan-${index + 1}`;
	const owner = random.pick(bench.unitIds);
	const tasks = Array.from({ length: TASKS_PER_PLAN }, (_, i) => ({
		id: `${planId}/t${i + 1}`,
		leadUnitId: random.pick(bench.unitIds),
		progress: 0
	}));
	const plan = { planId, tasks, random };
	await bench.store.append({ planId, events: planEvents(bench, plan, index, owner) });
	return plan;
}

/** A field change: a few of them deadline or lead unit, which refresh the per-unit counts. */
function fieldChange(random: Random, leadUnitId: string, unitIds: readonly string[]) {
	const kind = random.int(0, 9);
	if (kind === 0) {
		return { field: 'deadline', from: null, to: parseDeadline(random.pick(['Quý III/2026', 'Năm 2027'])) };
	}
	if (kind === 1) return { field: 'leadUnitId', from: leadUnitId, to: random.pick(unitIds) };
	if (kind < 6) return { field: 'output', from: null, to: text(random, 1, 4) };
	return { field: 'difficulties', from: null, to: text(random, 3, 10) };
}

/**
 * The next event of a writer, as a lead unit would write it: 80% progress updates, 10% field changes and
 * 10% text edits.
 */
export function nextEvent(plan: BenchPlan, unitIds: readonly string[]): EventInput {
	const { random } = plan;
	const task = random.pick(plan.tasks);
	const actor = {
		userId: `u-${task.leadUnitId}`,
		unitId: task.leadUnitId,
		occurredAt: new Date().toISOString()
	};
	const roll = random.int(0, 99);
	if (roll < 80) {
		const from = task.progress;
		task.progress = from >= 100 ? 0 : Math.min(100, from + random.int(1, 10));
		return {
			...actor,
			taskId: task.id,
			type: 'TaskProgressUpdated',
			data: { from, to: task.progress, note: null }
		};
	}
	if (roll < 90) {
		const data = fieldChange(random, task.leadUnitId, unitIds);
		return { ...actor, taskId: task.id, type: 'TaskFieldChanged', data };
	}
	return {
		...actor,
		taskId: task.id,
		type: 'TaskTextEdited',
		data: { field: 'content', from: '', to: text(random, 5, 20) }
	};
}
