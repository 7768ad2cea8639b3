import * as Y from 'yjs';
import { sameJson } from './derive-events.ts';
import {
	GROUPS_MAP,
	GROUP_ORDER_ARRAY,
	PLAN_MAP,
	PLAN_SECTIONS,
	TASKS_MAP,
	TASK_ORDER_MAP,
	UNGROUPED_KEY,
	planDocumentRoots,
	type PlanDocumentRoots,
	type PlanDocumentSnapshot,
	type PlanDocumentTask
} from './plan-document.ts';
import { readDeadline } from './read-deadline.ts';
import { RICH_SECTIONS, richTextProblem, type RichDeltaOp } from './rich-text.ts';
import { inspectPlanDocument, type PlanTasksReading } from './read-plan-document.ts';

/*
 * Content outside the plan document's layout (plan-document.ts): unknown roots and keys, values of the
 * wrong type, list items hidden in a map, formatting in a plain text. The reader ignores or coerces all of
 * it, so it changes nothing anyone sees, but it would persist and travel to every client: the sync server
 * refuses updates that add any, and removes it with removeForeignContent.
 */

const ROOT_NAMES: ReadonlySet<string> = new Set([
	PLAN_MAP,
	GROUPS_MAP,
	GROUP_ORDER_ARRAY,
	TASKS_MAP,
	TASK_ORDER_MAP
]);
const PLAN_KEYS: ReadonlySet<string> = new Set(PLAN_SECTIONS);
const GROUP_KEYS: ReadonlySet<string> = new Set(['code', 'title']);
const TASK_KEYS: ReadonlySet<string> = new Set([
	'groupId',
	'code',
	'content',
	'leadUnitId',
	'coordinatorUnitIds',
	'deadline',
	'output',
	'difficulties',
	'extensionRequest'
]);
const NULLABLE_STRING_FIELDS = ['leadUnitId', 'output', 'difficulties', 'extensionRequest'] as const;

/** Any shared type, as far as its raw item lists go. */
type AnyType = Pick<Y.AbstractType<unknown>, '_start' | '_map'>;

/** Items not deleted in the list part of a type (in a Y.Map: content no API can read). */
function listItems(type: AnyType): Y.Item[] {
	const items: Y.Item[] = [];
	for (let item = type._start; item !== null; item = item.right) if (!item.deleted) items.push(item);
	return items;
}

/** Items not deleted in the keyed part of a type (in a Y.Array or Y.Text: content no API can read). */
function keyedItems(type: AnyType): Y.Item[] {
	return [...type._map.values()].filter((item) => !item.deleted);
}

const isMap = (value: unknown): value is Y.Map<unknown> => value instanceof Y.Map;
const isNullableString = (value: unknown): boolean =>
	value === undefined || value === null || typeof value === 'string';

/** A plain text holds strings only: no formatting, no embeds, no keyed content. */
function plainTextProblem(text: Y.Text): string | null {
	const ops = text.toDelta() as { insert: unknown; attributes?: object }[];
	if (ops.some((op) => typeof op.insert !== 'string' || op.attributes !== undefined)) {
		return 'formatted_text';
	}
	return keyedItems(text).length > 0 ? 'keyed_content' : null;
}

/** A rich text (rich-text.ts) holds strings with the known formatting only, and no keyed content. */
function richTextProblemOf(text: Y.Text): string | null {
	return (
		richTextProblem(text.toDelta() as RichDeltaOp[]) ?? (keyedItems(text).length > 0 ? 'keyed_content' : null)
	);
}

/** One place of the layout to check or clean. */
interface Visitor {
	/** Something at `path` is not as the layout says; `fix` removes it without changing the reading. */
	found(path: string, problem: string, fix: (transaction: Y.Transaction) => void): void;
}

/** A fix deleting raw items. */
const deleteItems =
	(items: Y.Item[]) =>
	(transaction: Y.Transaction): void => {
		for (const item of items) item.delete(transaction);
	};

