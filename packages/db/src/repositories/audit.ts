import { addDays, type IsoDate, type PlanStreamEventType } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { EventStore } from '../events/event-store.ts';
import type { ChainBreak } from '../events/verify.ts';
import type { Schema } from '../schema.ts';
import { foldedSql } from './folded-sql.ts';
import { eventsWithActors, toHistoryEntry, unitShortNames, type HistoryEntry } from './history.ts';
import { foldedLikePattern } from './search.ts';
import { mayReadPlan } from './plan-readers.ts';

/** What the audit trail is narrowed to; every part optional. Dates are calendar days in Vietnam. */
export interface AuditFilter {
	planId?: string;
	/** The acting unit. */
	unitId?: string;
	/** The acting person. */
	userId?: string;
	/** A task code as the plan numbers it now (or numbered it when deleted), e.g. "II.1". */
	taskCode?: string;
	type?: PlanStreamEventType;
	from?: IsoDate;
	to?: IsoDate;
	/** Free text, matched without diacritics against the event's texts, person, unit, task code and plan. */
	text?: string;
	/** Event types whose label matches `text` (labels live in the UI's catalogue, not here). */
	typesMatchingText?: readonly string[];
	/** Keyset paging: only events before this global position. */
	before?: number;
	/** Page size (default 50, at most 5000). */
	limit?: number;
}

/** Who is looking: refused attempts (PermissionDenied) are for the plan's owner unit and administrators. */
export interface AuditViewer {
	unitId: string;
	isAdmin: boolean;
	/** The reader's language for the sentences ('vi' unless 'en'). */
	locale?: string;
}

/** One row of the audit trail: a history line with its plan; the task code of a deleted task is the one it had. */
export interface AuditEntry extends HistoryEntry {
	planId: string;
	planTitle: string | null;
}

/** A page of the audit trail and where the next one starts (null: this was the last). */
export interface AuditPage {
	entries: AuditEntry[];
	nextBefore: number | null;
}

// Vietnam keeps UTC+7 all year; a calendar day there starts at 17:00 UTC the day before.
function startOfDayVn(day: IsoDate): Date {
	return new Date(`${day}T00:00:00+07:00`);
}

/**
 * The event log, newest first, narrowed by the filter, one page at a time (keyset on the global
 * position, so paging stays stable while events are appended). Refused attempts are left out unless the
 * viewer's unit owns the plan or the viewer is an administrator; a draft's events only for those who may read it.
 */
export async function auditLog(
	db: Kysely<Schema>,
	filter: AuditFilter,
	viewer: AuditViewer
): Promise<AuditPage> {
	const limit = Math.max(1, Math.min(filter.limit ?? 50, 5000));
	const taskCode = sql<string | null>`coalesce(tasks.code, events.data ->> 'code')`;
	let query = eventsWithActors(db)
		.leftJoin('plans', 'plans.id', 'events.plan_id')
		.leftJoin('tasks', 'tasks.id', 'events.task_id')
		.select(['plans.title as plan_title', taskCode.as('task_code')])
		.orderBy('events.position', 'desc')
		.limit(limit + 1);
	if (filter.planId !== undefined) query = query.where('events.plan_id', '=', filter.planId);
	if (filter.unitId !== undefined) query = query.where('events.unit_id', '=', filter.unitId);
	if (filter.userId !== undefined) query = query.where('events.user_id', '=', filter.userId);
	if (filter.type !== undefined) query = query.where('events.type', '=', filter.type);
	if (filter.taskCode !== undefined) query = query.where(taskCode, '=', filter.taskCode);
	if (filter.from !== undefined) query = query.where('events.occurred_at', '>=', startOfDayVn(filter.from));
	if (filter.to !== undefined)
		query = query.where('events.occurred_at', '<', startOfDayVn(addDays(filter.to, 1)));
	if (filter.before !== undefined) query = query.where('events.position', '<', filter.before);
	if (!viewer.isAdmin) {
		query = query.where((eb) =>
			eb.or([eb('events.type', '<>', 'PermissionDenied'), eb('plans.owner_unit_id', '=', viewer.unitId)])
		);
		// a draft's trail is as private as the draft: its owner, co-drafters and the units asked for opinions
		query = query.where(mayReadPlan(viewer));
	}
	const text = filter.text?.trim();
	if (text) {
		// the string values of the event's data (not its keys), with who, where and which task
		const haystack = sql<string>`concat_ws(' ',
			jsonb_path_query_array(events.data, 'strict $.** ? (@.type() == "string")')::text,
			users.display_name, units.name, units.short_name, ${taskCode}, plans.title)`;
		const pattern = foldedLikePattern(text);
		const types = filter.typesMatchingText ?? [];
		query = query.where((eb) =>
			eb.or([
				eb(foldedSql(haystack), 'like', pattern),
				...(types.length > 0 ? [eb('events.type', 'in', types)] : [])
			])
		);
	}
	const rows = await query.execute();
	const page = rows.slice(0, limit);
	const unitName = await unitShortNames(db);
	return {
		entries: page.map((row) => ({
			...toHistoryEntry(row, row.task_code, unitName, viewer.locale),
			planId: row.plan_id,
			planTitle: row.plan_title
		})),
		nextBefore: rows.length > limit ? (page[page.length - 1]?.position ?? null) : null
	};
}

/** The people and units that appear in a plan's log (or the whole log), for the filter pickers. */
export async function auditActors(
	db: Kysely<Schema>,
	planId?: string
): Promise<{
	users: Array<{ id: string; name: string; unitName: string }>;
	units: Array<{ id: string; name: string }>;
}> {
	let actors = db.selectFrom('events').select(['events.user_id', 'events.unit_id']).distinct();
	if (planId !== undefined) actors = actors.where('events.plan_id', '=', planId);
	const rows = await actors.execute();
	const userIds = [...new Set(rows.map((r) => r.user_id).filter((id): id is string => id !== null))];
	const unitIds = [...new Set(rows.map((r) => r.unit_id).filter((id): id is string => id !== null))];
	const users =
		userIds.length === 0
			? []
			: await db
					.selectFrom('users')
					.innerJoin('units', 'units.id', 'users.unit_id')
					.select(['users.id', 'users.display_name as name', 'units.short_name as unitName'])
					.where('users.id', 'in', userIds)
					.orderBy('users.display_name')
					.execute();
	const units =
		unitIds.length === 0
			? []
			: await db
					.selectFrom('units')
					.select(['id', 'short_name as name'])
					.where('id', 'in', unitIds)
					.orderBy('short_name')
					.execute();
	return { users, units };
}

/** The state of a plan's hash chain, for the "verified" badge. */
export type ChainBadge =
	| { planId: string; ok: true; count: number; headHash: string }
	| { planId: string; ok: false; seq: number; position: number | null; reason: ChainBreak['reason'] };

/** Re-walks each plan's chain (see verify.ts) and says whether it holds, or where it first breaks. */
export async function chainBadges(store: EventStore, planIds: readonly string[]): Promise<ChainBadge[]> {
	const badges: ChainBadge[] = [];
	for (const planId of planIds) {
		const result = await store.verify(planId);
		const verified = result.plans.find((p) => p.planId === planId);
		if (result.ok && verified) {
			badges.push({ planId, ok: true, count: verified.count, headHash: verified.headHash });
		} else if (!result.ok) {
			const { seq, position, reason } = result.broken;
			badges.push({ planId, ok: false, seq, position, reason });
		}
	}
	return badges;
}
