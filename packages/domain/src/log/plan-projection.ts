import type { Deadline } from '../plan/deadline.ts';
import type { ChangeableTaskField, ContentEvent } from '../plan/content.events.ts';
import { evolvePlan } from '../plan/plan.decide.ts';
import type { PlanEvent } from '../plan/plan.events.ts';
import type { Plan, PlanStatus } from '../plan/plan.ts';
import { evolveTask } from '../plan/task.decide.ts';
import type { TaskEvent } from '../plan/task.events.ts';
import type { ResumableTaskStatus, Task, TaskStatus } from '../plan/task.ts';
import type { IsoDate } from '../time/dates.ts';
import type { UnitsMerged } from '../unit/unit-merge.events.ts';
import { planUnitsAfterMerge } from '../unit/unit-merge.ts';
import type { ChainedEventContent } from './event-record.ts';

/** A plan as its stream says it is now. */
export interface PlanView {
	id: string;
	title: string;
	ownerUnitId: string;
	status: PlanStatus;
	revision: number;
	issuedAt: string | null;
	coDrafterUnitIds: string[];
	implementsDirectiveIds: string[];
	/** The registry entry of the plan's own document, if any. */
	documentId: string | null;
	purpose: string;
	organisation: string;
	createdAt: string;
	updatedAt: string;
	/** seq of the last event that changed the plan or one of its parts. */
	version: number;
}

/** A task group (heading of section II) with its place among the groups. */
export interface TaskGroupView {
	id: string;
	planId: string;
	code: string;
	title: string;
	position: number;
}

/** A task with everything the read model keeps of it. */
export interface TaskView {
	id: string;
	planId: string;
	groupId: string | null;
	/** Place within its group. */
	position: number;
	code: string;
	content: string;
	leadUnitId: string | null;
	coordinatorUnitIds: string[];
	deadline: Deadline | null;
	output: string | null;
	status: TaskStatus;
	progress: number;
	completedOn: IsoDate | null;
	pausedFrom: ResumableTaskStatus | null;
	resultReport: string | null;
	difficulties: string | null;
	extensionRequest: string | null;
	/** Contribution notes of coordinating units, by unit id. */
	contributions: Record<string, string>;
	/** seq of the last event that changed the task. */
	version: number;
	updatedAt: string;
}

/** The whole read state of one plan. */
export interface PlanProjectionState {
	plan: PlanView | null;
	groups: TaskGroupView[];
	tasks: TaskView[];
}

/** A stored record typed by its event: `type` and `data` narrow together (switch on `type`). */
export type Stored<E extends { type: string; data: unknown }> = E extends unknown
	? Omit<ChainedEventContent, 'type' | 'data'> & { type: E['type']; data: E['data'] }
	: never;
/** Any stored plan stream event, typed. */
export type StoredEvent = Stored<PlanEvent> | Stored<TaskEvent> | Stored<ContentEvent>;

const CHANGEABLE: ReadonlySet<string> = new Set<ChangeableTaskField>([
	'code',
	'leadUnitId',
	'coordinatorUnitIds',
	'deadline',
	'output',
	'difficulties',
	'extensionRequest'
]);

function clamp(index: number, length: number): number {
	return Math.max(0, Math.min(Number.isInteger(index) ? index : length, length));
}

/**
 * Folds a plan's events into its read state: shows a plan as it was at a past point, and is the oracle the
 * database's registered projections are tested against. Events that name a task or group the plan does
 * not have (or put a task in such a group) are ignored, as the projections ignore them.
 */
export class PlanProjection {
	plan: PlanView | null = null;
	private plainPlan: Plan | null = null;
	private readonly groups = new Map<string, Omit<TaskGroupView, 'position'>>();
	private readonly groupOrder: string[] = [];
	private readonly tasks = new Map<string, Omit<TaskView, 'position'>>();
	private readonly taskOrder = new Map<string | null, string[]>();

	/** Applies one stored event of this plan's stream (in seq order). */
	apply(record: ChainedEventContent): void {
		const event = record as StoredEvent;
		if (event.type === 'PermissionDenied') return;
		if (this.plan === null && event.type !== 'PlanCreated') return;
		const touch =
			record.type === 'UnitsMerged'
				? this.applyMerge(record.data as Record<string, unknown>)
				: this.applyEvent(event);
		if (!touch || this.plan === null) return;
		this.plan.version = record.seq;
		this.plan.updatedAt = record.occurredAt;
	}