/** Walks the document, reporting everything outside the layout that the reader does not report itself. */
function visit(doc: Y.Doc, roots: PlanDocumentRoots, snapshot: PlanDocumentSnapshot, v: Visitor): void {
	for (const [name, type] of doc.share) {
		if (ROOT_NAMES.has(name)) continue;
		const items = [...listItems(type), ...keyedItems(type)];
		if (items.length > 0) v.found(name, 'unknown_root', deleteItems(items));
	}
	const maps: [string, Y.Map<unknown>, ReadonlySet<string> | null][] = [
		[PLAN_MAP, roots.plan, PLAN_KEYS],
		[GROUPS_MAP, roots.groups, null],
		[TASKS_MAP, roots.tasks, null],
		[TASK_ORDER_MAP, roots.taskOrder, null]
	];
	for (const [id, value] of roots.groups.entries()) {
		if (isMap(value)) maps.push([`${GROUPS_MAP}.${id}`, value, GROUP_KEYS]);
	}
	for (const [path, map, keys] of maps) visitMap(path, map, keys, v);

	const arrays: [string, Y.Array<unknown>][] = [[GROUP_ORDER_ARRAY, roots.groupOrder]];
	for (const [key, value] of roots.taskOrder.entries()) {
		if (value instanceof Y.Array) arrays.push([`${TASK_ORDER_MAP}.${key}`, value as Y.Array<unknown>]);
		else v.found(`${TASK_ORDER_MAP}.${key}`, 'wrong_type', () => roots.taskOrder.delete(key));
	}
	for (const [path, array] of arrays) {
		const items = keyedItems(array);
		if (items.length > 0) v.found(path, 'keyed_content', deleteItems(items));
		array.toArray().forEach((id, i) => {
			if (typeof id !== 'string') {
				v.found(`${path}.${i}`, 'wrong_type', () => {
					const at = array.toArray().indexOf(id);
					if (at >= 0) array.delete(at, 1);
				});
			}
		});
	}

	for (const [id, value] of roots.groups.entries()) {
		if (!isMap(value) || id === UNGROUPED_KEY) {
			v.found(`${GROUPS_MAP}.${id}`, 'skipped', () => roots.groups.delete(id));
		}
	}
	for (const [id, value] of roots.tasks.entries()) {
		if (!isMap(value)) v.found(`${TASKS_MAP}.${id}`, 'skipped', () => roots.tasks.delete(id));
	}

	const texts: [string, Y.Map<unknown>, string, string, boolean?][] = PLAN_SECTIONS.map((s) => [
		`${PLAN_MAP}.${s}`,
		roots.plan,
		s,
		snapshot[s],
		RICH_SECTIONS.has(s)
	]);
	for (const group of snapshot.groups) {
		const map = roots.groups.get(group.id) as Y.Map<unknown>;
		texts.push([`${GROUPS_MAP}.${group.id}.title`, map, 'title', group.title]);
		const code = map.get('code');
		if (code !== undefined && typeof code !== 'string') {
			v.found(`${GROUPS_MAP}.${group.id}.code`, 'wrong_type', () => map.set('code', group.code));
		}
	}
	for (const [path, map, key, read, rich] of texts) visitText(path, map, key, read, v, rich);
	for (const task of snapshot.tasks) visitTask(roots.tasks.get(task.id) as Y.Map<unknown>, task, v);
}

/** List content in a map, and keys outside `keys` (null: any key). */
function visitMap(path: string, map: Y.Map<unknown>, keys: ReadonlySet<string> | null, v: Visitor): void {
	const items = listItems(map);
	if (items.length > 0) v.found(path, 'list_content', deleteItems(items));
	if (keys === null) return;
	for (const key of map.keys()) {
		if (!keys.has(key)) v.found(`${path}.${key}`, 'unknown_key', () => map.delete(key));
	}
}

/** A plain (or, `rich`, a rich) text under `key` of `map` (`read`: what the reader made of it). */
function visitText(
	path: string,
	map: Y.Map<unknown>,
	key: string,
	read: string,
	v: Visitor,
	rich = false
): void {
	const value = map.get(key);
	if (value instanceof Y.Text) {
		const problem = rich ? richTextProblemOf(value) : plainTextProblem(value);
		if (problem !== null) v.found(path, problem, (transaction) => cleanText(transaction, value));
	} else if (value !== undefined) {
		v.found(path, 'wrong_type', () => map.set(key, new Y.Text(read)));
	}
}

