import {
	statisticsFromCounts,
	type DashboardStatistics,
	type DashboardUnitRow,
	type IsoDate,
	type TimeStatusCounts
} from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../../schema.ts';
import { addClass, rollupClass, taskClass, type CountRow } from './classes.ts';
import { rollupRows } from './rollups.ts';
import { todayOf, type DashboardClock, type DashboardScope } from './scope.ts';

function emptyCounts(unitId: string | null, name: string | null, shortName: string | null): CountRow {
	return {
		unit_id: unitId,
		unit_name: name,
		unit_short_name: shortName,
		total: 0,
		done_on_time: 0,
		done_late: 0,
		within_deadline: 0,
		overdue: 0,
		not_started: 0,
		due7: 0,
		due3: 0,
		due1: 0,
		progress_sum: 0
	};
}

/** A class count of one lead unit, named (see classes.ts). */
type ClassRow = {
	unit_id: string | null;
	unit_name: string | null;
	unit_short_name: string | null;
	cls: number;
	n: number;
	progress_sum: number;
};

/** A plan's class counts, from its tasks. */
async function planClassRows(db: Kysely<Schema>, planId: string, today: IsoDate): Promise<ClassRow[]> {
	const { rows } = await sql<ClassRow>`
		select a.unit_id, u.name as unit_name, u.short_name as unit_short_name, a.cls, a.n, a.progress_sum
		from (
			select t.lead_unit_id as unit_id, ${taskClass(today)} as cls, count(*)::int4 as n,
				sum(case when t.status = 'done' then 100 else t.progress end)::int8 as progress_sum
			from tasks t
			where t.plan_id = ${planId}
			group by 1, 2
		) a
		left join units u on u.id = a.unit_id`.execute(db);
	return rows;
}

/** A directive's class counts, from its roll-up: the same whatever the number of plans under it. */
async function directiveClassRows(
	db: Kysely<Schema>,
	directiveId: string,
	today: IsoDate
): Promise<ClassRow[]> {
	const { rows } = await sql<ClassRow>`
		select a.unit_id, u.name as unit_name, u.short_name as unit_short_name, a.cls, a.n, a.progress_sum
		from (
			select nullif(r.unit_id, '') as unit_id, ${rollupClass(today)} as cls, sum(r.n)::int4 as n,
				sum(r.progress_sum)::int8 as progress_sum
			from ${rollupRows(directiveId)} as r
			where r.kind > 0
			group by 1, 2
			having sum(r.n) <> 0
		) a
		left join units u on u.id = a.unit_id`.execute(db);
	return rows;
}

/**
 * Per lead unit at `now` (Asia/Ho_Chi_Minh): đã hoàn thành = đúng hạn + quá hạn, chưa hoàn thành = trong
 * hạn + quá hạn, rates in percent; units with the most tasks first, tasks without a lead last.
 */
export async function dashboardStatistics(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock
): Promise<DashboardStatistics> {
	const today = todayOf(clock);
	const rows =
		scope.kind === 'plan'
			? await planClassRows(db, scope.planId, today)
			: await directiveClassRows(db, scope.directiveId, today);
	const total = emptyCounts(null, null, null);
	const units = new Map<string | null, CountRow>();
	for (const r of rows) {
		let unit = units.get(r.unit_id);
		if (!unit) {
			unit = emptyCounts(r.unit_id, r.unit_name, r.unit_short_name);
			units.set(r.unit_id, unit);
		}
		for (const c of [total, unit]) addClass(c, r.cls, r.n, Number(r.progress_sum));
	}
	const byUnit = [...units.values()].sort(
		(a, b) =>
			Number(a.unit_id === null) - Number(b.unit_id === null) ||
			b.total - a.total ||
			(a.unit_short_name ?? '').localeCompare(b.unit_short_name ?? '', 'vi')
	);
	return { total: toUnitRow(total), byUnit: byUnit.map(toUnitRow) };
}

function toUnitRow(r: CountRow): DashboardUnitRow {
	const counts: TimeStatusCounts = {
		total: r.total,
		doneOnTime: r.done_on_time,
		doneLate: r.done_late,
		withinDeadline: r.within_deadline,
		overdue: r.overdue,
		notStarted: r.not_started,
		dueSoon: r.due7
	};
	return {
		unitId: r.unit_id,
		unitName: r.unit_name,
		unitShortName: r.unit_short_name,
		statistics: statisticsFromCounts(r.unit_id, counts),
		dueWithin: { 7: r.due7, 3: r.due3, 1: r.due1 },
		averageProgress: r.total === 0 ? 0 : Math.round((r.progress_sum * 10) / r.total) / 10
	};
}
