import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { insertRows } from './bulk-insert.ts';
import type { FoldedReplay, ProjectedEvent } from './projection.ts';
import type { TaskRow, TasksState } from './tasks-state.ts';

/** A plan's row of unit_task_stats. */
interface CountRow {
	plan_id: string;
	unit_id: string;
	total: number;
	done: number;
	done_on_time: number;
	done_late: number;
}

/** What a task adds to its plan's counts: its lead unit and whether it is done, on time, late. */
interface Share {
	planId: string;
	unitId: string;
	done: number;
	onTime: number;
	late: number;
}

/**
 * The counts follow the tasks table as unit-stats.ts recomputes it at each event that can change them
 * (countsChange). Between two such events another event may still change a counted column (a status set
 * by hand, say): then the plan's counts as of the last refresh are kept (frozen) until the next one.
 */
export interface UnitStatsState {
	/** Plans refreshed at least once (only they have rows). */
	refreshed: Set<string>;
	/** Plans whose counts stay as they were at their last refresh, with those counts. */
	frozen: Map<string, CountRow[]>;
	/** Each task's share as the counts last saw it. */
	shares: Map<string, Share>;
}

function shareOf(task: TaskRow | undefined): Share | undefined {
	if (!task) return undefined;
	const done = task.status === 'done';
	const due = task.deadline_due;
	const on = task.completed_on as string | null;
	return {
		planId: task.plan_id,
		unitId: task.lead_unit_id ?? '',
		done: done ? 1 : 0,
		onTime: done && (due === null || (on !== null && on <= due)) ? 1 : 0,
		late: done && on !== null && due !== null && on > due ? 1 : 0
	};
}

const sameShare = (a: Share | undefined, b: Share | undefined) =>
	a === b || (!!a && !!b && Object.entries(a).every(([k, v]) => b[k as keyof Share] === v));

/** The counts of shares, by plan: rows as the recomputation's GROUP BY gives them. */
function countRows(shares: Iterable<Share>): Map<string, CountRow[]> {
	const byKey = new Map<string, CountRow>();
	for (const s of shares) {
		const key = `${s.planId}\u0000${s.unitId}`;
		const row = byKey.get(key) ?? {
			plan_id: s.planId,
			unit_id: s.unitId,
			total: 0,
			done: 0,
			done_on_time: 0,
			done_late: 0
		};
		row.total += 1;
		row.done += s.done;
		row.done_on_time += s.onTime;
		row.done_late += s.late;
		byKey.set(key, row);
	}
	const byPlan = new Map<string, CountRow[]>();
	for (const row of byKey.values()) byPlan.set(row.plan_id, [...(byPlan.get(row.plan_id) ?? []), row]);
	return byPlan;
}

/** Freezes a plan's counts as they were before this task's share changed. */
function freeze(state: UnitStatsState, planId: string, taskId: string, before: Share | undefined): void {
	if (!state.refreshed.has(planId) || state.frozen.has(planId)) return;
	const shares = [...state.shares]
		.filter(([id, s]) => id !== taskId && s.planId === planId)
		.map(([, s]) => s);
	state.frozen.set(planId, countRows(before ? [...shares, before] : shares).get(planId) ?? []);
}

/** The folded replay of the unit-stats projection: `refreshes` tells the events after which counts are recomputed. */
export function unitStatsReplay(refreshes: (event: ProjectedEvent) => boolean): FoldedReplay<UnitStatsState> {
	return {
		start: () => ({ refreshed: new Set(), frozen: new Map(), shares: new Map() }),
		fold(state, event, _context, earlier) {
			const tasks = (earlier.get('tasks') as TasksState).tasks;
			const refresh = refreshes(event);
			if (event.taskId !== null) {
				const before = state.shares.get(event.taskId);
				const after = shareOf(tasks.get(event.taskId));
				if (!sameShare(before, after)) {
					if (!refresh) for (const s of [before, after]) if (s) freeze(state, s.planId, event.taskId, before);
					if (after) state.shares.set(event.taskId, after);
					else state.shares.delete(event.taskId);
				}
			}
			if (refresh) {
				state.refreshed.add(event.planId);
				state.frozen.delete(event.planId);
			}
		},
		async write(trx: Kysely<Schema>, state) {
			const current = countRows(state.shares.values());
			const rows = [...state.refreshed].flatMap(
				(planId) => state.frozen.get(planId) ?? current.get(planId) ?? []
			);
			await insertRows(trx, 'unit_task_stats', rows);
		}
	};
}
