import { error } from '@sveltejs/kit';
import { unitReportHeading, type PlanExportData } from '@trienkhai/db';
import {
	buildPeriodicReport,
	formatDateVi,
	localDateOf,
	reportPeriodOf,
	type PeriodicReport,
	type ReportPeriodKind
} from '@trienkhai/domain';
import type { ReportExport } from '@trienkhai/office';
import { parseDateVi } from '#lib/dates/date-input.ts';
import { m } from '#lib/paraglide/messages.js';

const KINDS: readonly ReportPeriodKind[] = ['month', 'quarter', 'half', 'year'];

/** The report the query asks for: ?ky=month|quarter|half|year&ngay=yyyy-mm-dd|dd/mm/yyyy&don-vi=<unit id>. */
export interface ReportQuery {
	kind: ReportPeriodKind;
	date: string;
	unitId: string;
}

/** The query as the form shows it: the day as typed (dd/mm/yyyy) and, when it is not a date, why. */
export interface ReportForm {
	query: ReportQuery;
	dateText: string;
	dateError: string | null;
}

/**
 * Reads the query for the page, defaulting to this quarter's report of all units. A day that is not a date
 * is kept as typed with a Vietnamese message, and the report falls back to today; a bad kind is a 400.
 */
export function readReportForm(url: URL, now: Date): ReportForm {
	const rawKind = url.searchParams.get('ky') ?? 'quarter';
	const kind = KINDS.find((k) => k === rawKind);
	if (!kind) error(400, m.report_bad_kind());
	const rawDate = (url.searchParams.get('ngay') ?? '').trim();
	const parsed = rawDate === '' ? localDateOf(now) : parseDateVi(rawDate);
	const date = parsed ?? localDateOf(now);
	return {
		query: { kind, date, unitId: (url.searchParams.get('don-vi') ?? '').trim() },
		dateText: parsed === null ? rawDate : formatDateVi(date),
		dateError: parsed === null ? m.dateinput_bad_date({ value: rawDate }) : null
	};
}

/** Reads the query of a download: a bad value is a 400 in Vietnamese. */
export function parseReportQuery(url: URL, now: Date): ReportQuery {
	const form = readReportForm(url, now);
	if (form.dateError !== null) error(400, form.dateError);
	return form.query;
}

/** The units that lead a task of the plan, for the unit picker. */
export function leadUnits(data: PlanExportData): { id: string; name: string }[] {
	const seen = new Map<string, string>();
	for (const t of data.groups.flatMap((g) => g.tasks)) {
		if (t.leadUnitId !== null && !seen.has(t.leadUnitId)) seen.set(t.leadUnitId, t.leadName ?? t.leadUnitId);
	}
	return [...seen].map(([id, name]) => ({ id, name }));
}

/** The periodic report of the plan for the query, judged at `now`. */
export function reportFor(data: PlanExportData, query: ReportQuery, now: Date): PeriodicReport {
	const unit = query.unitId === '' ? null : leadUnits(data).find((u) => u.id === query.unitId);
	if (unit === undefined) error(400, m.report_bad_unit());
	return buildPeriodicReport({
		planReference: data.reference,
		groups: data.groups,
		period: { kind: query.kind, ...reportPeriodOf(query.kind, query.date) },
		unit,
		now
	});
}

/** The report with the heading of the unit that sends it: the chosen unit, or the plan's owner. */
export async function reportExport(
	db: App.Locals['runtime']['database']['db'],
	data: PlanExportData,
	report: PeriodicReport,
	now: Date
): Promise<ReportExport> {
	const sender = await unitReportHeading(db, report.unit?.id ?? data.ownerUnitId);
	if (!sender) error(404, m.plan_not_found());
	return {
		...sender,
		number: null,
		date: null,
		recipients: report.unit ? [data.issuer.name, 'Lưu: VT'] : ['Như trên', 'Lưu: VT'],
		report,
		draftYear: now.getFullYear()
	};
}
