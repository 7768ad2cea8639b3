import type { PlanProjectionState, TaskView } from '@trienkhai/domain';

/** The task fields time travel compares, in the order they are shown. */
export const COMPARED_FIELDS = [
	'code',
	'content',
	'leadUnitId',
	'coordinatorUnitIds',
	'deadline',
	'output',
	'status',
	'progress',
	'difficulties'
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** Fields whose change is best read as a word diff. */
export const TEXT_FIELDS: ReadonlySet<ComparedField> = new Set(['content', 'output', 'difficulties']);

/** One field of a task, then and now. */
export interface FieldDifference {
	field: ComparedField;
	from: unknown;
	to: unknown;
}

/** How a plan at a past point differs from the plan now. */
export interface PlanDifference {
	/** Tasks that exist now but did not then. */
	added: TaskView[];
	/** Tasks that existed then but do not now. */
	removed: TaskView[];
	/** Tasks in both whose compared fields differ (with the task as it is now). */
	changed: Array<{ task: TaskView; fields: FieldDifference[] }>;
	/** Plan-level texts that differ. */
	sections: Array<{ section: 'title' | 'purpose' | 'organisation'; from: string; to: string }>;
}

function comparable(field: ComparedField, task: TaskView): unknown {
	const value = task[field];
	// a deadline is its wording; the parsed parts follow from it
	if (field === 'deadline') return task.deadline?.text ?? null;
	return value;
}

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Compares a plan then with the plan now, task by task (by stable id, not by position). */
export function diffPlans(then: PlanProjectionState, now: PlanProjectionState): PlanDifference {
	const before = new Map(then.tasks.map((t) => [t.id, t]));
	const after = new Map(now.tasks.map((t) => [t.id, t]));
	const changed: PlanDifference['changed'] = [];
	for (const task of now.tasks) {
		const old = before.get(task.id);
		if (!old) continue;
		const fields = COMPARED_FIELDS.filter((f) => !same(comparable(f, old), comparable(f, task))).map(
			(field) => ({
				field,
				from: field === 'deadline' ? old.deadline : old[field],
				to: field === 'deadline' ? task.deadline : task[field]
			})
		);
		if (fields.length > 0) changed.push({ task, fields });
	}
	const sections: PlanDifference['sections'] = [];
	for (const section of ['title', 'purpose', 'organisation'] as const) {
		const from = then.plan?.[section] ?? '';
		const to = now.plan?.[section] ?? '';
		if (from !== to) sections.push({ section, from, to });
	}
	return {
		added: now.tasks.filter((t) => !before.has(t.id)),
		removed: then.tasks.filter((t) => !after.has(t.id)),
		changed,
		sections
	};
}
