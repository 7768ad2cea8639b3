import type { TaskStatus } from '../plan/task.ts';
import type { IsoDate } from '../time/dates.ts';
import type { DUE_SOON_WINDOWS, WeekPoint } from './dashboard.ts';
import type { UnitStatistics } from './statistics.ts';
import type { TimeStatus } from './time-status.ts';

// What a dashboard shows, as plain data: the database computes it, the browser draws it. Declared here
// (pure) so both read one definition; the browser may not import the database package, not even its types.

/** Statistics of one lead unit in the official shape, with its name and the due-soon windows. */
export interface DashboardUnitRow {
	unitId: string | null;
	unitName: string | null;
	unitShortName: string | null;
	statistics: UnitStatistics;
	/** Tasks not done and due within 7, 3 and 1 days (today counts as within 1). */
	dueWithin: Record<(typeof DUE_SOON_WINDOWS)[number], number>;
	/** Mean progress (%) of the unit's tasks, done ones counting 100. */
	averageProgress: number;
}

/** The statistics part of a dashboard: all units together, then per lead unit. */
export interface DashboardStatistics {
	total: DashboardUnitRow;
	byUnit: DashboardUnitRow[];
}

/** One task in a dashboard list, with where it stands at "now". */
export interface DashboardTask {
	id: string;
	planId: string;
	planTitle: string;
	code: string;
	content: string;
	leadUnitId: string | null;
	leadUnitName: string | null;
	deadlineText: string | null;
	due: IsoDate | null;
	status: TaskStatus;
	progress: number;
	completedOn: IsoDate | null;
	timeStatus: TimeStatus;
	/** Days past the due date (overdue, or late when done). */
	daysOverdue: number | null;
	/** Days until the due date (0: due today). */
	daysLeft: number | null;
}

/** Progress of one segment: a task group of a plan, or (for a directive) one plan of the cascade. */
export interface DashboardSegment {
	id: string;
	planId: string;
	code: string;
	title: string;
	total: number;
	done: number;
	overdue: number;
	averageProgress: number;
}

/** One line of the activity feed: a sentence in the reader's language (describeEventIn), who, when. */
export interface DashboardActivity {
	position: number;
	planId: string;
	taskId: string | null;
	taskCode: string | null;
	type: string;
	summary: string;
	userName: string | null;
	unitName: string | null;
	occurredAt: string;
}

/** The heading of a dashboard: what it covers. */
export interface DashboardHeading {
	kind: 'plan' | 'directive';
	id: string;
	title: string;
	/** The plan's owner unit, or the directive's number and issuer. */
	subtitle: string;
	/** Plans covered (1 for a plan). */
	planCount: number;
	/** For a plan: the directives it implements (else its own document), for links to their dashboards. */
	directives: Array<{ id: string; label: string }>;
}

/** Everything a dashboard shows at `now`. */
export interface Dashboard {
	heading: DashboardHeading;
	/** The instant the numbers are for, ISO. */
	asOf: string;
	today: IsoDate;
	statistics: DashboardStatistics;
	overdue: DashboardTask[];
	dueSoon: DashboardTask[];
	segments: DashboardSegment[];
	activity: DashboardActivity[];
	progressOverTime: WeekPoint[];
}
