import * as Y from 'yjs';
import {
	PLAN_SECTIONS,
	UNGROUPED_KEY,
	planDocumentRoots,
	taskOrderKey,
	type PlanDocumentGroup,
	type PlanDocumentRoots,
	type PlanDocumentSnapshot,
	type PlanDocumentTask
} from './plan-document.ts';
import { readDeadline } from './read-deadline.ts';

/** Something in the document that was not as the layout says, and what the reader made of it. */
export interface DocumentIssue {
	/** Where, e.g. 'tasks.t1.deadline'. */
	path: string;
	problem: 'wrong_type' | 'skipped' | 'coerced';
}

/** A plan document read as plain data, with what had to be skipped or coerced on the way. */
export interface PlanDocumentReading {
	snapshot: PlanDocumentSnapshot;
	issues: DocumentIssue[];
}

type TaskFields = Omit<PlanDocumentTask, 'index'>;

class Reader {
	readonly issues: DocumentIssue[] = [];

	report(path: string, problem: DocumentIssue['problem']): void {
		this.issues.push({ path, problem });
	}

	/** A text: a Y.Text, or a plain string a client put in its place. */
	text(value: unknown, path: string): string {
		if (value instanceof Y.Text) return value.toJSON();
		if (typeof value === 'string') {
			this.report(path, 'coerced');
			return value;
		}
		if (value !== undefined) this.report(path, 'wrong_type');
		return '';
	}

	string(value: unknown, path: string): string {
		if (typeof value === 'string') return value;
		if (typeof value === 'number' && Number.isFinite(value)) {
			this.report(path, 'coerced');
			return String(value);
		}
		if (value !== undefined) this.report(path, 'wrong_type');
		return '';
	}

	nullableString(value: unknown, path: string): string | null {
		if (value === undefined || value === null) return null;
		if (typeof value === 'string') return value;
		this.report(path, 'wrong_type');
		return null;
	}

	stringList(value: unknown, path: string): string[] {
		if (value === undefined || value === null) return [];
		if (!Array.isArray(value)) {
			this.report(path, 'wrong_type');
			return [];
		}
		const ids = value.filter((v): v is string => typeof v === 'string');
		const unique = [...new Set(ids)];
		if (unique.length !== value.length) this.report(path, 'coerced');
		return unique;
	}

	groups(roots: PlanDocumentRoots): PlanDocumentGroup[] {
		const ids: string[] = [];
		const seen = new Set<string>();
		const take = (id: unknown, path: string): void => {
			if (typeof id !== 'string') return this.report(path, 'wrong_type');
			if (seen.has(id)) return;
			seen.add(id);
			if (id === UNGROUPED_KEY || !(roots.groups.get(id) instanceof Y.Map)) {
				// an order entry of a group deleted concurrently is normal; anything else was written wrong
				if (roots.groups.has(id)) this.report(`groups.${id}`, 'skipped');
				return;
			}
			ids.push(id);
		};
		roots.groupOrder.toArray().forEach((id, i) => take(id, `groupOrder.${i}`));
		// Map iteration order differs between peers: sort what the order array missed.
		for (const id of [...roots.groups.keys()].sort()) take(id, `groups.${id}`);
		return ids.map((id) => {
			const map = roots.groups.get(id) as Y.Map<unknown>;
			return {
				id,
				code: this.string(map.get('code'), `groups.${id}.code`),
				title: this.text(map.get('title'), `groups.${id}.title`)
			};
		});
	}

	task(id: string, value: unknown, groupIds: ReadonlySet<string>): TaskFields | null {
		const path = `tasks.${id}`;
		if (!(value instanceof Y.Map)) {
			this.report(path, 'skipped');
			return null;
		}
		const map = value as Y.Map<unknown>;
		let groupId = this.nullableString(map.get('groupId'), `${path}.groupId`);
		// a group deleted while a task was added to it: keep the task, ungrouped
		if (groupId !== null && !groupIds.has(groupId)) groupId = null;
		const deadline = readDeadline(map.get('deadline'));
		if (deadline.coerced) this.report(`${path}.deadline`, 'coerced');
		return {
			id,
			groupId,
			code: this.string(map.get('code'), `${path}.code`),
			content: this.text(map.get('content'), `${path}.content`),
			leadUnitId: this.nullableString(map.get('leadUnitId'), `${path}.leadUnitId`),
			coordinatorUnitIds: this.stringList(map.get('coordinatorUnitIds'), `${path}.coordinatorUnitIds`),
			deadline: deadline.deadline,
			output: this.nullableString(map.get('output'), `${path}.output`),
			difficulties: this.nullableString(map.get('difficulties'), `${path}.difficulties`),
			extensionRequest: this.nullableString(map.get('extensionRequest'), `${path}.extensionRequest`)
		};
	}

