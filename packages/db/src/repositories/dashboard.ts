import type { Dashboard } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { dashboardActivity } from './dashboard/activity.ts';
import { dashboardHeading } from './dashboard/heading.ts';
import { dashboardProgressOverTime } from './dashboard/progress.ts';
import { compactRollupsIfMany } from './dashboard/rollups.ts';
import { todayOf, type DashboardClock, type DashboardScope } from './dashboard/scope.ts';
import { dashboardSegments } from './dashboard/segments.ts';
import { dashboardStatistics } from './dashboard/statistics.ts';
import { dashboardDueSoon, dashboardOverdue } from './dashboard/tasks.ts';

// Dashboards aggregate in SQL: a directive's cascade can hold a million tasks, and no query loads more rows
// than it shows. A plan's panels read its tasks; a directive's counts read its roll-up (dashboard/rollups.ts),
// its lists the tasks of the plans it covers. One file per panel under dashboard/.

export { dashboardActivity } from './dashboard/activity.ts';
export { dashboardHeading } from './dashboard/heading.ts';
export { dashboardProgressOverTime } from './dashboard/progress.ts';
export { compactRollups } from './dashboard/rollups.ts';
export {
	dashboardPlanIds,
	type DashboardClock,
	type DashboardScope,
	type ScopeOptions
} from './dashboard/scope.ts';
export { dashboardSegments } from './dashboard/segments.ts';
export { dashboardStatistics } from './dashboard/statistics.ts';
export { dashboardDueSoon, dashboardOverdue, dashboardTask, dashboardUnitTasks } from './dashboard/tasks.ts';

/** A whole dashboard of a scope at `now`, or undefined when the scope does not exist. */
export async function loadDashboard(
	db: Kysely<Schema>,
	scope: DashboardScope,
	clock: DashboardClock & { listLimit?: number; activityLimit?: number; weeks?: number; locale?: string }
): Promise<Dashboard | undefined> {
	const heading = await dashboardHeading(db, scope);
	if (!heading) return undefined;
	if (scope.kind === 'directive') await compactRollupsIfMany(db, scope.directiveId);
	const limit = clock.listLimit ?? 30;
	const [statistics, overdue, dueSoon, segments, activity, progressOverTime] = await Promise.all([
		dashboardStatistics(db, scope, clock),
		dashboardOverdue(db, scope, { now: clock.now, limit }),
		dashboardDueSoon(db, scope, { now: clock.now, limit }),
		dashboardSegments(db, scope, { now: clock.now }),
		dashboardActivity(db, scope, { limit: clock.activityLimit ?? 15, locale: clock.locale }),
		dashboardProgressOverTime(db, scope, { now: clock.now, weeks: clock.weeks ?? 12 })
	]);
	return {
		heading,
		asOf: clock.now.toISOString(),
		today: todayOf(clock),
		statistics,
		overdue,
		dueSoon,
		segments,
		activity,
		progressOverTime
	};
}
