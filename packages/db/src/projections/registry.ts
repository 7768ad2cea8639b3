import { activityFeedProjection } from './activity-feed.ts';
import { officeProjection } from './office.ts';
import { plansProjection } from './plans.ts';
import { projectionTables, type Projection } from './projection.ts';
import { tasksProjection } from './tasks.ts';
import { unitStatsProjection } from './unit-stats.ts';

/**
 * Every read model of the event log, in the order the append and replay run them: a projection may read
 * the tables of those before it (the counts read the tasks, an issue reads its plan's title).
 */
export const READ_MODELS: readonly Projection[] = [
	plansProjection,
	tasksProjection,
	unitStatsProjection,
	activityFeedProjection,
	officeProjection
];

/** The tables replay rebuilds: every read model that is a projection of the event log. */
export const PROJECTION_TABLES: readonly string[] = projectionTables(READ_MODELS);
