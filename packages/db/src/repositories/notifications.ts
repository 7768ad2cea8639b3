import {
	addDays,
	compareTaskCodes,
	computeTimeStatus,
	dueReminders,
	type Deadline,
	type IsoDate,
	type NotificationKey,
	type ReminderKind,
	type ReminderOptions,
	type TaskStatus
} from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import { notifyInbox } from '../notify/inbox-notice.ts';
import type { Schema } from '../schema.ts';

/** What one run of the reminder job did. */
export interface ReminderRun {
	/** Reminders owed at `now` (stored before or now). */
	due: number;
	/** Of those, the ones stored by this run. */
	created: number;
}

/**
 * Stores the reminders owed at `now` for the tasks of every plan that is no longer a draft (a draft binds
 * nobody yet). Idempotent: a reminder already stored for (task, kind, due date) is left alone.
 */
export async function recordDueReminders(
	db: Kysely<Schema>,
	now: Date,
	options: ReminderOptions = {}
): Promise<ReminderRun> {
	const tasks = await db
		.selectFrom('tasks')
		.innerJoin('plans', 'plans.id', 'tasks.plan_id')
		.select([
			'tasks.id',
			'tasks.plan_id',
			'tasks.lead_unit_id',
			'tasks.status',
			'tasks.deadline_due',
			'tasks.completed_on'
		])
		.where('plans.status', '<>', 'draft')
		.where('tasks.status', '<>', 'done')
		.where('tasks.deadline_due', 'is not', null)
		.where('tasks.lead_unit_id', 'is not', null)
		.execute();
	const reminders = dueReminders(
		tasks.map((t) => ({
			id: t.id,
			planId: t.plan_id,
			leadUnitId: t.lead_unit_id,
			status: t.status,
			due: t.deadline_due,
			completedOn: t.completed_on
		})),
		now,
		options
	);
	let created = 0;
	const reminded = new Set<string>();
	const CHUNK = 500;
	for (let i = 0; i < reminders.length; i += CHUNK) {
		const inserted = await db
			.insertInto('notifications')
			.values(
				reminders.slice(i, i + CHUNK).map((r) => ({
					unit_id: r.unitId,
					plan_id: r.planId,
					task_id: r.taskId,
					kind: r.kind,
					due_on: r.due,
					created_at: now
				}))
			)
			.onConflict((oc) => oc.columns(['task_id', 'kind', 'due_on']).doNothing())
			.returning(['id', 'unit_id'])
			.execute();
		created += inserted.length;
		for (const row of inserted) reminded.add(row.unit_id);
	}
	await notifyInbox(db, { unitIds: [...reminded], userIds: [] });
	return { due: reminders.length, created };
}

/** A notification as the notifications page shows it: a deadline reminder or a workflow event's. */
export interface NotificationItem {
	id: number;
	/** A reminder stage (ReminderKind) or a workflow message key (NotificationKey). */
	kind: ReminderKind | NotificationKey;
	/** The due date a reminder is about; null for workflow notifications. */
	dueOn: IsoDate | null;
	createdAt: string;
	read: boolean;
	planId: string;
	planTitle: string | null;
	taskId: string | null;
	taskCode: string | null;
	taskContent: string | null;
	deadlineText: string | null;
	/** The task's due date now (it may have moved since the reminder). */
	currentDue: IsoDate | null;
	taskStatus: TaskStatus | null;
	/** The event a workflow notification comes from, and who did it; null for reminders. */
	eventType: string | null;
	actorUnitId: string | null;
	actorUnitName: string | null;
}

/** Whose notifications: a person of a unit (read marks are the person's, the list is the unit's). */
export interface NotificationReader {
	userId: string;
	unitId: string;
}

/** The unit's reminders, newest first, with the reader's read marks. */
export async function listNotifications(
	db: Kysely<Schema>,
	reader: NotificationReader,
	options: { limit?: number; unreadOnly?: boolean } = {}
): Promise<NotificationItem[]> {
	let query = db
		.selectFrom('notifications as n')
		.leftJoin('tasks', 'tasks.id', 'n.task_id')
		.leftJoin('plans', 'plans.id', 'n.plan_id')
		.leftJoin('units as actor_unit', 'actor_unit.id', 'n.actor_unit_id')
		.leftJoin('notification_reads as r', (join) =>
			join.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', reader.userId)
		)
		.select([
			'n.id',
			'n.kind',
			'n.due_on',
			'n.created_at',
			'n.plan_id',
			'n.task_id',
			'plans.title as plan_title',
			'tasks.code as task_code',
			'tasks.content as task_content',
			'tasks.deadline_text',
			'tasks.deadline_due',
			'tasks.status as task_status',
			'r.read_at',
			'n.event_type',
			'n.actor_unit_id',
			'actor_unit.short_name as actor_unit_name'
		])
		.where('n.unit_id', '=', reader.unitId)
		.where((eb) => eb.or([eb('n.user_id', 'is', null), eb('n.user_id', '=', reader.userId)]))
		.orderBy('n.created_at', 'desc')
		.orderBy('n.id', 'desc')
		.limit(options.limit ?? 200);
	if (options.unreadOnly) query = query.where('r.read_at', 'is', null);
	const rows = await query.execute();
	return rows.map((row) => ({
		id: row.id,
		kind: row.kind as NotificationItem['kind'],
		dueOn: row.due_on,
		createdAt: new Date(row.created_at).toISOString(),
		read: row.read_at !== null,
		planId: row.plan_id,
		planTitle: row.plan_title,
		taskId: row.task_id,
		taskCode: row.task_code,
		taskContent: row.task_content,
		deadlineText: row.deadline_text,
		currentDue: row.deadline_due,
		taskStatus: row.task_status,
		eventType: row.event_type,
		actorUnitId: row.actor_unit_id,
		actorUnitName: row.actor_unit_name
	}));
}

