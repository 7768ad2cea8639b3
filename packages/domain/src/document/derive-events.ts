import type { Actor } from '../plan/actor.ts';
import type {
	ChangeableTaskField,
	ContentEvent,
	TaskCreated,
	TaskFieldChanged,
	TaskFieldValues
} from '../plan/content.events.ts';
import {
	PLAN_SECTIONS,
	UNGROUPED_KEY,
	taskOrderKey,
	tasksByGroup,
	type PlanDocumentSnapshot,
	type PlanDocumentTask
} from './plan-document.ts';

/** The plain task fields a TaskFieldChanged reports, in the order events are emitted. */
export const CHANGEABLE_TASK_FIELDS = [
	'code',
	'leadUnitId',
	'coordinatorUnitIds',
	'deadline',
	'output',
	'difficulties',
	'extensionRequest'
] as const satisfies readonly ChangeableTaskField[];

/** Fields TaskCreated does not carry: a created task with them set gets a TaskFieldChanged each. */
const FIELDS_AFTER_CREATE = ['difficulties', 'extensionRequest'] as const;

/** Deep equality of plain JSON values, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
	}
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
	return (
		keys.length === Object.keys(rb).filter((k) => rb[k] !== undefined).length &&
		keys.every((k) => sameJson(ra[k], rb[k]))
	);
}

/**
 * The ids of `target` that keep their place: a longest subsequence already in the order of `current`.
 * Everything else is moved, so reordering one item out of many yields one move event, not many.
 */
function stableIds(current: readonly string[], target: readonly string[]): Set<string> {
	const position = new Map(current.map((id, i) => [id, i]));
	const seq = target.filter((id) => position.has(id));
	// patience sorting: tails[k] = index into seq of the smallest tail of an increasing run of length k+1
	const tails: number[] = [];
	const previous: number[] = [];
	seq.forEach((id, i) => {
		const p = position.get(id)!;
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (position.get(seq[tails[mid]!]!)! < p) lo = mid + 1;
			else hi = mid;
		}
		previous[i] = lo > 0 ? tails[lo - 1]! : -1;
		tails[lo] = i;
	});
	const stable = new Set<string>();
	for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) stable.add(seq[i]!);
	return stable;
}

/**
 * Walks `target` left to right over the working list `current` (which may hold extra ids that are
 * removed later), calling `place` for each id that is new or out of place with the index it must be
 * inserted at once removed from where it is. Afterwards `current` without the extra ids equals `target`.
 */
function arrange(
	current: string[],
	target: readonly string[],
	place: (id: string, from: number, to: number) => void
): void {
	const stable = stableIds(current, target);
	let previous: string | null = null;
	for (const id of target) {
		if (!stable.has(id)) {
			const from = current.indexOf(id);
			if (from >= 0) current.splice(from, 1);
			const to = previous === null ? 0 : current.indexOf(previous) + 1;
			current.splice(to, 0, id);
			if (from !== to) place(id, from, to);
		}
		previous = id;
	}
}

class Deriver {
	readonly events: ContentEvent[] = [];
	private readonly actor: Actor;
	private readonly at: string;

	constructor(actor: Actor, at: string) {
		this.actor = actor;
		this.at = at;
	}

	emit(event: DistributiveOmit<ContentEvent, 'actor' | 'at'>): void {
		this.events.push({ ...event, actor: this.actor, at: this.at });
	}

