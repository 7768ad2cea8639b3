import type { EventStore } from '@trienkhai/db';
import {
	addTask,
	deleteTask,
	moveTask,
	parseDeadline,
	planSectionText,
	readPlanDocument,
	setTaskField,
	taskContentText,
	type EventInput,
	type PlanDocumentTask,
	type PlanStatus
} from '@trienkhai/domain';
import type * as Y from 'yjs';

/*
 * Seeded random plans, rights and client edits for the sync server's property test: who may do what is drawn
 * at random per run, and the clients then edit without regard to it, as a careless or hostile user would.
 */

/** A seeded pseudo-random source (mulberry32): the same seed gives the same sequence. */
export interface Random {
	int(n: number): number;
	pick<T>(items: readonly T[]): T;
	chance(p: number): boolean;
	/** Up to `max` distinct items, in random order. */
	some<T>(items: readonly T[], max: number): T[];
}

/** A seeded random source. */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	const next = (): number => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number): number => Math.floor(next() * n);
	const shuffle = <T>(items: readonly T[]): T[] => {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = int(i + 1);
			[copy[i], copy[j]] = [copy[j]!, copy[i]!];
		}
		return copy;
	};
	return {
		int,
		pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
		chance: (p: number) => next() < p,
		some: <T>(items: readonly T[], max: number): T[] => shuffle(items).slice(0, int(max + 1))
	};
}

/** Demo units of the province that own, co-draft, lead and coordinate plans. */
const PROVINCE_UNITS = [
	'qb-so-khcn',
	'qb-so-tttt',
	'qb-so-noi-vu',
	'qb-so-ngoai-vu',
	'qb-so-tai-chinh',
	'qb-mttq',
	'qb-so-nganh',
	'qb-ubnd-huyen'
];
const OWNERS = ['ubnd-quang-binh', 'tu-quang-binh'];
/** Demo units with nothing to do with a Quảng Bình plan. */
const OUTSIDERS = ['bct', 'vptw', 'chinh-phu', 'tu-long-an', 'tu-quang-ngai'];

/** A task of a random plan as created. */
export interface RandomTask {
	id: string;
	groupId: string;
	leadUnitId: string;
	coordinatorUnitIds: string[];
}

/** A plan with random rights, and the units whose users edit and watch it. */
export interface RandomPlan {
	planId: string;
	status: PlanStatus;
	ownerUnitId: string;
	coDrafterUnitIds: string[];
	groupIds: string[];
	tasks: RandomTask[];
	/** One user each (a unit may appear twice: two users of it): owner, co-drafter, lead, coordinator, viewers. */
	editorUnitIds: string[];
	/** A unit with no role on the plan whose user only watches. */
	observerUnitId: string;
}

/**
 * Draws a plan's rights: an owner, one or two co-drafters, four tasks in two groups with random leads and
 * coordinators among the province's units, and editors holding each role (owner, co-drafter, a lead, a
 * coordinator, a province unit with no role, an unrelated unit) plus one drawn from all of them.
 */
export function randomPlan(r: Random, planId: string, status: PlanStatus): RandomPlan {
	const ownerUnitId = r.pick(OWNERS);
	const coDrafterUnitIds = [r.pick(PROVINCE_UNITS)];
	if (r.chance(0.5)) coDrafterUnitIds.push(r.pick(PROVINCE_UNITS.filter((u) => u !== coDrafterUnitIds[0])));
	const groupIds = [`${planId}/g1`, `${planId}/g2`];
	const tasks = Array.from({ length: 4 }, (_, i): RandomTask => {
		const leadUnitId = r.pick(PROVINCE_UNITS);
		return {
			id: `${planId}/t${i + 1}`,
			groupId: groupIds[i % 2]!,
			leadUnitId,
			coordinatorUnitIds: r.some(
				PROVINCE_UNITS.filter((u) => u !== leadUnitId),
				2
			)
		};
	});
	const leads = tasks.map((t) => t.leadUnitId);
	const coordinators = tasks.flatMap((t) => t.coordinatorUnitIds);
	const roleless = PROVINCE_UNITS.filter(
		(u) => !coDrafterUnitIds.includes(u) && !leads.includes(u) && !coordinators.includes(u)
	);
	const outsiders = [...OUTSIDERS];
	const observerUnitId = outsiders.splice(r.int(outsiders.length), 1)[0]!;
	const editorUnitIds = [
		ownerUnitId,
		r.pick(coDrafterUnitIds),
		r.pick(leads),
		coordinators.length > 0 ? r.pick(coordinators) : r.pick(leads),
		roleless.length > 0 ? r.pick(roleless) : r.pick(outsiders),
		r.pick(outsiders)
	];
	editorUnitIds.push(r.pick([...OWNERS, ...PROVINCE_UNITS, ...outsiders]));
	return { planId, status, ownerUnitId, coDrafterUnitIds, groupIds, tasks, editorUnitIds, observerUnitId };
}

