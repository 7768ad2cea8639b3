import {
	notificationTextVi,
	notificationsFor,
	NOTIFICATION_RULES,
	type EventRecord
} from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { EventStore } from '../events/event-store.ts';
import { START, type Checkpoint, type Subscription } from '../events/subscribe.ts';
import type { Schema } from '../schema.ts';
import { notifyInbox, type InboxNotice } from './inbox-notice.ts';
import { readNotifierPlan, type NotifierPlan } from './plan-lookup.ts';

/** The checkpoint row of the notifier. */
const NAME = 'notifications';

/** What the notifier needs: where mails link to (null: no link), and where failures go. */
export interface NotifierOptions {
	/** The app's public address, e.g. https://trienkhai.example.gov.vn/ ; mails link to the plan. */
	baseUrl?: string | null;
	/** Whether to queue mails (an SMTP server is configured). */
	mail?: boolean;
	onError?: (error: unknown) => void;
}

/**
 * Where the notifier starts: its stored checkpoint, or, the first time, the end of the log as it is (a new
 * installation or one upgraded to event notifications does not notify the whole past).
 */
async function startingPoint(db: Kysely<Schema>): Promise<Checkpoint> {
	const stored = await db
		.selectFrom('notifier_checkpoints')
		.select(['tx_id', 'position'])
		.where('name', '=', NAME)
		.executeTakeFirst();
	if (stored) return { txId: stored.tx_id, position: stored.position };
	const last = await sql<{ tx: string; position: number }>`
		select tx_id::text as tx, position from events order by tx_id desc, position desc limit 1`.execute(db);
	const row = last.rows[0];
	const point = row ? { txId: row.tx, position: Number(row.position) } : START;
	await db
		.insertInto('notifier_checkpoints')
		.values({ name: NAME, tx_id: point.txId, position: point.position })
		.onConflict((oc) => oc.column('name').doNothing())
		.execute();
	const again = await db
		.selectFrom('notifier_checkpoints')
		.select(['tx_id', 'position'])
		.where('name', '=', NAME)
		.executeTakeFirstOrThrow();
	return { txId: again.tx_id, position: again.position };
}

/** The people of a unit a notification reaches (all active staff), or the one person named. */
async function mailRecipients(
	db: Kysely<Schema>,
	unitId: string,
	userId: string | null
): Promise<Array<{ id: string; email: string }>> {
	let query = db
		.selectFrom('users')
		.select(['id', 'email'])
		.where('unit_id', '=', unitId)
		.where('active', '=', true)
		.where('email', 'is not', null);
	if (userId !== null) query = query.where('id', '=', userId);
	const rows = await query.execute();
	return rows.flatMap((r) => (r.email ? [{ id: r.id, email: r.email }] : []));
}

/**
 * Stores the notifications a batch of events owes (the domain's rule table) and the mails for them, and
 * moves the checkpoint, in one transaction: each event is notified once, whichever instance runs it.
 */
export async function notifyEvents(
	db: Kysely<Schema>,
	events: readonly EventRecord[],
	checkpoint: Checkpoint,
	options: NotifierOptions = {}
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await trx
			.selectFrom('notifier_checkpoints')
			.select('name')
			.where('name', '=', NAME)
			.forUpdate()
			.execute();
		const plans = new Map<string, NotifierPlan | null>();
		let stored = 0;
		const touched: InboxNotice = { unitIds: [], userIds: [] };
		for (const event of events) {
			if (!NOTIFICATION_RULES[event.type]) continue;
			if (!plans.has(event.planId)) plans.set(event.planId, await readNotifierPlan(trx, event.planId));
			const plan = plans.get(event.planId);
			if (!plan) continue;
			for (const owed of notificationsFor(event, plan)) {
				stored += await storeOne(trx, event, plan, owed, options, touched);
			}
		}
		// several instances may follow the log: the stored checkpoint only moves forward
		await sql`
			update notifier_checkpoints set tx_id = ${checkpoint.txId}, position = ${checkpoint.position}
			where name = ${NAME} and (tx_id::xid8, position) < (${checkpoint.txId}::xid8, ${checkpoint.position}::int8)`.execute(
			trx
		);
		// open notification lists and counts look again once this commits
		await notifyInbox(trx, touched);
		return stored;
	});
}

