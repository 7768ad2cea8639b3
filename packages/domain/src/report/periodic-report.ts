import { formatDeadline } from '../plan/deadline.ts';
import { toRoman } from '../plan/numbering.ts';
import { TASK_STATUS_LABELS_VI } from '../plan/task.ts';
import { computeStatistics, type UnitStatistics } from '../stats/statistics.ts';
import { TIME_STATUS_LABELS_VI, computeTimeStatus, type TimeStatus } from '../stats/time-status.ts';
import type { ReportPeriod, ReportPeriodKind } from '../stats/report-period.ts';
import { VN_TIME_ZONE, addDays, formatDateVi, localDateOf, type IsoDate } from '../time/dates.ts';
import type { ReportGroup, ReportTask } from './report-task.ts';

/** A report period with the kind, year and index it was chosen by. */
export interface ChosenReportPeriod extends ReportPeriod {
	kind: ReportPeriodKind;
	year: number;
	index: number;
}

/** What a periodic report is built from. */
export interface PeriodicReportInput {
	/** How the report names the plan, e.g. 'Kế hoạch số 1520/KH-UBND ngày 01/08/2024 của UBND tỉnh Quảng Bình'. */
	planReference: string;
	groups: readonly ReportGroup[];
	period: ChosenReportPeriod;
	/** The reporting unit (tasks it leads), or null for the owner's aggregate over all units. */
	unit: { id: string; name: string } | null;
	now: Date;
}

/** One task as the report lists it. */
export interface ReportTaskLine {
	code: string;
	content: string;
	leadName: string;
	statusLabel: string;
	timeStatus: TimeStatus;
	timeLabel: string;
	progress: number;
	deadline: string;
	/** The result report, or the difficulties when there is no result yet. */
	note: string | null;
}

/** A task the report names under III, IV or V, with what it says of it. */
export interface ReportMention {
	code: string;
	content: string;
	leadName: string;
	text: string;
}

/** A periodic report's draft content: sections I–V and the progress appendix. */
export interface PeriodicReport {
	period: ChosenReportPeriod;
	/** E.g. 'quý I năm 2025'. */
	periodLabel: string;
	/** 'Kết quả thực hiện Kế hoạch số …, kỳ báo cáo từ 15/12/2024 đến 14/03/2025'. */
	subject: string;
	unit: { id: string; name: string } | null;
	/** The day statuses are judged at: the period's last day, or today while the period runs. */
	asOf: IsoDate;
	statistics: UnitStatistics;
	completedInPeriod: number;
	/** I. Công tác lãnh đạo, chỉ đạo. */
	leadership: string[];
	/** II. Kết quả thực hiện, by task group. */
	results: { code: string; title: string; tasks: ReportTaskLine[] }[];
	/** III. Tồn tại, hạn chế: overdue and late tasks, reported difficulties. */
	shortcomings: ReportMention[];
	/** IV. Nhiệm vụ thời gian tới: open tasks due before the end of the next period. */
	upcoming: ReportMention[];
	/** V. Kiến nghị, đề xuất: extension requests. */
	proposals: ReportMention[];
}

const NEXT_PERIOD_DAYS: Record<ReportPeriodKind, number> = { month: 31, quarter: 92, half: 183, year: 366 };

/** 'tháng 3 năm 2025', 'quý I năm 2025', '6 tháng đầu năm 2025', 'năm 2025'. */
export function reportPeriodLabel(period: Pick<ChosenReportPeriod, 'kind' | 'year' | 'index'>): string {
	switch (period.kind) {
		case 'month':
			return `tháng ${period.index} năm ${period.year}`;
		case 'quarter':
			return `quý ${toRoman(period.index)} năm ${period.year}`;
		case 'half':
			return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
		case 'year':
			return `năm ${period.year}`;
		default: {
			const unreachable: never = period.kind;
			throw new RangeError(`unknown period kind ${String(unreachable)}`);
		}
	}
}

/** A percentage as Vietnamese documents write it: '33,3%'. */
export function percentVi(value: number): string {
	return `${String(value).replace('.', ',')}%`;
}

function leadName(task: ReportTask): string {
	return task.leadName ?? 'Chưa phân công';
}

function mention(task: ReportTask, text: string): ReportMention {
	return { code: task.code, content: task.content, leadName: leadName(task), text };
}

