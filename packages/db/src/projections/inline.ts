import {
	describeEvent,
	foldVietnamese,
	type ChainedEventContent,
	type Deadline,
	type PlanEvent,
	type Stored,
	type StoredEvent
} from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

// The incremental twin of PlanProjection (packages/domain/src/log/plan-projection.ts): each event becomes
// a few targeted statements in the appending transaction. Replay folds the log with PlanProjection
// instead; the replay test holds the two to the same result, so any rule here mirrors one there.

/** Event types after which the per-unit counts can change. */
const STATS_EVENTS: ReadonlySet<string> = new Set(['TaskCreated', 'TaskDeleted', 'TaskResultConfirmed']);

/** What the projection needs from outside the events: unit names for the activity feed. */
export interface ProjectionContext {
	unitName(unitId: string): string;
}

/** The activity row of one event; shared by the inline path and replay. */
export interface ActivityRow {
	position: number;
	plan_id: string;
	task_id: string | null;
	task_code: string | null;
	type: string;
	summary: string;
	user_id: string | null;
	unit_id: string | null;
	occurred_at: string;
}

/** The activity feed row for an event, or null for events the feed does not show. */
export function activityRow(
	event: ChainedEventContent & { position: number },
	taskCode: string | null,
	context: ProjectionContext
): ActivityRow | null {
	if (event.type === 'PermissionDenied') return null;
	return {
		position: event.position,
		plan_id: event.planId,
		task_id: event.taskId,
		task_code: taskCode,
		type: event.type,
		summary: describeEvent(event, { taskCode, unitName: (id) => context.unitName(id) }),
		user_id: event.userId,
		unit_id: event.unitId,
		occurred_at: event.occurredAt
	};
}

/** Recomputes the per-unit counts of some plans (all plans when `planIds` is null) from the task read model. */
export async function refreshUnitStats(db: Kysely<Schema>, planIds: string[] | null): Promise<void> {
	if (planIds !== null && planIds.length === 0) return;
	const where = planIds === null ? sql`true` : sql`plan_id in (${sql.join(planIds)})`;
	await sql`delete from unit_task_stats where ${where}`.execute(db);
	await sql`
		insert into unit_task_stats (plan_id, unit_id, total, done, done_on_time, done_late)
		select plan_id, coalesce(lead_unit_id, ''), count(*)::int4,
			count(*) filter (where status = 'done')::int4,
			count(*) filter (where status = 'done' and (deadline_due is null or completed_on <= deadline_due))::int4,
			count(*) filter (where status = 'done' and completed_on > deadline_due)::int4
		from tasks where ${where}
		group by plan_id, coalesce(lead_unit_id, '')`.execute(db);
}

function changed(result: { numAffectedRows?: bigint; numUpdatedRows?: bigint } | undefined): boolean {
	return (result?.numAffectedRows ?? result?.numUpdatedRows ?? 0n) > 0n;
}

function deadlineColumns(deadline: Deadline | null) {
	return {
		deadline: deadline ? JSON.stringify(deadline) : null,
		deadline_text: deadline?.text ?? null,
		deadline_due: deadline?.due ?? null
	};
}

function clamp(index: number, length: number): number {
	return Math.max(0, Math.min(Number.isInteger(index) ? index : length, length));
}

/**
 * Applies one plan's appended events (in seq order, positions assigned) to the read models, inside the
 * appending transaction.
 */