async function storeOne(
	trx: Kysely<Schema>,
	event: EventRecord,
	plan: NotifierPlan,
	owed: ReturnType<typeof notificationsFor>[number],
	options: NotifierOptions,
	touched: InboxNotice
): Promise<number> {
	const people = owed.recipients.userIds.length
		? await trx
				.selectFrom('users')
				.select(['id', 'unit_id'])
				.where('id', 'in', owed.recipients.userIds)
				.execute()
		: [];
	const targets = [
		...owed.recipients.unitIds.map((unitId): { unitId: string; userId: string | null } => ({
			unitId,
			userId: null
		})),
		...people.map((p) => ({ unitId: p.unit_id, userId: p.id }))
	];
	let stored = 0;
	for (const target of targets) {
		const inserted = await trx
			.insertInto('notifications')
			.values({
				unit_id: target.unitId,
				user_id: target.userId,
				plan_id: event.planId,
				task_id: event.taskId,
				kind: owed.key,
				due_on: null,
				created_at: event.occurredAt,
				event_position: event.position,
				event_type: event.type,
				actor_user_id: event.userId,
				actor_unit_id: event.unitId
			})
			.onConflict((oc) =>
				oc
					.expression(sql`event_position, kind, unit_id, coalesce(user_id, '')`)
					.where('event_position', 'is not', null)
					.doNothing()
			)
			.returning('id')
			.executeTakeFirst();
		if (!inserted) continue;
		stored++;
		if (target.userId === null) touched.unitIds.push(target.unitId);
		else touched.userIds.push(target.userId);
		if (options.mail)
			await queueMails(trx, inserted.id, target, event, plan, owed.key, options.baseUrl ?? null);
	}
	return stored;
}

async function queueMails(
	trx: Kysely<Schema>,
	notificationId: number,
	target: { unitId: string; userId: string | null },
	event: EventRecord,
	plan: NotifierPlan,
	key: Parameters<typeof notificationTextVi>[0],
	baseUrl: string | null
): Promise<void> {
	const recipients = await mailRecipients(trx, target.unitId, target.userId);
	if (recipients.length === 0) return;
	const actor = event.unitId
		? await trx.selectFrom('units').select('name').where('id', '=', event.unitId).executeTakeFirst()
		: undefined;
	const taskCode = event.taskId ? plan.taskCode(event.taskId) : null;
	const sentence = notificationTextVi(key, {
		actorUnitName: actor?.name ?? null,
		planTitle: plan.title,
		taskCode
	});
	const link = baseUrl ? `\n\n${new URL(`plans/${encodeURIComponent(event.planId)}`, baseUrl).href}` : '';
	const body = `${sentence}.\n\nKế hoạch: ${plan.title}${link}\n\n-- \nTriển Khai`;
	await trx
		.insertInto('mail_outbox')
		.values(
			recipients.map((r) => ({
				notification_id: notificationId,
				user_id: r.id,
				to_address: r.email,
				subject: `[Triển Khai] ${sentence}`,
				body
			}))
		)
		.onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
		.execute();
}

/** Follows the log from the notifier's checkpoint and stores what each event owes; `stop()` ends it. */
export async function startNotifier(
	db: Kysely<Schema>,
	store: Pick<EventStore, 'subscribe'>,
	options: NotifierOptions = {}
): Promise<Subscription> {
	const from = await startingPoint(db);
	return store.subscribe({
		from,
		onEvents: async (events, checkpoint) => {
			await notifyEvents(db, events, checkpoint, options);
		},
		onError: options.onError
	});
}
