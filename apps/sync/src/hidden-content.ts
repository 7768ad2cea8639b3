import {
	can,
	PLAN_MAP,
	TASKS_MAP,
	type DocumentAction,
	type DocumentRightsContext,
	type DocumentViolation,
	type PlanAction,
	type PlanDocumentSnapshot,
	type TaskField
} from '@trienkhai/domain';
import * as Y from 'yjs';

/** A place of the plan document a transaction wrote to, as the rights check names it. */
interface Touched {
	action: DocumentAction;
	taskId: string | null;
	field: string | null;
	asked: PlanAction;
}

const PLAN_WIDE: Touched = {
	action: 'editPlanContent',
	taskId: null,
	field: null,
	asked: { kind: 'editPlanContent' }
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its changed-type map with YEvent<any>
type AnyType = Y.AbstractType<any>;

/** The name of a root type of the document, or null for a nested type. */
function rootName(doc: Y.Doc, type: AnyType): string | null {
	for (const [name, root] of doc.share) if (root === type) return name;
	return null;
}

/** Where a changed type (and the key changed in it) is in the plan's layout (see plan-document.ts). */
function locate(doc: Y.Doc, type: AnyType, key: string | null): Touched {
	const root = rootName(doc, type);
	if (root === TASKS_MAP) {
		// a key of the tasks map: a task added or removed
		return { action: 'createTask', taskId: key, field: null, asked: { kind: 'createTask' } };
	}
	if (root === PLAN_MAP) return { ...PLAN_WIDE, field: key };
	if (root !== null) return PLAN_WIDE;
	const item = type._item;
	const parent = item?.parent;
	if (item && parent instanceof Y.AbstractType) {
		const parentRoot = rootName(doc, parent);
		// a task's map: the key is its field
		if (parentRoot === TASKS_MAP && item.parentSub !== null) return taskField(item.parentSub, key ?? '');
		// a plan section's text
		if (parentRoot === PLAN_MAP) return { ...PLAN_WIDE, field: item.parentSub };
		// a task's content text
		const grand = parent._item;
		if (grand?.parent instanceof Y.AbstractType && rootName(doc, grand.parent) === TASKS_MAP) {
			return taskField(grand.parentSub ?? '', item.parentSub ?? 'content');
		}
	}
	return PLAN_WIDE;
}

function taskField(taskId: string, field: string): Touched {
	return {
		action: 'editTaskField',
		taskId,
		field,
		asked: { kind: 'editTaskField', field: field as TaskField }
	};
}

/**
 * What the unit may not change among the places an update's transactions wrote to (`changed`), whatever it left there. An update
 * that inserts and deletes in one message reads as no change at all, yet its content stays in the document's
 * history and in the log for ever: such an update is refused when it wrote where its author may not, as a
 * visible change there would be. A task's rights are those of the task as it was before.
 */
export function hiddenViolations(
	doc: Y.Doc,
	changed: ReadonlyMap<AnyType, ReadonlySet<string | null>>,
	before: PlanDocumentSnapshot,
	context: DocumentRightsContext
): DocumentViolation[] {
	const tasks = new Map(before.tasks.map((t) => [t.id, t]));
	const seen = new Set<string>();
	const violations: DocumentViolation[] = [];
	for (const [type, keys] of changed) {
		for (const key of keys) {
			const touched = locate(doc, type, key);
			const id = `${touched.action}|${touched.taskId ?? ''}|${touched.field ?? ''}`;
			if (seen.has(id)) continue;
			seen.add(id);
			const task = touched.taskId === null ? undefined : tasks.get(touched.taskId);
			const decision = can({ unitId: context.unitId, plan: context.plan, task, action: touched.asked });
			if (!decision.allowed) {
				violations.push({
					action: touched.action,
					taskId: touched.taskId,
					field: touched.field,
					reason: decision.reason
				});
			}
		}
	}
	return violations;
}