function leadershipParagraphs(
	input: PeriodicReportInput,
	s: UnitStatistics,
	asOf: IsoDate,
	completed: number
): string[] {
	const who = input.unit ? ` do ${input.unit.name} chủ trì` : '';
	const lines = [
		`Triển khai ${input.planReference}, ${input.unit ? input.unit.name : 'các cơ quan, đơn vị'} đã quán triệt, phân công và tổ chức thực hiện các nhiệm vụ được giao; định kỳ theo dõi, đôn đốc, báo cáo tiến độ.`,
		`Tổng số nhiệm vụ${who}: ${s.total}. Tính đến ngày ${formatDateVi(asOf)}: đã hoàn thành ${s.done.total} nhiệm vụ (${percentVi(s.rates.done)}), trong đó đúng hạn ${s.done.onTime}, quá hạn ${s.done.late}; chưa hoàn thành ${s.notDone.total} nhiệm vụ (${percentVi(s.rates.notDone)}), trong đó trong hạn ${s.notDone.withinDeadline}, quá hạn ${s.notDone.overdue}; chưa triển khai ${s.notStarted} nhiệm vụ.`
	];
	lines.push(
		completed === 0
			? 'Trong kỳ báo cáo chưa có nhiệm vụ nào được xác nhận hoàn thành.'
			: `Trong kỳ báo cáo có ${completed} nhiệm vụ được xác nhận hoàn thành.`
	);
	return lines;
}

/**
 * The draft of a periodic report on a plan for one period (Nghị định 09/2019 cut-offs) and one unit, or the
 * owner's aggregate: statuses are judged at the period's last day (today while it runs).
 */
export function buildPeriodicReport(input: PeriodicReportInput): PeriodicReport {
	const today = localDateOf(input.now, VN_TIME_ZONE);
	const asOf = today < input.period.to ? today : input.period.to;
	// noon in Vietnam on the judging day: computeTimeStatus takes "today" in Vietnam from this instant
	const judgedAt = asOf === today ? input.now : new Date(`${asOf}T12:00:00+07:00`);
	const mine = (t: ReportTask): boolean => input.unit === null || t.leadUnitId === input.unit.id;
	// a task completed after the cut-off was still open on it
	const atCutOff = (t: ReportTask): ReportTask =>
		t.status === 'done' && t.completedOn !== null && t.completedOn > asOf
			? { ...t, status: 'in_progress', completedOn: null }
			: t;
	const groups = input.groups
		.map((g) => ({ ...g, tasks: g.tasks.filter(mine).map(atCutOff) }))
		.filter((g) => g.tasks.length > 0);
	const tasks = groups.flatMap((g) => g.tasks);

	const statistics = computeStatistics(tasks, judgedAt).total;
	const completedInPeriod = tasks.filter(
		(t) =>
			t.status === 'done' &&
			t.completedOn !== null &&
			t.completedOn >= input.period.from &&
			t.completedOn <= asOf
	).length;

	const shortcomings: ReportMention[] = [];
	const upcoming: { due: IsoDate; mention: ReportMention }[] = [];
	const proposals: ReportMention[] = [];
	const horizon = addDays(input.period.to, NEXT_PERIOD_DAYS[input.period.kind]);

	const results = groups.map((g) => ({
		code: g.code,
		title: g.title,
		tasks: g.tasks.map((t): ReportTaskLine => {
			const time = computeTimeStatus(t, judgedAt);
			const deadline = t.deadline ? formatDeadline(t.deadline) : '';
			if (time.status === 'overdue') {
				shortcomings.push(
					mention(t, `Chưa hoàn thành, quá hạn ${time.daysOverdue ?? 0} ngày (thời hạn ${deadline}).`)
				);
			} else if (time.status === 'done_late') {
				shortcomings.push(
					mention(t, `Hoàn thành chậm ${time.daysOverdue ?? 0} ngày so với thời hạn ${deadline}.`)
				);
			}
			if (t.difficulties?.trim())
				shortcomings.push(mention(t, `Khó khăn, vướng mắc: ${t.difficulties.trim()}`));
			const due = t.deadline?.due ?? null;
			if (t.status !== 'done' && due !== null && due >= asOf && due <= horizon) {
				upcoming.push({
					due,
					mention: mention(t, `Hoàn thành trước ngày ${formatDateVi(due)} (tiến độ hiện tại ${t.progress}%).`)
				});
			}
			if (t.extensionRequest?.trim()) proposals.push(mention(t, t.extensionRequest.trim()));
			return {
				code: t.code,
				content: t.content,
				leadName: leadName(t),
				statusLabel: TASK_STATUS_LABELS_VI[t.status],
				timeStatus: time.status,
				timeLabel: TIME_STATUS_LABELS_VI[time.status],
				progress: t.progress,
				deadline,
				note: t.resultReport?.trim() || t.difficulties?.trim() || null
			};
		})
	}));
	upcoming.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));

	return {
		period: input.period,
		periodLabel: reportPeriodLabel(input.period),
		subject: `Kết quả thực hiện ${input.planReference}, kỳ báo cáo từ ${formatDateVi(input.period.from)} đến ${formatDateVi(input.period.to)}`,
		unit: input.unit,
		asOf,
		statistics,
		completedInPeriod,
		leadership: leadershipParagraphs(input, statistics, asOf, completedInPeriod),
		results,
		shortcomings,
		upcoming: upcoming.map((u) => u.mention),
		proposals
	};
}