export async function applyInline(
	db: Kysely<Schema>,
	events: ReadonlyArray<ChainedEventContent & { position: number }>,
	context: ProjectionContext,
	/** Whether the plan's stream already holds its PlanCreated (saves a query); looked up when unknown. */
	planCreated?: boolean
): Promise<void> {
	if (events.length === 0) return;
	const planId = events[0]!.planId;
	const taskIds = [...new Set(events.map((e) => e.taskId).filter((id): id is string => id !== null))];
	const codes = new Map<string, string>();
	if (taskIds.length > 0) {
		const rows = await db.selectFrom('tasks').select(['id', 'code']).where('id', 'in', taskIds).execute();
		for (const row of rows) codes.set(row.id, row.code);
	}
	let planExists =
		planCreated ??
		(await db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst()) !== undefined;

	const feed: ActivityRow[] = [];
	let touched: { seq: number; at: string } | null = null;
	let statsStale = false;
	for (const record of events) {
		const event = record as StoredEvent & { position: number };
		if (event.type === 'PermissionDenied') continue;
		if (!planExists && event.type !== 'PlanCreated') continue;
		const didChange = await applyOne(db, event);
		if (event.type === 'PlanCreated' && didChange) planExists = true;
		if (didChange) {
			touched = { seq: event.seq, at: event.occurredAt };
			if (event.taskId !== null) {
				if (event.type === 'TaskCreated') codes.set(event.taskId, event.data.code);
				if (event.type === 'TaskFieldChanged' && event.data.field === 'code') {
					codes.set(event.taskId, event.data.to);
				}
			}
			if (
				STATS_EVENTS.has(event.type) ||
				(event.type === 'TaskFieldChanged' &&
					(event.data.field === 'leadUnitId' || event.data.field === 'deadline'))
			) {
				statsStale = true;
			}
		}
		const code =
			event.type === 'TaskDeleted'
				? event.data.code
				: event.taskId
					? (codes.get(event.taskId) ?? null)
					: null;
		const row = activityRow(event, code, context);
		if (row) feed.push(row);
		if (event.type === 'TaskDeleted' && didChange) codes.delete(event.taskId!);
	}
	if (touched) {
		await db
			.updateTable('plans')
			.set({ version: touched.seq, updated_at: touched.at })
			.where('id', '=', planId)
			.execute();
	}
	if (statsStale) await refreshUnitStats(db, [planId]);
	if (feed.length > 0) await db.insertInto('activity_feed').values(feed).execute();
}