/** Writes a random plan to the log as the web app would: created, co-drafters invited, tasks, maybe issued. */
export async function createRandomPlan(store: EventStore, plan: RandomPlan): Promise<void> {
	const base = {
		userId: `u-${plan.ownerUnitId}`,
		unitId: plan.ownerUnitId,
		occurredAt: new Date().toISOString()
	};
	const events: EventInput[] = [
		{
			...base,
			taskId: null,
			type: 'PlanCreated',
			data: {
				title: 'Kế hoạch ngẫu nhiên',
				ownerUnitId: plan.ownerUnitId,
				implementsDirectiveIds: [],
				documentId: null
			}
		},
		...plan.coDrafterUnitIds.map((unitId): EventInput => ({
			...base,
			taskId: null,
			type: 'CoDrafterInvited',
			data: { unitId }
		})),
		...plan.groupIds.map((groupId, index): EventInput => ({
			...base,
			taskId: null,
			type: 'TaskGroupCreated',
			data: { groupId, code: String(index + 1), title: `Nhóm ${index + 1}`, index }
		})),
		...plan.tasks.map((task, i): EventInput => ({
			...base,
			taskId: task.id,
			type: 'TaskCreated',
			data: {
				groupId: task.groupId,
				index: Math.floor(i / 2),
				code: `${(i % 2) + 1}.${Math.floor(i / 2) + 1}`,
				content: `Nhiệm vụ ${i + 1}`,
				leadUnitId: task.leadUnitId,
				coordinatorUnitIds: task.coordinatorUnitIds,
				deadline: null,
				output: null
			}
		}))
	];
	if (plan.status === 'issued')
		events.push({ ...base, taskId: null, type: 'PlanIssued', data: { revision: 1 } });
	await store.append({ planId: plan.planId, events });
}

const DEADLINES = ['Quý II/2025', 'chậm nhất ngày 27/02/2026', 'Thường xuyên', 'Năm 2026'];
const OPERATIONS = [
	['typeContent', 18],
	['eraseContent', 8],
	['section', 8],
	['lead', 6],
	['coordinators', 6],
	['deadline', 5],
	['output', 5],
	['execution', 16],
	['create', 5],
	['delete', 3],
	['move', 5]
] as const;
type Operation = (typeof OPERATIONS)[number][0];

function pickOperation(r: Random): Operation {
	const total = OPERATIONS.reduce((sum, [, weight]) => sum + weight, 0);
	let at = r.int(total);
	for (const [operation, weight] of OPERATIONS) {
		if (at < weight) return operation;
		at -= weight;
	}
	return 'typeContent';
}

/** A task of the local document: half the time one the unit leads or coordinates, when there is one. */
function pickTask(r: Random, tasks: readonly PlanDocumentTask[], unitId: string): PlanDocumentTask | null {
	if (tasks.length === 0) return null;
	const own = tasks.filter((t) => t.leadUnitId === unitId || t.coordinatorUnitIds.includes(unitId));
	return own.length > 0 && r.chance(0.5) ? r.pick(own) : r.pick(tasks);
}

/**
 * One random edit of a client's document, whatever the unit's rights: typing or erasing in a task's content or
 * a plan section; setting a task's lead, coordinators, deadline, output or, as a lead does after issue, its
 * difficulties or extension request; creating, deleting and moving tasks. `marker` names the edit in what it
 * writes; a created task gets the id `newTaskId`. Returns what it did, for failure messages.
 */
export function randomClientEdit(
	r: Random,
	doc: Y.Doc,
	unitId: string,
	marker: string,
	newTaskId: string
): string {
	const plan = readPlanDocument(doc);
	const task = pickTask(r, plan.tasks, unitId);
	const units = [...OWNERS, ...PROVINCE_UNITS];
	const operation = task === null ? 'create' : pickOperation(r);
	const on = task === null ? '' : ` ${task.id}`;
	switch (operation) {
		case 'typeContent': {
			const text = taskContentText(doc, task!.id)!;
			text.insert(r.int(text.length + 1), `[${marker}]`);
			break;
		}
		case 'eraseContent': {
			const text = taskContentText(doc, task!.id)!;
			const at = r.int(text.length);
			text.delete(at, Math.min(1 + r.int(4), text.length - at));
			break;
		}
		case 'section': {
			const section = r.pick(['title', 'purpose', 'organisation'] as const);
			const text = planSectionText(doc, section);
			if (text.length > 0 && r.chance(0.4)) text.delete(r.int(text.length), 1);
			else text.insert(r.int(text.length + 1), `[${marker}]`);
			return `${operation} ${section}`;
		}
		case 'lead':
			setTaskField(doc, task!.id, 'leadUnitId', r.pick(units));
			break;
		case 'coordinators':
			setTaskField(doc, task!.id, 'coordinatorUnitIds', r.some(units, 3));
			break;
		case 'deadline':
			setTaskField(doc, task!.id, 'deadline', r.chance(0.2) ? null : parseDeadline(r.pick(DEADLINES)));
			break;
		case 'output':
			setTaskField(doc, task!.id, 'output', r.chance(0.2) ? null : `Báo cáo [${marker}]`);
			break;
		case 'execution':
			setTaskField(doc, task!.id, r.pick(['difficulties', 'extensionRequest'] as const), `[${marker}]`);
			break;
		case 'create': {
			const groupId = r.chance(0.8) && plan.groups.length > 0 ? r.pick(plan.groups).id : null;
			addTask(
				doc,
				{
					id: newTaskId,
					groupId,
					code: 'N',
					content: `Mới [${marker}]`,
					leadUnitId: r.pick(units),
					coordinatorUnitIds: r.some(units, 2)
				},
				r.int(4)
			);
			return `${operation} ${newTaskId}`;
		}
		case 'delete':
			deleteTask(doc, task!.id);
			break;
		case 'move': {
			const groupId = r.chance(0.8) && plan.groups.length > 0 ? r.pick(plan.groups).id : null;
			moveTask(doc, task!.id, groupId, r.int(4));
			break;
		}
	}
	return `${operation}${on}`;
}
