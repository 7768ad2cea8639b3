import { planDocumentRoots, TASKS_MAP } from '@trienkhai/domain';
import * as Y from 'yjs';

/**
 * Keys of a task's map whose change leaves every task where it was: a change of `groupId` moves the task,
 * which reorders others, so it is read with the whole document.
 */
const IN_PLACE_KEYS: ReadonlySet<string> = new Set([
	'code',
	'content',
	'leadUnitId',
	'coordinatorUnitIds',
	'deadline',
	'output',
	'difficulties',
	'extensionRequest'
]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its changed-type map with YEvent<any>
type AnyType = Y.AbstractType<any>;

/** The types a transaction changed, with the keys changed in each (null: list content), as Yjs keeps them. */
export type ChangedTypes = Map<AnyType, Set<string | null>>;

/** The id of the live task whose map `type` is, or null. */
function taskOf(tasks: Y.Map<unknown>, type: AnyType): string | null {
	const item = type._item;
	if (!(type instanceof Y.Map) || !item || item.deleted || item.parent !== tasks) return null;
	const id = item.parentSub;
	return id !== null && tasks.get(id) === type ? id : null;
}

/**
 * The tasks an update changed (`changed`: what its transactions changed) when it changed nothing but fields of existing tasks, in place: values
 * under known keys of a task's map other than `groupId`, and the list content of its `content` text. Null
 * when it touched anything else (a root, a group, the order, a task added, removed or moved, an unknown
 * key, keyed content in a text, a root that was not there before), so that the caller reads and checks the
 * whole document. `rootsBefore` is how many root types the document had before the transaction.
 */
export function tasksChangedInPlace(
	doc: Y.Doc,
	changed: ChangedTypes,
	rootsBefore: number
): Set<string> | null {
	if (doc.share.size !== rootsBefore || !doc.share.has(TASKS_MAP)) return null;
	const tasks = planDocumentRoots(doc).tasks;
	const ids = new Set<string>();
	for (const [type, keys] of changed) {
		let id = taskOf(tasks, type);
		if (id !== null) {
			for (const key of keys) if (key === null || !IN_PLACE_KEYS.has(key)) return null;
		} else {
			const parent = type._item?.parent;
			if (!(type instanceof Y.Text) || type._item?.deleted || !(parent instanceof Y.Map)) return null;
			id = taskOf(tasks, parent);
			if (id === null || parent.get('content') !== type) return null;
			for (const key of keys) if (key !== null) return null;
		}
		ids.add(id);
	}
	return ids;
}