async function taskPlace(db: Kysely<Schema>, taskId: string, planId: string) {
	return db
		.selectFrom('tasks')
		.select(['group_id', 'position'])
		.where('id', '=', taskId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
}

/** Whether tasks can go in this group: no group (null), or a group of the plan. */
async function isGroup(db: Kysely<Schema>, planId: string, groupId: string | null): Promise<boolean> {
	if (groupId === null) return true;
	const row = await db
		.selectFrom('task_groups')
		.select('id')
		.where('id', '=', groupId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	return row !== undefined;
}

async function shiftTasks(
	db: Kysely<Schema>,
	planId: string,
	groupId: string | null,
	from: number,
	by: 1 | -1,
	except?: string
): Promise<void> {
	await sql`
		update tasks set position = position + ${by}
		where plan_id = ${planId} and group_id is not distinct from ${groupId} and position >= ${from}
		${except ? sql`and id <> ${except}` : sql``}`.execute(db);
}

async function countTasks(db: Kysely<Schema>, planId: string, groupId: string | null, except?: string) {
	const row = await sql<{ n: number }>`
		select count(*)::int4 as n from tasks
		where plan_id = ${planId} and group_id is not distinct from ${groupId}
		${except ? sql`and id <> ${except}` : sql``}`.execute(db);
	return row.rows[0]?.n ?? 0;
}

async function applyOne(db: Kysely<Schema>, event: StoredEvent): Promise<boolean> {
	const planId = event.planId;
	const at = event.occurredAt;
	switch (event.type) {
		case 'PlanCreated': {
			const d = event.data;
			const inserted = await db
				.insertInto('plans')
				.values({
					id: planId,
					title: d.title,
					owner_unit_id: d.ownerUnitId,
					directive_id: d.documentId ?? null,
					status: 'draft',
					revision: 0,
					purpose: '',
					organisation: '',
					issued_at: null,
					search_text: foldVietnamese(d.title),
					created_at: at,
					updated_at: at,
					co_drafter_unit_ids: '[]',
					version: event.seq
				})
				.onConflict((oc) => oc.column('id').doNothing())
				.executeTakeFirst();
			if (!changed({ numAffectedRows: inserted.numInsertedOrUpdatedRows })) return false;
			if (d.implementsDirectiveIds.length > 0) {
				await db
					.insertInto('plan_implements')
					.values([...new Set(d.implementsDirectiveIds)].map((id) => ({ plan_id: planId, directive_id: id })))
					.execute();
			}
			return true;
		}
		case 'CoDrafterInvited':
			return changed(
				await db
					.updateTable('plans')
					.set({
						co_drafter_unit_ids: sql<string>`co_drafter_unit_ids || jsonb_build_array(${event.data.unitId}::text)`
					})
					.where('id', '=', planId)
					.executeTakeFirst()
			);
		case 'PlanIssued':
		case 'PlanAmendmentIssued':
			return changed(
				await db
					.updateTable('plans')
					.set({ status: 'issued', issued_at: at as unknown as Date, revision: event.data.revision })
					.where('id', '=', planId)
					.executeTakeFirst()
			);
		case 'PlanAmendmentStarted':
			return changed(
				await db.updateTable('plans').set({ status: 'amending' }).where('id', '=', planId).executeTakeFirst()
			);
		case 'PlanSectionEdited': {
			const { section, to } = event.data;
			const set =
				section === 'title'
					? { title: to, search_text: foldVietnamese(to) }
					: section === 'purpose'
						? { purpose: to }
						: { organisation: to };
			return changed(await db.updateTable('plans').set(set).where('id', '=', planId).executeTakeFirst());
		}
		case 'TaskGroupCreated': {
			const { groupId, code, title, index } = event.data;
			const exists = await db
				.selectFrom('task_groups')
				.select('id')
				.where('id', '=', groupId)
				.executeTakeFirst();
			if (exists) return false;
			const count = await db
				.selectFrom('task_groups')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.where('plan_id', '=', planId)
				.executeTakeFirstOrThrow();
			const position = clamp(index, Number(count.n));
			await sql`update task_groups set position = position + 1 where plan_id = ${planId} and position >= ${position}`.execute(
				db
			);
			await db
				.insertInto('task_groups')
				.values({ id: groupId, plan_id: planId, code, title, position })
				.execute();
			return true;
		}
		case 'TaskGroupChanged': {
			const { groupId, field, to } = event.data;
			return changed(
				await db
					.updateTable('task_groups')
					.set(field === 'code' ? { code: to } : { title: to })
					.where('id', '=', groupId)
					.where('plan_id', '=', planId)
					.executeTakeFirst()
			);
		}
		case 'TaskGroupMoved': {
			const { groupId, to } = event.data;
			const group = await db
				.selectFrom('task_groups')
				.select('position')
				.where('id', '=', groupId)
				.where('plan_id', '=', planId)
				.executeTakeFirst();
			if (!group) return false;
			const count = await db
				.selectFrom('task_groups')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.where('plan_id', '=', planId)
				.executeTakeFirstOrThrow();
			await sql`update task_groups set position = position - 1 where plan_id = ${planId} and position > ${group.position}`.execute(
				db
			);
			const position = clamp(to, Number(count.n) - 1);
			await sql`update task_groups set position = position + 1 where plan_id = ${planId} and position >= ${position} and id <> ${groupId}`.execute(
				db
			);
			await db.updateTable('task_groups').set({ position }).where('id', '=', groupId).execute();
			return true;
		}
		case 'TaskGroupDeleted': {
			const { groupId } = event.data;
			const group = await db
				.selectFrom('task_groups')
				.select('position')
				.where('id', '=', groupId)
				.where('plan_id', '=', planId)
				.executeTakeFirst();
			if (!group || (await countTasks(db, planId, groupId)) > 0) return false;
			await db.deleteFrom('task_groups').where('id', '=', groupId).execute();
			await sql`update task_groups set position = position - 1 where plan_id = ${planId} and position > ${group.position}`.execute(
				db
			);
			return true;
		}
		case 'TaskCreated': {
			const taskId = event.taskId;
			if (taskId === null) return false;
			const exists = await db.selectFrom('tasks').select('id').where('id', '=', taskId).executeTakeFirst();
			const d = event.data;
			if (exists || !(await isGroup(db, planId, d.groupId))) return false;
			const position = clamp(d.index, await countTasks(db, planId, d.groupId));
			await shiftTasks(db, planId, d.groupId, position, 1);
			await db
				.insertInto('tasks')
				.values({
					id: taskId,
					plan_id: planId,
					group_id: d.groupId,
					code: d.code,
					position,
					content: d.content,
					lead_unit_id: d.leadUnitId,
					output: d.output,
					...deadlineColumns(d.deadline),
					status: 'assigned',
					progress: 0,
					completed_on: null,
					version: event.seq,
					search_text: foldVietnamese(`${d.code} ${d.content}`),
					updated_at: at
				})
				.execute();
			await setCoordinators(db, taskId, d.coordinatorUnitIds);
			return true;
		}
		default:
			return applyTaskEvent(db, event);
	}
}

async function setCoordinators(
	db: Kysely<Schema>,
	taskId: string,
	unitIds: readonly string[]
): Promise<void> {
	await db.deleteFrom('task_coordinators').where('task_id', '=', taskId).execute();
	if (unitIds.length === 0) return;
	await db
		.insertInto('task_coordinators')
		.values([...new Set(unitIds)].map((unitId, position) => ({ task_id: taskId, unit_id: unitId, position })))
		.execute();
}

type TaskLevelEvent = Exclude<
	StoredEvent,
	Stored<PlanEvent> | { type: 'PlanSectionEdited' | 'TaskCreated' | `TaskGroup${string}` }
>;

async function applyTaskEvent(db: Kysely<Schema>, event: TaskLevelEvent): Promise<boolean> {
	const taskId = event.taskId;
	if (taskId === null) return false;
	const planId = event.planId;
	const stamp = { version: event.seq, updated_at: event.occurredAt };
	const update = async (set: Record<string, unknown>) =>
		changed(
			await db
				.updateTable('tasks')
				.set({ ...set, ...stamp })
				.where('id', '=', taskId)
				.where('plan_id', '=', planId)
				.executeTakeFirst()
		);
	switch (event.type) {
		case 'TaskDeleted': {
			const place = await taskPlace(db, taskId, planId);
			if (!place) return false;
			await db.deleteFrom('tasks').where('id', '=', taskId).execute();
			await shiftTasks(db, planId, place.group_id, place.position + 1, -1);
			return true;
		}
		case 'TaskMoved': {
			const place = await taskPlace(db, taskId, planId);
			const to = event.data.toGroupId;
			if (!place || !(await isGroup(db, planId, to))) return false;
			await shiftTasks(db, planId, place.group_id, place.position + 1, -1, taskId);
			const position = clamp(event.data.toIndex, await countTasks(db, planId, to, taskId));
			await shiftTasks(db, planId, to, position, 1, taskId);
			return update({ group_id: to, position });
		}
		case 'TaskFieldChanged': {
			const d = event.data;
			switch (d.field) {
				case 'code': {
					const row = await db
						.selectFrom('tasks')
						.select('content')
						.where('id', '=', taskId)
						.executeTakeFirst();
					if (!row) return false;
					return update({ code: d.to, search_text: foldVietnamese(`${d.to} ${row.content}`) });
				}
				case 'leadUnitId':
					return update({ lead_unit_id: d.to });
				case 'coordinatorUnitIds': {
					const ok = await update({});
					if (ok) await setCoordinators(db, taskId, d.to);
					return ok;
				}
				case 'deadline':
					return update(deadlineColumns(d.to));
				case 'output':
					return update({ output: d.to });
				case 'difficulties':
					return update({ difficulties: d.to });
				case 'extensionRequest':
					return update({ extension_request: d.to });
				default:
					return false;
			}
		}
		case 'TaskTextEdited': {
			const row = await db.selectFrom('tasks').select('code').where('id', '=', taskId).executeTakeFirst();
			if (!row) return false;
			return update({ content: event.data.to, search_text: foldVietnamese(`${row.code} ${event.data.to}`) });
		}
		case 'TaskContributionNoted': {
			const ok = await update({});
			if (!ok) return false;
			const { unitId, to } = event.data;
			if (to === null || to === '') {
				await db
					.deleteFrom('task_contributions')
					.where('task_id', '=', taskId)
					.where('unit_id', '=', unitId)
					.execute();
			} else {
				await db
					.insertInto('task_contributions')
					.values({ task_id: taskId, unit_id: unitId, note: to })
					.onConflict((oc) => oc.columns(['task_id', 'unit_id']).doUpdateSet({ note: to }))
					.execute();
			}
			return true;
		}
		case 'TaskAccepted':
			return update({ status: 'accepted' });
		case 'TaskStarted':
			return update({ status: 'in_progress' });
		case 'TaskProgressUpdated':
			return update({ progress: event.data.to });
		case 'TaskResultReported':
			return update({ status: 'reported', result_report: event.data.summary });
		case 'TaskResultConfirmed':
			return update({ status: 'done', progress: 100, completed_on: event.data.completedOn });
		case 'TaskResultReturned':
			return update({ status: 'returned' });
		case 'TaskPaused':
			return update({ status: 'paused', paused_from: event.data.previousStatus });
		case 'TaskResumed':
			return update({ status: event.data.status, paused_from: null });
		default:
			return false;
	}
}
