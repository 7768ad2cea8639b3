import type {
	Dashboard,
	DashboardActivity,
	DashboardSegment,
	DashboardTask,
	DashboardUnitRow,
	MeetingFocus,
	MeetingPanel
} from '@trienkhai/domain';

// What the dashboard components show: the domain's dashboard types (the server's query results), under
// the names the components use.

/** One lead unit's row of the statistics table. */
export type UnitRowView = DashboardUnitRow;

/** One task in a list. */
export type TaskView = DashboardTask;

/** A task group (or, for a directive, a plan) with its progress. */
export type SegmentView = DashboardSegment;

/** One line of the activity feed. */
export type ActivityView = DashboardActivity;

/** A whole dashboard. */
export type DashboardView = Dashboard;

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
