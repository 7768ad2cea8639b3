import { auditLog, planHistory, type HistoryEntry, type PreparedDatabase } from '@trienkhai/db';
import type { PlanStreamEventType } from '@trienkhai/domain';

/**
 * Plan events that belong in every task's history: they make the task binding (ban hành) or reopen what
 * the plan says about it (sửa đổi, bổ sung).
 */
export const PLAN_LIFECYCLE_IN_TASK_HISTORY = [
	'PlanIssued',
	'PlanAmendmentStarted',
	'PlanAmendmentIssued'
] as const satisfies readonly PlanStreamEventType[];

/** At most this many events of each lifecycle type (a plan is issued and amended a handful of times). */
const LIFECYCLE_LIMIT = 100;

/**
 * The history of one task, newest first: its own events and the plan's issue and amendments, each with
 * its person and unit. Refused attempts are included only when `withDenied` (the owner unit sees them).
 */
export async function taskHistory(
	db: PreparedDatabase['db'],
	planId: string,
	taskId: string,
	withDenied: boolean,
	locale = 'vi'
): Promise<HistoryEntry[]> {
	const [own, ...lifecycle] = await Promise.all([
		planHistory(db, planId, { taskId, withDenied, locale }),
		...PLAN_LIFECYCLE_IN_TASK_HISTORY.map((type) =>
			// none of these types is a refused attempt, so who looks does not matter
			auditLog(db, { planId, type, limit: LIFECYCLE_LIMIT }, { unitId: '', isAdmin: false, locale })
		)
	]);
	const planEvents = lifecycle.flatMap((page) =>
		page.entries.map(({ planId: _plan, planTitle: _title, ...entry }) => entry)
	);
	return [...own, ...planEvents].sort((a, b) => b.seq - a.seq);
}
