import {
	describeEvent,
	foldVietnamese,
	type ChainedEventContent,
	type Deadline,
	type PlanEvent,
	type Stored,
	type StoredEvent
} from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../schema.ts';
import { isOfficeProjected, projectOfficeEvent } from './office.ts';

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
	const row = activityFields(event, taskCode, context);
	if (!row) return null;
	const { plan_id, task_id, task_code, type, summary, user_id, unit_id, occurred_at } = row;
	return {
		position: event.position,
		plan_id,
		task_id,
		task_code,
		type,
		summary,
		user_id,
		unit_id,
		occurred_at
	};
}

/** The activity row of an event before its position is known (the appending statement joins it in). */
export type PendingActivityRow = Omit<ActivityRow, 'position'> & { seq: number };

function activityFields(
	event: ChainedEventContent,
	taskCode: string | null,
	context: ProjectionContext
): PendingActivityRow | null {
	if (event.type === 'PermissionDenied') return null;
	return {
		seq: event.seq,
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

/** A task of the read model as the projection sees it: its plan and the two texts its search text folds. */
export interface KnownTask {
	planId: string;
	code: string;
	content: string;
}

/** The PostgreSQL type of each task column a column event writes. */
const TASK_COLUMN_TYPES: Readonly<
	Record<string, 'text' | 'jsonb' | 'date' | 'int4' | 'int8' | 'timestamptz'>
> = {
	code: 'text',
	content: 'text',
	search_text: 'text',
	lead_unit_id: 'text',
	output: 'text',
	deadline: 'jsonb',
	deadline_text: 'text',
	deadline_due: 'date',
	difficulties: 'text',
	extension_request: 'text',
	status: 'text',
	progress: 'int4',
	result_report: 'text',
	completed_on: 'date',
	paused_from: 'text',
	version: 'int8',
	updated_at: 'timestamptz'
};

/**
 * The columns a task event sets on its task row when the task exists, or null for the events that take
 * the statement-by-statement path (structure, coordinators, contributions) or change nothing.
 */
function taskColumns(event: StoredEvent, task: KnownTask): Record<string, unknown> | null {
	switch (event.type) {
		case 'TaskFieldChanged': {
			const d = event.data;
			switch (d.field) {
				case 'code':
					return { code: d.to, search_text: foldVietnamese(`${d.to} ${task.content}`) };
				case 'leadUnitId':
					return { lead_unit_id: d.to };
				case 'deadline':
					return deadlineColumns(d.to);
				case 'output':
					return { output: d.to };
				case 'difficulties':
					return { difficulties: d.to };
				case 'extensionRequest':
					return { extension_request: d.to };
				default:
					return null;
			}
		}
		case 'TaskTextEdited':
			return { content: event.data.to, search_text: foldVietnamese(`${task.code} ${event.data.to}`) };
		case 'TaskAccepted':
			return { status: 'accepted' };
		case 'TaskStarted':
			return { status: 'in_progress' };
		case 'TaskProgressUpdated':
			return { progress: event.data.to };
		case 'TaskResultReported':
			return { status: 'reported', result_report: event.data.summary };
		case 'TaskResultConfirmed':
			return { status: 'done', progress: 100, completed_on: event.data.completedOn };
		case 'TaskResultReturned':
			return { status: 'returned' };
		case 'TaskPaused':
			return { status: 'paused', paused_from: event.data.previousStatus };
		case 'TaskResumed':
			return { status: event.data.status, paused_from: null };
		default:
			return null;
	}
}

/** Whether an event only sets columns of its own task row (see taskColumns), whatever its data. */
function isColumnEvent(event: StoredEvent): boolean {
	switch (event.type) {
		case 'TaskFieldChanged':
			return event.data.field !== 'coordinatorUnitIds';
		case 'TaskTextEdited':
		case 'TaskAccepted':
		case 'TaskStarted':
		case 'TaskProgressUpdated':
		case 'TaskResultReported':
		case 'TaskResultConfirmed':
		case 'TaskResultReturned':
		case 'TaskPaused':
		case 'TaskResumed':
			return true;
		default:
			return false;
	}
}

/** Folded column changes of tasks, by task id. */
type TaskColumnChanges = Map<string, { planId: string; set: Record<string, unknown> }>;

/**
 * Statements that write folded task columns: one UPDATE … FROM jsonb_to_recordset(…) per set of columns,
 * so the progress updates of fifty plans are one statement with one parameter. Returned, not run: the
 * appending statement carries them as CTEs.
 */
export function taskColumnUpdates(changes: TaskColumnChanges): RawBuilder<unknown>[] {
	const bySignature = new Map<string, Array<Record<string, unknown>>>();
	for (const [taskId, { planId, set }] of changes) {
		const signature = Object.keys(set).sort().join(',');
		const rows = bySignature.get(signature) ?? [];
		rows.push({ ...set, task_id: taskId, plan_id: planId });
		bySignature.set(signature, rows);
	}
	return [...bySignature].map(([signature, rows]) => {
		const columns = signature.split(',');
		// jsonb columns travel as their text and are cast back: a record field typed jsonb would keep them a string
		const recordType = (c: string) => (TASK_COLUMN_TYPES[c] === 'jsonb' ? 'text' : TASK_COLUMN_TYPES[c]!);
		return sql`
			update tasks set ${sql.join(
				columns.map((c) =>
					TASK_COLUMN_TYPES[c] === 'jsonb'
						? sql`${sql.ref(c)} = r.${sql.ref(c)}::jsonb`
						: sql`${sql.ref(c)} = r.${sql.ref(c)}`
				)
			)}
			from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r (
				task_id text, plan_id text, ${sql.join(columns.map((c) => sql`${sql.ref(c)} ${sql.raw(recordType(c))}`))}
			)
			where tasks.id = r.task_id and tasks.plan_id = r.plan_id`;
	});
}

/**
 * The statements that write what projectInline folded, for the appending statement to carry as CTEs:
 * folded task columns, plan versions, and the activity feed joined to the new events' positions (`ev`).
 */
export function inlineStatements(writes: InlineWrites): RawBuilder<unknown>[] {
	const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;
	const plans = [...writes.plans].map(([id, t]) => ({ id, version: t.seq, at: t.at }));
	return [
		...taskColumnUpdates(writes.tasks),
		sql`
			update plans set version = r.version, updated_at = r.at
			from jsonb_to_recordset(${json(plans)}) as r (id text, version int8, at timestamptz)
			where plans.id = r.id`,
		sql`
			insert into activity_feed (position, plan_id, task_id, task_code, type, summary, user_id, unit_id, occurred_at)
			select ev.position, r.plan_id, r.task_id, r.task_code, r.type, r.summary, r.user_id, r.unit_id, r.occurred_at
			from jsonb_to_recordset(${json(writes.feed)}) as r (
				seq int8, plan_id text, task_id text, task_code text, type text, summary text, user_id text,
				unit_id text, occurred_at timestamptz
			)
			join ev on ev.plan_id = r.plan_id and ev.seq = r.seq`
	];
}

/** What appended events still have to write to the read models, in the appending statement. */
export interface InlineWrites {
	/** Folded column changes of existing tasks (see taskColumnUpdates). */
	tasks: TaskColumnChanges;
	/** Per plan, the seq and time of its last event that changed something. */
	plans: Map<string, { seq: number; at: string }>;
	/** Activity rows, joined to their events' positions by (plan, seq). */
	feed: PendingActivityRow[];
	/** Plans whose per-unit counts must be recomputed once the task columns are written. */
	statsStale: Set<string>;
}

/**
 * Projects appended events onto the read models inside the appending transaction, before the events are
 * inserted. The events may belong to several plans (a group commit); each plan's events come in seq order.
 *
 * Events that only set columns of an existing task (progress, status, fields, text: most of the log) are
 * folded in memory per task and returned with the plan versions and the activity rows, for the appending
 * statement to write in the same round trip. The others (structure, coordinators, contributions) run
 * statement by statement, in order, after the column changes folded before them are written.
 */
export async function projectInline(
	db: Kysely<Schema>,
	events: readonly ChainedEventContent[],
	context: ProjectionContext,
	/** Per plan, whether its stream already holds its PlanCreated. */
	created: ReadonlyMap<string, boolean>,
	/** The read-model rows of the tasks the events name, as the transaction read them. */
	known: Map<string, KnownTask>
): Promise<InlineWrites> {
	const writes: InlineWrites = { tasks: new Map(), plans: new Map(), feed: [], statsStale: new Set() };
	const planExists = new Map(created);
	const taskOf = (event: StoredEvent): KnownTask | undefined => {
		const task = event.taskId !== null ? known.get(event.taskId) : undefined;
		return task?.planId === event.planId ? task : undefined;
	};
	for (const record of events) {
		const event = record as StoredEvent;
		if (event.type === 'PermissionDenied') continue;
		if (!planExists.get(event.planId) && event.type !== 'PlanCreated') continue;
		let didChange: boolean;
		if (isColumnEvent(event)) {
			const task = taskOf(event);
			const set = task ? taskColumns(event, task) : null;
			didChange = set !== null;
			if (task && set) {
				const entry = writes.tasks.get(event.taskId!) ?? { planId: event.planId, set: {} };
				Object.assign(entry.set, set, { version: event.seq, updated_at: event.occurredAt });
				writes.tasks.set(event.taskId!, entry);
				if (typeof set['code'] === 'string') task.code = set['code'];
				if (typeof set['content'] === 'string') task.content = set['content'];
			}
		} else {
			if (writes.tasks.size > 0) {
				for (const update of taskColumnUpdates(writes.tasks)) await update.execute(db);
				writes.tasks.clear();
			}
			didChange = await applyOne(db, event);
			if (isOfficeProjected(event.type)) await projectOfficeEvent(db, event);
			if (didChange && event.type === 'PlanCreated') planExists.set(event.planId, true);
			if (didChange && event.type === 'TaskCreated') {
				known.set(event.taskId!, {
					planId: event.planId,
					code: event.data.code,
					content: event.data.content
				});
			}
			if (didChange && event.type === 'TaskDeleted') known.delete(event.taskId!);
		}
		if (didChange) {
			writes.plans.set(event.planId, { seq: event.seq, at: event.occurredAt });
			if (
				STATS_EVENTS.has(event.type) ||
				(event.type === 'TaskFieldChanged' &&
					(event.data.field === 'leadUnitId' || event.data.field === 'deadline'))
			) {
				writes.statsStale.add(event.planId);
			}
		}
		// the feed names the task by its code after the event (a created task's new code, a renumbered one's)
		const code = event.type === 'TaskDeleted' ? event.data.code : (taskOf(event)?.code ?? null);
		const row = activityFields(event, code, context);
		if (row) writes.feed.push(row);
	}
	return writes;
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

/** The task events that are not column events: deletion, moves, coordinators, contributions. */
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
			// the other fields are column events, folded by applyInline
			if (event.data.field !== 'coordinatorUnitIds') return false;
			const ok = await update({});
			if (ok) await setCoordinators(db, taskId, event.data.to);
			return ok;
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
		default:
			return false;
	}
}
