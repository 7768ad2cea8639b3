import { listUnits, readMyWork } from '@trienkhai/db';
import {
	classifyMyWork,
	countMyWork,
	filterMyWork,
	unitDescendantIds,
	type ClassifiedTask,
	type MyWorkCounts,
	type MyWorkFilters,
	type MyWorkOpinion
} from '@trienkhai/domain';

/** "Việc của tôi / của đơn vị" as a page shows it. */
export interface MyWorkView {
	tasks: ClassifiedTask[];
	opinions: MyWorkOpinion[];
	counts: MyWorkCounts;
	plans: Array<{ id: string; title: string }>;
	directives: Array<{ id: string; label: string }>;
	units: Array<{ id: string; name: string }>;
}

/**
 * The work of the reader's unit (and, with `subunits`, of the units under it) at `now`, filtered; the counts
 * are of the filtered view.
 */
export async function loadMyWork(
	locals: App.Locals,
	options: { filters?: MyWorkFilters; subunits?: boolean; now?: Date } = {}
): Promise<MyWorkView> {
	const user = locals.user!;
	const { db } = locals.runtime.database;
	const all = await listUnits(db);
	const unitIds = options.subunits
		? [
				user.unitId,
				...unitDescendantIds(
					all.map((u) => ({
						id: u.id,
						name: u.name,
						shortName: u.short_name,
						kind: u.kind,
						parentId: u.parent_id
					})),
					user.unitId
				)
			]
		: [user.unitId];
	const data = await readMyWork(db, unitIds);
	const filters = options.filters ?? {};
	const tasks = filterMyWork(classifyMyWork(data.tasks, options.now ?? new Date()), filters);
	const opinions = data.opinions.filter(
		(o) =>
			(!filters.planId || o.planId === filters.planId) && (!filters.unitId || o.unitId === filters.unitId)
	);
	const names = new Map(all.map((u) => [u.id, u.name]));
	return {
		tasks,
		opinions,
		counts: countMyWork(tasks, opinions),
		plans: data.plans,
		directives: data.directives,
		units: unitIds.map((id) => ({ id, name: names.get(id) ?? id }))
	};
}