/** Everything of one task's map outside the layout (`task`: what the reader made of it). */
function visitTask(map: Y.Map<unknown>, task: Omit<PlanDocumentTask, 'index'>, v: Visitor): void {
	const path = `${TASKS_MAP}.${task.id}`;
	visitMap(path, map, TASK_KEYS, v);
	const set = (key: string, value: unknown) => (): void => {
		map.set(key, value);
	};
	const groupId = map.get('groupId');
	if (!isNullableString(groupId)) v.found(`${path}.groupId`, 'wrong_type', set('groupId', null));
	const code = map.get('code');
	if (code !== undefined && typeof code !== 'string') {
		v.found(`${path}.code`, 'wrong_type', set('code', task.code));
	}
	for (const field of NULLABLE_STRING_FIELDS) {
		if (!isNullableString(map.get(field))) v.found(`${path}.${field}`, 'wrong_type', set(field, null));
	}
	const coordinators = map.get('coordinatorUnitIds');
	if (
		coordinators !== undefined &&
		coordinators !== null &&
		!sameJson(coordinators, task.coordinatorUnitIds)
	) {
		v.found(`${path}.coordinatorUnitIds`, 'wrong_type', set('coordinatorUnitIds', task.coordinatorUnitIds));
	}
	const deadline = map.get('deadline');
	if (deadline !== undefined && deadline !== null && !sameJson(deadline, readDeadline(deadline).deadline)) {
		v.found(`${path}.deadline`, 'wrong_type', set('deadline', task.deadline));
	}
	visitText(`${path}.content`, map, 'content', task.content, v);
}

/** Removes formatting, embeds and keyed content from a text, leaving its string as it is. */
function cleanText(transaction: Y.Transaction, text: Y.Text): void {
	const ops = text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
	let index = 0;
	const embeds: number[] = [];
	for (const op of ops) {
		const length = typeof op.insert === 'string' ? op.insert.length : 1;
		if (typeof op.insert !== 'string') embeds.push(index);
		else if (op.attributes !== undefined) {
			text.format(index, length, Object.fromEntries(Object.keys(op.attributes).map((k) => [k, null])));
		}
		index += length;
	}
	for (const at of embeds.reverse()) text.delete(at, 1);
	for (const item of keyedItems(text)) item.delete(transaction);
}

/**
 * Describes everything in the document outside its layout, one `path: problem` line each, sorted: unknown
 * roots (`doc.share`) and keys, values of the wrong type (also those the reader coerces or skips), list
 * content in maps, keyed content in arrays and texts, formatting and embeds in plain texts. An empty list
 * means the document is exactly what the layout describes. Ids of deleted tasks or groups left in order
 * arrays, and tasks naming a deleted group, are normal after concurrent edits and not reported.
 */
export function findForeignContent(doc: Y.Doc): string[] {
	const { snapshot, issues } = inspectPlanDocument(doc);
	const found = new Set(issues.map((issue) => `${issue.path}: ${issue.problem}`));
	// the reader reports coerced values and this walk finds them as wrong types: one line for each place
	const paths = new Set(issues.map((issue) => issue.path));
	visit(doc, planDocumentRoots(doc), snapshot, {
		found: (path, problem) => {
			if (!paths.has(path)) found.add(`${path}: ${problem}`);
		}
	});
	return [...found].sort();
}

/**
 * What findForeignContent reports of some tasks, given their reading (inspectPlanTasks), for a caller that
 * knows only these tasks changed since the document was last found clean: together with that earlier
 * finding it is the whole document's.
 */
export function findTaskForeignContent(doc: Y.Doc, reading: PlanTasksReading): string[] {
	const found = new Set(reading.issues.map((issue) => `${issue.path}: ${issue.problem}`));
	const paths = new Set(reading.issues.map((issue) => issue.path));
	const roots = planDocumentRoots(doc);
	for (const [id, task] of reading.tasks) {
		if (task === null) continue;
		visitTask(roots.tasks.get(id) as Y.Map<unknown>, task, {
			found: (path, problem) => {
				if (!paths.has(path)) found.add(`${path}: ${problem}`);
			}
		});
	}
	return [...found].sort();
}

/**
 * Removes everything findForeignContent reports, in one transaction, without changing what
 * readPlanDocument reads: values of the wrong type are replaced by what the reader made of them. Returns
 * whether anything was removed.
 */
export function removeForeignContent(doc: Y.Doc, origin?: unknown): boolean {
	let changed = false;
	doc.transact((transaction) => {
		const roots = planDocumentRoots(doc);
		// fixes run after the walk: it iterates the maps they change
		const fixes: ((transaction: Y.Transaction) => void)[] = [];
		visit(doc, roots, inspectPlanDocument(doc).snapshot, {
			found: (_path, _problem, fix) => fixes.push(fix)
		});
		for (const fix of fixes) fix(transaction);
		changed = fixes.length > 0;
	}, origin);
	return changed;
}