	/** Task ids of one group in order: the order array first, then tasks it misses, by id. */
	order(roots: PlanDocumentRoots, key: string, members: ReadonlyMap<string, TaskFields>): string[] {
		const placed = new Set<string>();
		const array = roots.taskOrder.get(key);
		if (array instanceof Y.Array) {
			// concurrent moves can leave an id twice, or in a group the task has left: first one wins
			for (const id of array.toArray() as unknown[]) {
				if (typeof id === 'string' && members.has(id)) placed.add(id);
			}
		} else if (array !== undefined) {
			this.report(`taskOrder.${key}`, 'wrong_type');
		}
		return [...placed, ...[...members.keys()].filter((id) => !placed.has(id)).sort()];
	}

	read(doc: Y.Doc): PlanDocumentSnapshot {
		const roots = planDocumentRoots(doc);
		const [title, purpose, organisation] = PLAN_SECTIONS.map((s) =>
			this.text(roots.plan.get(s), `plan.${s}`)
		);
		const groups = this.groups(roots);
		const groupIds = new Set(groups.map((g) => g.id));
		const members = new Map<string, Map<string, TaskFields>>();
		for (const key of [...groupIds, UNGROUPED_KEY]) members.set(key, new Map());
		for (const [id, value] of roots.tasks.entries()) {
			const task = this.task(id, value, groupIds);
			if (task !== null) members.get(taskOrderKey(task.groupId))?.set(id, task);
		}
		const tasks: PlanDocumentTask[] = [];
		for (const [key, group] of members) {
			this.order(roots, key, group).forEach((id, index) => tasks.push({ ...group.get(id)!, index }));
		}
		return { title: title ?? '', purpose: purpose ?? '', organisation: organisation ?? '', groups, tasks };
	}
}

/**
 * Reads a plan document as plain data without trusting it: values of the wrong type are skipped or
 * coerced and reported, order arrays are repaired (duplicates dropped, missing tasks appended by id),
 * so two peers with the same state always read the same snapshot and a hostile update cannot make it throw.
 */
export function inspectPlanDocument(doc: Y.Doc): PlanDocumentReading {
	const reader = new Reader();
	const snapshot = reader.read(doc);
	return { snapshot, issues: reader.issues };
}

/** Some tasks as readPlanDocument reads each (without its index), null where it would skip one. */
export interface PlanTasksReading {
	tasks: Map<string, Omit<PlanDocumentTask, 'index'> | null>;
	issues: DocumentIssue[];
}

/**
 * Reads the tasks `taskIds` exactly as inspectPlanDocument reads each of them, for a caller that knows only
 * these changed (a task's index depends on the order arrays, not read here). `groupIds` are the plan's
 * groups: a task naming another group reads as ungrouped.
 */
export function inspectPlanTasks(
	doc: Y.Doc,
	taskIds: Iterable<string>,
	groupIds: ReadonlySet<string>
): PlanTasksReading {
	const reader = new Reader();
	const roots = planDocumentRoots(doc);
	const tasks = new Map<string, Omit<PlanDocumentTask, 'index'> | null>();
	for (const id of taskIds) tasks.set(id, reader.task(id, roots.tasks.get(id), groupIds));
	return { tasks, issues: reader.issues };
}

/** Reads a plan document as plain data (see inspectPlanDocument for how malformed content is handled). */
export function readPlanDocument(doc: Y.Doc): PlanDocumentSnapshot {
	return inspectPlanDocument(doc).snapshot;
}
