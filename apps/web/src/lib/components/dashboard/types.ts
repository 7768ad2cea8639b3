import type { MeetingFocus, MeetingPanel, TimeStatus, UnitStatistics, WeekPoint } from '@trienkhai/domain';

// What the dashboard components show, as plain data. The server's query results (packages/db
// repositories/dashboard.ts) have this shape; browser code may not import the database package, not even
// its types, so the view declares what it reads.

/** One lead unit's row of the statistics table. */
export interface UnitRowView {
	unitId: string | null;
	unitName: string | null;
	unitShortName: string | null;
	statistics: UnitStatistics;
	dueWithin: Record<7 | 3 | 1, number>;
	averageProgress: number;
}

/** One task in a list. */
export interface TaskView {
	id: string;
	planId: string;
	planTitle: string;
	code: string;
	content: string;
	leadUnitId: string | null;
	leadUnitName: string | null;
	deadlineText: string | null;
	due: string | null;
	progress: number;
	timeStatus: TimeStatus;
	daysOverdue: number | null;
	daysLeft: number | null;
}

/** A task group (or, for a directive, a plan) with its progress. */
export interface SegmentView {
	id: string;
	planId: string;
	code: string;
	title: string;
	total: number;
	done: number;
	overdue: number;
	averageProgress: number;
}

/** One line of the activity feed. */
export interface ActivityView {
	position: number;
	summary: string;
	userName: string | null;
	unitName: string | null;
	occurredAt: string;
}

/** A whole dashboard. */
export interface DashboardView {
	heading: {
		kind: 'plan' | 'directive';
		id: string;
		title: string;
		subtitle: string;
		planCount: number;
		directives: Array<{ id: string; label: string }>;
	};
	asOf: string;
	today: string;
	statistics: { total: UnitRowView; byUnit: UnitRowView[] };
	overdue: TaskView[];
	dueSoon: TaskView[];
	segments: SegmentView[];
	activity: ActivityView[];
	progressOverTime: WeekPoint[];
}

/** What a dashboard page loads: the numbers, the mode, and in a meeting what the presenter shows. */
export interface DashboardPageView {
	dashboard: DashboardView;
	/** 'big': the projector layout (`?hop=1` or a meeting code). */
	mode: 'normal' | 'big';
	meeting: { code: string; isPresenter: boolean; focusSeq: number } | null;
	meetingError: string | null;
	focus: MeetingFocus;
	focusTasks: TaskView[] | null;
	focusTask: TaskView | null;
	panels: MeetingPanel[];
}
