import { PlanProjection, foldVietnamese, type EventRecord } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import { EVENT_COLUMNS, toEventRecord } from '../events/rows.ts';
import type { Schema } from '../schema.ts';
import { replayOfficeProjections } from './office.ts';
import { activityRow, refreshUnitStats, type ActivityRow, type ProjectionContext } from './inline.ts';

/** The tables replay rebuilds: every read model that is a projection of the event log. */
export const PROJECTION_TABLES = [
	'activity_feed',
	'unit_task_stats',
	'task_contributions',
	'task_coordinators',
	'tasks',
	'task_groups',
	'plan_implements',
	'plans'
] as const;

/** What a replay did. */
export interface ReplayResult {
	events: number;
	plans: number;
	tasks: number;
	seconds: number;
}

const PAGE = 5000;
const CHUNK = 1000;

async function insertChunked<T extends keyof Schema>(
	db: Kysely<Schema>,
	table: T,
	rows: ReadonlyArray<Record<string, unknown>>
): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) {
		// rows are built from the projection state in this file, column by column of `table`
		await db
			.insertInto(table)
			.values(rows.slice(i, i + CHUNK) as never)
			.execute();
	}
}

/**
 * Rebuilds every projection from the log in one transaction: the projection tables are emptied, each plan's
 * events are folded with PlanProjection (the pure twin of the inline projections) and the result is written
 * in bulk. Appends that run meanwhile wait on the projection tables' locks and then apply on top.
 */
export async function replayProjections(
	db: Kysely<Schema>,
	context: ProjectionContext,
	onProgress?: (done: number, total: number) => void
): Promise<ReplayResult> {
	const started = performance.now();
	return db.transaction().execute(async (trx) => {
		const total = Number(
			(
				await trx
					.selectFrom('events')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
		await sql`truncate ${sql.join(PROJECTION_TABLES.map((t) => sql.table(t)))}`.execute(trx);
		onProgress?.(0, total);

		let done = 0;
		let plans = 0;
		let tasks = 0;
		let current = null as { planId: string; projection: PlanProjection } | null;
		let feed: ActivityRow[] = [];
		const flush = async () => {
			if (current) {
				const written = await writePlan(trx, current.projection);
				plans += written.plans;
				tasks += written.tasks;
			}
			await insertChunked(trx, 'activity_feed', feed as unknown as Array<Record<string, unknown>>);
			feed = [];
		};

		let after: { planId: string; seq: number } | null = null;
		for (;;) {
			let query = trx
				.selectFrom('events')
				.select(EVENT_COLUMNS)
				.orderBy('plan_id')
				.orderBy('seq')
				.limit(PAGE);
			if (after) {
				const a = after;
				// a row comparison the (plan_id, seq) index can seek to; an OR of the two columns rescans every page
				query = query.where((eb) => eb(eb.refTuple('plan_id', 'seq'), '>', eb.tuple(a.planId, a.seq)));
			}
			const rows = await query.execute();
			for (const row of rows) {
				const event = toEventRecord(row);
				if (current?.planId !== event.planId) {
					await flush();
					current = { planId: event.planId, projection: new PlanProjection() };
				}
				const projection = current.projection;
				const known = projection.plan !== null || event.type === 'PlanCreated';
				projection.apply(event);
				if (known) {
					const code = feedCode(event, projection);
					const activity = activityRow(event, code, context);
					if (activity) feed.push(activity);
				}
			}
			done += rows.length;
			onProgress?.(done, total);
			if (rows.length < PAGE) break;
			const last = rows[rows.length - 1]!;
			after = { planId: last.plan_id, seq: last.seq };
			if (feed.length >= PAGE) {
				await insertChunked(trx, 'activity_feed', feed as unknown as Array<Record<string, unknown>>);
				feed = [];
			}
		}
		await flush();
		await replayOfficeProjections(trx);
		await refreshUnitStats(trx, null);
		return { events: done, plans, tasks, seconds: (performance.now() - started) / 1000 };
	});
}

// As the inline path: a deleted task is named by the code the event carries, other events by the task's
// code after the event (null for tasks the plan does not have).
function feedCode(event: EventRecord, projection: PlanProjection): string | null {
	if (event.type === 'TaskDeleted') return (event.data as { code: string }).code;
	return event.taskId === null ? null : projection.taskCode(event.taskId);
}

async function writePlan(
	db: Kysely<Schema>,
	projection: PlanProjection
): Promise<{ plans: number; tasks: number }> {
	const { plan, groups, tasks } = projection.state();
	if (!plan) return { plans: 0, tasks: 0 };
	await db
		.insertInto('plans')
		.values({
			id: plan.id,
			title: plan.title,
			owner_unit_id: plan.ownerUnitId,
			directive_id: plan.documentId,
			status: plan.status,
			revision: plan.revision,
			purpose: plan.purpose,
			organisation: plan.organisation,
			issued_at: plan.issuedAt as unknown as Date | null,
			search_text: foldVietnamese(plan.title),
			created_at: plan.createdAt,
			updated_at: plan.updatedAt,
			co_drafter_unit_ids: JSON.stringify(plan.coDrafterUnitIds),
			version: plan.version
		})
		.execute();
	const directives = [...new Set(plan.implementsDirectiveIds)];
	await insertChunked(
		db,
		'plan_implements',
		directives.map((id) => ({ plan_id: plan.id, directive_id: id }))
	);
	await insertChunked(
		db,
		'task_groups',
		groups.map((g) => ({ id: g.id, plan_id: g.planId, code: g.code, title: g.title, position: g.position }))
	);
	await insertChunked(
		db,
		'tasks',
		tasks.map((t) => ({
			id: t.id,
			plan_id: t.planId,
			group_id: t.groupId,
			code: t.code,
			position: t.position,
			content: t.content,
			lead_unit_id: t.leadUnitId,
			output: t.output,
			deadline_text: t.deadline?.text ?? null,
			deadline_due: t.deadline?.due ?? null,
			deadline: t.deadline ? JSON.stringify(t.deadline) : null,
			status: t.status,
			progress: t.progress,
			completed_on: t.completedOn,
			version: t.version,
			search_text: foldVietnamese(`${t.code} ${t.content}`),
			updated_at: t.updatedAt,
			paused_from: t.pausedFrom,
			result_report: t.resultReport,
			difficulties: t.difficulties,
			extension_request: t.extensionRequest
		}))
	);
	await insertChunked(
		db,
		'task_coordinators',
		tasks.flatMap((t) =>
			t.coordinatorUnitIds.map((unitId, position) => ({ task_id: t.id, unit_id: unitId, position }))
		)
	);
	await insertChunked(
		db,
		'task_contributions',
		tasks.flatMap((t) =>
			Object.entries(t.contributions).map(([unitId, note]) => ({ task_id: t.id, unit_id: unitId, note }))
		)
	);
	return { plans: 1, tasks: tasks.length };
}