/** How many of the unit's reminders the person has not read. */
export async function unreadNotificationCount(
	db: Kysely<Schema>,
	reader: NotificationReader
): Promise<number> {
	const row = await db
		.selectFrom('notifications as n')
		.leftJoin('notification_reads as r', (join) =>
			join.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', reader.userId)
		)
		.select(sql<number>`count(*)::int4`.as('count'))
		.where('n.unit_id', '=', reader.unitId)
		.where((eb) => eb.or([eb('n.user_id', 'is', null), eb('n.user_id', '=', reader.userId)]))
		.where('r.read_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/**
 * Marks the given reminders (or, without ids, every reminder of the reader's unit) read for the reader.
 * Ids of other units' reminders are ignored. Resolves to how many became read.
 */
export async function markNotificationsRead(
	db: Kysely<Schema>,
	reader: NotificationReader,
	ids?: readonly number[]
): Promise<number> {
	if (ids !== undefined && ids.length === 0) return 0;
	let mine = db
		.selectFrom('notifications')
		.select(['id as notification_id', sql<string>`${reader.userId}::text`.as('user_id')])
		.where('unit_id', '=', reader.unitId)
		.where((eb) => eb.or([eb('user_id', 'is', null), eb('user_id', '=', reader.userId)]));
	if (ids !== undefined) mine = mine.where('id', 'in', [...ids]);
	const result = await db
		.insertInto('notification_reads')
		.columns(['notification_id', 'user_id'])
		.expression(mine)
		.onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
		.executeTakeFirst();
	const count = Number(result.numInsertedOrUpdatedRows ?? 0);
	// the person's other open pages update their count
	if (count > 0) await notifyInbox(db, { unitIds: [], userIds: [reader.userId] });
	return count;
}

/** A task in the weekly digest. */
export interface DigestTask {
	id: string;
	code: string;
	content: string;
	deadlineText: string | null;
	due: IsoDate;
	status: TaskStatus;
	progress: number;
	/** Days past due at the start of the week (overdue) or days left from it (due this week). */
	days: number;
}

/** One plan's part of the weekly digest. */
export interface DigestPlan {
	planId: string;
	title: string;
	overdue: DigestTask[];
	dueThisWeek: DigestTask[];
}

/** The weekly digest of a unit: what it leads that is overdue or due in the 7 days from `weekStart`. */
export interface WeeklyDigest {
	unitId: string;
	weekStart: IsoDate;
	weekEnd: IsoDate;
	plans: DigestPlan[];
}

/**
 * The digest of the week starting on `weekStart` (a Monday, Vietnam's calendar): for each plan that is no
 * longer a draft, the open tasks the unit leads that are overdue (now, or at the start of another week) and
 * those due by the week's end, earliest due first.
 */
export async function weeklyDigest(
	db: Kysely<Schema>,
	unitId: string,
	weekStart: IsoDate,
	now: Date = new Date()
): Promise<WeeklyDigest> {
	const weekEnd = addDays(weekStart, 6);
	const rows = await db
		.selectFrom('tasks')
		.innerJoin('plans', 'plans.id', 'tasks.plan_id')
		.select([
			'tasks.id',
			'tasks.plan_id',
			'tasks.code',
			'tasks.content',
			'tasks.deadline_text',
			'tasks.deadline_due',
			'tasks.status',
			'tasks.progress',
			'tasks.completed_on',
			'plans.title'
		])
		.where('tasks.lead_unit_id', '=', unitId)
		.where('plans.status', '<>', 'draft')
		.where('tasks.status', '<>', 'done')
		.where('tasks.deadline_due', '<=', weekEnd)
		.orderBy('tasks.deadline_due')
		.orderBy('plans.title')
		.orderBy('tasks.plan_id')
		.orderBy('tasks.position')
		.execute();
	// Days are counted from now during the week itself, from 00:00 of its Monday (Vietnam) for another week.
	const monday = new Date(`${weekStart}T00:00:00+07:00`);
	const inWeek = now >= monday && now.getTime() < monday.getTime() + 7 * 86_400_000;
	const start = inWeek ? now : monday;
	const plans = new Map<string, DigestPlan>();
	for (const row of rows) {
		if (row.deadline_due === null) continue;
		const deadline: Deadline = { kind: 'date', text: row.deadline_due, due: row.deadline_due, latest: false };
		const timed = computeTimeStatus(
			{ status: row.status, deadline, completedOn: row.completed_on, progress: row.progress },
			start
		);
		let plan = plans.get(row.plan_id);
		if (!plan) {
			plan = { planId: row.plan_id, title: row.title, overdue: [], dueThisWeek: [] };
			plans.set(row.plan_id, plan);
		}
		const task: DigestTask = {
			id: row.id,
			code: row.code,
			content: row.content,
			deadlineText: row.deadline_text,
			due: row.deadline_due,
			status: row.status,
			progress: row.progress,
			days: timed.status === 'overdue' ? (timed.daysOverdue ?? 0) : (timed.daysLeft ?? 0)
		};
		if (timed.status === 'overdue') plan.overdue.push(task);
		else plan.dueThisWeek.push(task);
	}
	const byDueThenCode = (a: DigestTask, b: DigestTask) =>
		a.due === b.due ? compareTaskCodes(a.code, b.code) : a.due < b.due ? -1 : 1;
	for (const plan of plans.values()) {
		plan.overdue.sort(byDueThenCode);
		plan.dueThisWeek.sort(byDueThenCode);
	}
	return {
		unitId,
		weekStart,
		weekEnd,
		plans: [...plans.values()].sort((a, b) => a.title.localeCompare(b.title, 'vi'))
	};
}
