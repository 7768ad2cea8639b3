// Shared by the audit pages and their CSV exports: one reading of the filter from the query string, one
// query of the log, one way to name units, so the page and its download always agree.
import { getLocale } from '#lib/paraglide/runtime.js';
import {
	auditActors,
	auditLog,
	chainBadges,
	listUnits,
	type AuditEntry,
	type AuditFilter,
	type ChainBadge,
	type PreparedDatabase,
	type SessionUser
} from '@trienkhai/db';
import { isPlanStreamEventType, parseVietnameseDate } from '@trienkhai/domain';
import { toCsv } from '@trienkhai/office';
import { m } from '#lib/paraglide/messages.js';
import type { AuditFormValues, AuditRow } from '#lib/components/audit/audit-row.ts';
import { auditChange, changeText } from '#lib/components/audit/change.ts';
import { eventTypeLabel, typesMatching } from '#lib/components/audit/event-labels.ts';
import { formatDateTimeVi } from '#lib/components/audit/format-time.ts';
import { spreadsheetSafe } from '#lib/components/audit/spreadsheet-safe.ts';

/** The filter as typed (to refill the form) and what is wrong with it, if anything. */
export interface AuditQuery {
	values: AuditFormValues;
	filter: AuditFilter;
	errors: string[];
}

const PAGE_SIZE = 50;
const CSV_LIMIT = 5000;

/** Reads the audit filter from a page address; bad input gives Vietnamese errors and is left out. */
export function readAuditQuery(url: URL): AuditQuery {
	const get = (name: string) => (url.searchParams.get(name) ?? '').trim();
	const values = {
		unit: get('unit'),
		user: get('user'),
		task: get('task'),
		type: get('type'),
		from: get('from'),
		to: get('to'),
		q: get('q')
	};
	const errors: string[] = [];
	const filter: AuditFilter = {};
	if (values.unit) filter.unitId = values.unit;
	if (values.user) filter.userId = values.user;
	if (values.task) filter.taskCode = values.task;
	if (values.type) {
		if (isPlanStreamEventType(values.type)) filter.type = values.type;
		else errors.push(m.audit_bad_type());
	}
	for (const key of ['from', 'to'] as const) {
		if (!values[key]) continue;
		const day = parseVietnameseDate(values[key]);
		if (day === null) errors.push(m.audit_bad_date({ value: values[key] }));
		else filter[key] = day;
	}
	if (filter.from && filter.to && filter.from > filter.to) errors.push(m.audit_bad_range());
	if (values.q) {
		filter.text = values.q.slice(0, 200);
		filter.typesMatchingText = typesMatching(filter.text);
	}
	const before = Number(get('before'));
	if (Number.isSafeInteger(before) && before > 0) filter.before = before;
	return { values, filter, errors };
}

function toRow(entry: AuditEntry, unitName: (id: string) => string): AuditRow {
	return {
		position: entry.position,
		planId: entry.planId,
		planTitle: entry.planTitle,
		time: formatDateTimeVi(entry.occurredAt),
		userName: entry.userName,
		unitName: entry.unitName,
		taskCode: entry.taskCode,
		type: entry.type,
		typeLabel: eventTypeLabel(entry.type),
		change: auditChange(entry, unitName)
	};
}

/** One page of the audit trail for a viewer (and, for the CSV, all of it up to a limit). */
export async function loadAuditRows(
	database: PreparedDatabase,
	user: SessionUser,
	query: AuditQuery,
	options: { planId?: string; csv?: boolean }
): Promise<{ rows: AuditRow[]; nextBefore: number | null }> {
	if (query.errors.length > 0) return { rows: [], nextBefore: null };
	const units = new Map((await listUnits(database.db)).map((u) => [u.id, u.short_name]));
	const filter: AuditFilter = {
		...query.filter,
		...(options.planId === undefined ? {} : { planId: options.planId }),
		limit: options.csv ? CSV_LIMIT : PAGE_SIZE
	};
	if (options.csv) delete filter.before;
	const page = await auditLog(database.db, filter, {
		unitId: user.unitId,
		isAdmin: user.isAdmin,
		locale: getLocale()
	});
	return {
		rows: page.entries.map((e) => toRow(e, (id) => units.get(id) ?? id)),
		nextBefore: page.nextBefore
	};
}

/** The people and units to filter by. */
export async function loadAuditActors(database: PreparedDatabase, planId?: string) {
	return auditActors(database.db, planId);
}

/** The hash-chain badges of the given plans. */
export async function loadChainBadges(database: PreparedDatabase, planIds: string[]): Promise<ChainBadge[]> {
	return chainBadges(database.events, planIds);
}

/** The audit rows as a CSV download. */
export function auditCsvResponse(rows: AuditRow[], fileName: string): Response {
	const header = [
		m.audit_col_time(),
		m.audit_col_person(),
		m.audit_col_unit(),
		m.audit_col_plan(),
		m.audit_col_task(),
		m.audit_col_type(),
		m.audit_col_change()
	];
	const body = rows.map((r) =>
		[
			r.time,
			r.userName ?? m.audit_system(),
			r.unitName ?? '',
			r.planTitle ?? r.planId,
			r.taskCode ?? '',
			r.typeLabel,
			changeText(r.change)
		].map(spreadsheetSafe)
	);
	return new Response(toCsv([header, ...body]), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'no-store'
		}
	});
}