	/** A merge that passed the plan (owner or co-drafters) to the successor; its tasks move by their own events. */
	private applyMerge(data: Record<string, unknown>): boolean {
		const merged = data as Partial<UnitsMerged['data']>;
		if (!this.plan || !this.plainPlan || (!merged.ownerMoved && !merged.coDraftersMoved)) return false;
		const next = planUnitsAfterMerge(this.plan, {
			dissolvedUnitIds: (merged.dissolved ?? []).map((u) => u.unitId),
			successorUnitId: merged.successor?.unitId ?? this.plan.ownerUnitId
		});
		this.plan.ownerUnitId = next.ownerUnitId;
		this.plan.coDrafterUnitIds = next.coDrafterUnitIds;
		this.plainPlan = {
			...this.plainPlan,
			ownerUnitId: next.ownerUnitId,
			coDrafterUnitIds: next.coDrafterUnitIds
		};
		return true;
	}

	/** The current code of a task, or null when the plan has no such task. */
	taskCode(taskId: string): string | null {
		return this.tasks.get(taskId)?.code ?? null;
	}

	/** The read state with positions filled in, groups and tasks in plan order. */
	state(): PlanProjectionState {
		const groups = this.groupOrder.map((id, position) => ({ ...this.groups.get(id)!, position }));
		const tasks: TaskView[] = [];
		const keys = [
			...this.groupOrder,
			null,
			...[...this.taskOrder.keys()].filter((k) => k !== null && !this.groups.has(k))
		];
		for (const key of keys) {
			this.taskOrder.get(key)?.forEach((id, position) => {
				const task = this.tasks.get(id)!;
				tasks.push({
					...task,
					coordinatorUnitIds: [...task.coordinatorUnitIds],
					contributions: { ...task.contributions },
					position
				});
			});
		}
		return { plan: this.plan ? { ...this.plan } : null, groups, tasks };
	}

	/** Whether tasks can go in this group: no group (null), or a group the plan has. */
	private isGroup(groupId: string | null): boolean {
		return groupId === null || this.groups.has(groupId);
	}

	private order(groupId: string | null): string[] {
		let ids = this.taskOrder.get(groupId);
		if (!ids) {
			ids = [];
			this.taskOrder.set(groupId, ids);
		}
		return ids;
	}

	/** Returns whether the event changed anything. */
	private applyEvent(event: StoredEvent): boolean {
		const actor = { userId: event.userId ?? '', unitId: event.unitId ?? '' };
		const at = event.occurredAt;
		switch (event.type) {
			case 'PlanCreated':
			case 'CoDrafterInvited':
			case 'PlanIssued':
			case 'PlanAmendmentStarted':
			case 'PlanAmendmentIssued': {
				if (event.type === 'PlanCreated' && this.plan !== null) return false;
				const planEvent = { ...event, planId: event.planId, actor, at } as PlanEvent;
				this.plainPlan = evolvePlan(this.plainPlan, planEvent);
				const p = this.plainPlan;
				this.plan = {
					id: p.id,
					title: p.title,
					ownerUnitId: p.ownerUnitId,
					status: p.status,
					revision: p.revision,
					issuedAt: p.issuedAt,
					coDrafterUnitIds: [...p.coDrafterUnitIds],
					implementsDirectiveIds: [...p.implementsDirectiveIds],
					documentId:
						this.plan?.documentId ?? (event.type === 'PlanCreated' ? (event.data.documentId ?? null) : null),
					purpose: this.plan?.purpose ?? '',
					organisation: this.plan?.organisation ?? '',
					createdAt: this.plan?.createdAt ?? at,
					updatedAt: at,
					version: event.seq
				};
				return true;
			}
			case 'PlanSectionEdited': {
				const plan = this.plan!;
				plan[event.data.section] = event.data.to;
				if (event.data.section === 'title' && this.plainPlan) this.plainPlan.title = event.data.to;
				return true;
			}
			case 'TaskGroupCreated': {
				const { groupId, code, title, index } = event.data;
				if (this.groups.has(groupId)) return false;
				this.groups.set(groupId, { id: groupId, planId: event.planId, code, title });
				this.groupOrder.splice(clamp(index, this.groupOrder.length), 0, groupId);
				return true;
			}
			case 'TaskGroupChanged': {
				const group = this.groups.get(event.data.groupId);
				if (!group) return false;
				group[event.data.field] = event.data.to;
				return true;
			}
			case 'TaskGroupMoved': {
				const from = this.groupOrder.indexOf(event.data.groupId);
				if (from < 0) return false;
				this.groupOrder.splice(from, 1);
				this.groupOrder.splice(clamp(event.data.to, this.groupOrder.length), 0, event.data.groupId);
				return true;
			}
			case 'TaskGroupDeleted': {
				const from = this.groupOrder.indexOf(event.data.groupId);
				if (from < 0 || (this.taskOrder.get(event.data.groupId)?.length ?? 0) > 0) return false;
				this.groupOrder.splice(from, 1);
				this.groups.delete(event.data.groupId);
				this.taskOrder.delete(event.data.groupId);
				return true;
			}
			case 'TaskCreated': {
				const id = event.taskId;
				const d = event.data;
				if (id === null || this.tasks.has(id) || !this.isGroup(d.groupId)) return false;
				this.tasks.set(id, {
					id,
					planId: event.planId,
					groupId: d.groupId,
					code: d.code,
					content: d.content,
					leadUnitId: d.leadUnitId,
					coordinatorUnitIds: [...new Set(d.coordinatorUnitIds)],
					deadline: d.deadline,
					output: d.output,
					status: 'assigned',
					progress: 0,
					completedOn: null,
					pausedFrom: null,
					resultReport: null,
					difficulties: null,
					extensionRequest: null,
					contributions: {},
					version: event.seq,
					updatedAt: at
				});
				const ids = this.order(d.groupId);
				ids.splice(clamp(d.index, ids.length), 0, id);
				return true;
			}
			default:
				return this.applyTaskEvent(event, actor, at);
		}
	}

