import { sql, type RawBuilder } from 'kysely';
import type { ProjectedEvent, Projection } from './projection.ts';
import { unitStatsReplay } from './unit-stats-replay.ts';

/** Task events after which a plan's per-unit counts can change (field changes: lead and deadline only). */
const STATS_EVENTS: ReadonlySet<string> = new Set([
	'TaskCreated',
	'TaskDeleted',
	'TaskFieldChanged',
	'TaskResultConfirmed',
	'TaskResultReturned',
	'TaskPaused',
	'TaskResumed'
]);

function countsChange(event: ProjectedEvent): boolean {
	if (event.type !== 'TaskFieldChanged') return true;
	const field = (event.data as { field?: string }).field;
	return field === 'leadUnitId' || field === 'deadline';
}

/**
 * The per-unit task counts of each plan (unit_task_stats), recomputed from the tasks read model for the
 * plans whose events can change them; so registered after the task projection.
 */
export const unitStatsProjection: Projection = {
	name: 'unit-stats',
	tables: ['unit_task_stats'],
	handles: STATS_EVENTS,
	replay: unitStatsReplay((event) => STATS_EVENTS.has(event.type) && countsChange(event)),
	async apply(trx, events) {
		for (const statement of refreshUnitStats(events)) await statement.execute(trx);
	},
	setBased: {
		statements: (trx, events) => refreshUnitStats(events).map((statement) => statement.compile(trx))
	}
};

/** The statements that recompute the per-unit counts of the plans whose events can change them. */
function refreshUnitStats(events: readonly ProjectedEvent[]): RawBuilder<unknown>[] {
	const planIds = [...new Set(events.filter(countsChange).map((e) => e.planId))];
	if (planIds.length === 0) return [];
	const where = sql`plan_id in (${sql.join(planIds)})`;
	return [
		sql`delete from unit_task_stats where ${where}`,
		sql`
			insert into unit_task_stats (plan_id, unit_id, total, done, done_on_time, done_late)
			select plan_id, coalesce(lead_unit_id, ''), count(*)::int4,
				count(*) filter (where status = 'done')::int4,
				count(*) filter (where status = 'done' and (deadline_due is null or completed_on <= deadline_due))::int4,
				count(*) filter (where status = 'done' and completed_on > deadline_due)::int4
			from tasks where ${where}
			group by plan_id, coalesce(lead_unit_id, '')`
	];
}
