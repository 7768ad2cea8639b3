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
	/** The counts of the shares, by plan and unit, kept as they change. */
	counts: Map<string, Map<string, CountRow>>;
}

function shareOf(task: TaskRow | undefined): Share | undefined {
	if (!task) return undefined;
	const done = task.status === 'done';
	const due: string | null = task.deadline_due;
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
	a === b ||
	(!!a &&
		!!b &&
		a.planId === b.planId &&
		a.unitId === b.unitId &&
		a.done === b.done &&
		a.onTime === b.onTime &&
		a.late === b.late);

/** Adds a task's share to its plan's counts (or takes it out: sign -1). */
function count(state: UnitStatsState, s: Share, sign: 1 | -1): void {
	const plan = state.counts.get(s.planId) ?? new Map<string, CountRow>();
	state.counts.set(s.planId, plan);
	const row = plan.get(s.unitId) ?? {
		plan_id: s.planId,
		unit_id: s.unitId,
		total: 0,
		done: 0,
		done_on_time: 0,
		done_late: 0
	};
	plan.set(s.unitId, row);
	row.total += sign;
	row.done += sign * s.done;
	row.done_on_time += sign * s.onTime;
	row.done_late += sign * s.late;
}

/** A plan's rows as the recomputation's GROUP BY gives them: units that lead a task. */
function planRows(state: UnitStatsState, planId: string): CountRow[] {
	return [...(state.counts.get(planId)?.values() ?? [])]
		.filter((row) => row.total > 0)
		.map((row) => ({ ...row }));
}

/** Freezes a refreshed plan's counts as they stand (before a change no refresh follows). */
function freeze(state: UnitStatsState, planId: string): void {
	if (state.refreshed.has(planId) && !state.frozen.has(planId))
		state.frozen.set(planId, planRows(state, planId));
}

/** Follows a task's share after an event named it. */
function follow(state: UnitStatsState, taskId: string, after: Share | undefined, refresh: boolean): void {
	const before = state.shares.get(taskId);
	if (sameShare(before, after)) return;
	if (!refresh) for (const s of [before, after]) if (s) freeze(state, s.planId);
	if (before) count(state, before, -1);
	if (after) count(state, after, 1);
	if (after) state.shares.set(taskId, after);
	else state.shares.delete(taskId);
}

/** The folded replay of the unit-stats projection: `refreshes` tells the events after which counts are recomputed. */
export function unitStatsReplay(refreshes: (event: ProjectedEvent) => boolean): FoldedReplay<UnitStatsState> {
	return {
		start: () => ({ refreshed: new Set(), frozen: new Map(), shares: new Map(), counts: new Map() }),
		fold(state, event, _context, earlier) {
			const refresh = refreshes(event);
			if (event.taskId !== null) {
				const tasks = (earlier.get('tasks') as TasksState).tasks;
				follow(state, event.taskId, shareOf(tasks.get(event.taskId)), refresh);
			}
			if (refresh) {
				state.refreshed.add(event.planId);
				state.frozen.delete(event.planId);
			}
		},
		async write(trx: Kysely<Schema>, state) {
			const rows = [...state.refreshed].flatMap(
				(planId) => state.frozen.get(planId) ?? planRows(state, planId)
			);
			await insertRows(trx, 'unit_task_stats', rows);
		}
	};
}
