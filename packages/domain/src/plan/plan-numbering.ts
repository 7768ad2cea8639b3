import { letterAt } from './numbering.ts';

/*
 * The one numbering of a plan's section II, shown the same in the editor, the dashboards, the reports and
 * every export: the groups are 1, 2, 3 …; the tasks of a group are its sub-items a) b) c) …, so the task
 * b) of group 2 is '2.b' wherever it is named on its own; tasks outside any group come after the groups as
 * items of their own (3, 4 … when there are two groups). Derived from the order alone, never typed, so
 * moving a task renumbers it everywhere at once.
 */

/** A task's number: `code` names it on its own ('2.b'), `item` is how the body of the plan lists it ('b)'). */
export interface TaskNumber {
	code: string;
	item: string;
}

/** The numbers of a plan's groups ('1', '2' …) and tasks, by id. */
export interface PlanNumbering {
	groups: Map<string, string>;
	tasks: Map<string, TaskNumber>;
}

/** How the body of the plan lists a task of this number: '2.b' → 'b)', '3' → '3.'. */
export function taskItemLabel(code: string): string {
	const dot = code.lastIndexOf('.');
	return dot < 0 ? `${code}.` : `${code.slice(dot + 1)})`;
}

/**
 * Numbers a plan from its order: `groups` in plan order, `tasks` each with its group (null: none) and its
 * position within that group. Tasks naming a group not in the list count as ungrouped.
 */
export function numberPlan(
	groups: ReadonlyArray<{ id: string }>,
	tasks: ReadonlyArray<{ id: string; groupId: string | null; position: number }>
): PlanNumbering {
	const groupNumbers = new Map(groups.map((g, i) => [g.id, String(i + 1)]));
	const byGroup = new Map<string | null, Array<{ id: string; position: number }>>();
	for (const task of tasks) {
		const key = task.groupId !== null && groupNumbers.has(task.groupId) ? task.groupId : null;
		const list = byGroup.get(key) ?? [];
		list.push(task);
		byGroup.set(key, list);
	}
	const numbers = new Map<string, TaskNumber>();
	for (const [groupId, list] of byGroup) {
		list.sort((a, b) => a.position - b.position);
		list.forEach((task, i) => {
			const code =
				groupId === null ? String(groups.length + i + 1) : `${groupNumbers.get(groupId)!}.${letterAt(i)}`;
			numbers.set(task.id, { code, item: taskItemLabel(code) });
		});
	}
	return { groups: groupNumbers, tasks: numbers };
}