	fieldChanged<F extends ChangeableTaskField>(
		taskId: string,
		field: F,
		from: TaskFieldValues[F],
		to: TaskFieldValues[F]
	): void {
		const data = { field, from: copy(from), to: copy(to) };
		const event = { type: 'TaskFieldChanged', taskId, actor: this.actor, at: this.at, data };
		this.events.push(event as TaskFieldChanged);
	}
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function copy<T>(value: T): T {
	return value === null || typeof value !== 'object' ? value : structuredClone(value);
}

const groupIdOf = (key: string): string | null => (key === UNGROUPED_KEY ? null : key);

/**
 * The content events that turn `before` into `after`, as the sync server logs for one accepted update:
 * plan texts, then groups created, moved and changed, then tasks deleted, then tasks created and moved
 * group by group (each at the index it takes in its group), then task field and text changes, then
 * groups deleted once their tasks have left. Applied in order by PlanProjection to `before` they give
 * `after`. Text events carry the whole old and new text; coalesce typing with coalesceTextEdits.
 */
export function deriveContentEvents(
	before: PlanDocumentSnapshot,
	after: PlanDocumentSnapshot,
	actor: Actor,
	at: string
): ContentEvent[] {
	const out = new Deriver(actor, at);

	for (const section of PLAN_SECTIONS) {
		if (before[section] !== after[section]) {
			const data = { section, from: before[section], to: after[section] };
			out.emit({ type: 'PlanSectionEdited', taskId: null, data });
		}
	}

	const groupsBefore = new Map(before.groups.map((g) => [g.id, g]));
	const groupsAfter = new Map(after.groups.map((g) => [g.id, g]));
	arrange(
		before.groups.map((g) => g.id),
		after.groups.map((g) => g.id),
		(groupId, from, to) => {
			const group = groupsAfter.get(groupId)!;
			if (from < 0) {
				const data = { groupId, code: group.code, title: group.title, index: to };
				out.emit({ type: 'TaskGroupCreated', taskId: null, data });
			} else {
				out.emit({ type: 'TaskGroupMoved', taskId: null, data: { groupId, from, to } });
			}
		}
	);
	for (const group of after.groups) {
		const old = groupsBefore.get(group.id);
		if (old === undefined) continue;
		for (const field of ['code', 'title'] as const) {
			if (old[field] !== group[field]) {
				const data = { groupId: group.id, field, from: old[field], to: group[field] };
				out.emit({ type: 'TaskGroupChanged', taskId: null, data });
			}
		}
	}

	const tasksBefore = new Map(before.tasks.map((t) => [t.id, t]));
	const tasksAfter = new Map(after.tasks.map((t) => [t.id, t]));
	const orders = new Map<string, string[]>();
	for (const [key, tasks] of tasksByGroup(before))
		orders.set(
			key,
			tasks.map((t) => t.id)
		);
	const order = (key: string): string[] => {
		const ids = orders.get(key) ?? [];
		orders.set(key, ids);
		return ids;
	};
	for (const task of before.tasks) {
		if (tasksAfter.has(task.id)) continue;
		const ids = order(taskOrderKey(task.groupId));
		ids.splice(ids.indexOf(task.id), 1);
		out.emit({ type: 'TaskDeleted', taskId: task.id, data: { code: task.code } });
	}

	const targets = tasksByGroup(after);
	const keys = [...after.groups.map((g) => g.id), UNGROUPED_KEY, ...targets.keys()];
	for (const key of new Set(keys)) {
		const target = (targets.get(key) ?? []).map((t) => t.id);
		arrange(order(key), target, (taskId, from, toIndex) => {
			const task = tasksAfter.get(taskId)!;
			const old = tasksBefore.get(taskId);
			if (old === undefined) {
				out.emit({ type: 'TaskCreated', taskId, data: createdData(task, toIndex) });
				return;
			}
			const fromKey = taskOrderKey(old.groupId);
			const fromOrder = order(fromKey);
			const fromIndex = fromKey === key ? from : fromOrder.indexOf(taskId);
			if (fromKey !== key) fromOrder.splice(fromIndex, 1);
			const data = { fromGroupId: old.groupId, fromIndex, toGroupId: groupIdOf(key), toIndex };
			out.emit({ type: 'TaskMoved', taskId, data });
		});
	}

	for (const task of after.tasks) {
		const old = tasksBefore.get(task.id);
		if (old === undefined) {
			for (const field of FIELDS_AFTER_CREATE) {
				if (task[field] !== null) out.fieldChanged(task.id, field, null, task[field]);
			}
			continue;
		}
		if (old.content !== task.content) {
			const data = { field: 'content' as const, from: old.content, to: task.content };
			out.emit({ type: 'TaskTextEdited', taskId: task.id, data });
		}
		for (const field of CHANGEABLE_TASK_FIELDS) {
			if (!sameJson(old[field], task[field])) out.fieldChanged(task.id, field, old[field], task[field]);
		}
	}

	for (const group of before.groups) {
		if (groupsAfter.has(group.id)) continue;
		out.emit({ type: 'TaskGroupDeleted', taskId: null, data: { groupId: group.id, code: group.code } });
	}
	return out.events;
}

function createdData(task: PlanDocumentTask, index: number): TaskCreated['data'] {
	return {
		groupId: task.groupId,
		index,
		code: task.code,
		content: task.content,
		leadUnitId: task.leadUnitId,
		coordinatorUnitIds: [...task.coordinatorUnitIds],
		deadline: copy(task.deadline),
		output: task.output
	};
}