	private applyTaskEvent(
		event: Exclude<
			StoredEvent,
			Stored<PlanEvent> | { type: 'PlanSectionEdited' | 'TaskCreated' | `TaskGroup${string}` }
		>,
		actor: { userId: string; unitId: string },
		at: string
	): boolean {
		const task = event.taskId === null ? undefined : this.tasks.get(event.taskId);
		if (!task) return false;
		switch (event.type) {
			case 'TaskDeleted': {
				this.tasks.delete(task.id);
				const ids = this.order(task.groupId);
				ids.splice(ids.indexOf(task.id), 1);
				return true;
			}
			case 'TaskMoved': {
				if (!this.isGroup(event.data.toGroupId)) return false;
				const from = this.order(task.groupId);
				from.splice(from.indexOf(task.id), 1);
				task.groupId = event.data.toGroupId;
				const to = this.order(task.groupId);
				to.splice(clamp(event.data.toIndex, to.length), 0, task.id);
				break;
			}
			case 'TaskFieldChanged': {
				const { field, to } = event.data;
				// only the fields a TaskFieldChanged may carry; anything else in a stored event is ignored
				if (!CHANGEABLE.has(field)) return false;
				(task as Record<string, unknown>)[field] = Array.isArray(to) ? [...new Set(to)] : to;
				break;
			}
			case 'TaskTextEdited':
				task.content = event.data.to;
				break;
			case 'TaskContributionNoted':
				if (event.data.to === null || event.data.to === '') delete task.contributions[event.data.unitId];
				else task.contributions[event.data.unitId] = event.data.to;
				break;
			case 'TaskResultReported':
				task.resultReport = event.data.summary;
				Object.assign(task, workflow(task, event, actor, at));
				break;
			case 'PermissionDenied':
				return false;
			default:
				Object.assign(task, workflow(task, event, actor, at));
		}
		task.version = event.seq;
		task.updatedAt = at;
		return true;
	}
}

function workflow(
	task: Omit<TaskView, 'position'>,
	event: Stored<TaskEvent>,
	actor: { userId: string; unitId: string },
	at: string
): Partial<Task> {
	const asTask: Task = { ...task, pausedFrom: task.pausedFrom };
	const next = evolveTask(asTask, { ...event, taskId: task.id, actor, at });
	return {
		status: next.status,
		progress: next.progress,
		completedOn: next.completedOn,
		pausedFrom: next.pausedFrom ?? null
	};
}

/** Folds events (one plan's, in seq order) into the plan's read state. */
export function projectPlan(events: Iterable<ChainedEventContent>): PlanProjectionState {
	const projection = new PlanProjection();
	for (const event of events) projection.apply(event);
	return projection.state();
}
