import { OFFICE_EVENT_TYPES, type ChainedEventContent, type IssueRecord } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import {
	NEW_SIGNOFF,
	directiveRow,
	inboxMerge,
	inboxRows,
	issueRow,
	signoffSet,
	type SignoffSet
} from './office-rows.ts';
import { officeReplay } from './office-replay.ts';
import type { Projection } from './projection.ts';

/*
 * The read models of the office workflow (plan_signoffs, plan_issues, inbox_items) and the registry entry an
 * issue becomes. These tables carry nothing of the plan's own version, so it is not stamped here; an issue
 * reads the plan's title, so the projection is registered after the plans projection.
 */

const HANDLES: ReadonlySet<string> = new Set<string>([
	...OFFICE_EVENT_TYPES,
	'PlanIssued',
	'PlanAmendmentIssued',
	'UnitsMerged'
]);

/** The office projection: sign-off state, issues and their registry entries, recipients' inboxes. */
export const officeProjection: Projection = {
	name: 'office',
	tables: ['inbox_items', 'plan_issues', 'plan_signoffs'],
	handles: HANDLES,
	replay: officeReplay(HANDLES),
	async apply(trx, events) {
		for (const event of events) await projectOfficeEvent(trx, event);
	}
};

type Data = Record<string, unknown>;

/** Applies one event to the office read models; events it does not handle are ignored. */
async function projectOfficeEvent(db: Kysely<Schema>, event: ChainedEventContent): Promise<void> {
	const data = event.data as Data;
	const at = event.occurredAt;
	const planId = event.planId;
	const issue = data['issue'] as IssueRecord | undefined;
	if ((event.type === 'PlanIssued' || event.type === 'PlanAmendmentIssued') && issue) {
		await recordIssue(db, event, Number(data['revision']), issue);
	}
	const signoff = signoffSet(event);
	if (signoff) return setSignoff(db, planId, at, signoff);
	const inbox = { plan_id: planId, revision: Number(data['revision']), unit_id: String(data['unitId']) };
	switch (event.type) {
		case 'PlanReceived':
			await db
				.updateTable('inbox_items')
				.set({ received_at: at, received_by: event.userId })
				.where((eb) => eb.and(inbox))
				.execute();
			return;
		case 'PlanReceiptAssigned':
			await db
				.updateTable('inbox_items')
				.set({
					assigned_user_id: String(data['userId']),
					assigned_user_name: String(data['userName']),
					assigned_at: at
				})
				.where((eb) => eb.and(inbox))
				.execute();
			return;
		case 'UnitsMerged': {
			const merge = inboxMerge(data);
			if (merge) await moveInboxItems(db, planId, merge);
			return;
		}
		default:
			return;
	}
}

/**
 * A merge passes the dissolved units' inbox entries of the plan to the successor (with their receipt and
 * assignment); where the successor received the same issue itself, its own entry stays and theirs goes.
 */
async function moveInboxItems(
	db: Kysely<Schema>,
	planId: string,
	{ successor, dissolved }: { successor: string; dissolved: string[] }
): Promise<void> {
	const items = await db
		.selectFrom('inbox_items')
		.selectAll()
		.where('plan_id', '=', planId)
		.where('unit_id', 'in', [...dissolved, successor])
		.orderBy('revision')
		.execute();
	const held = new Set(items.filter((i) => i.unit_id === successor).map((i) => i.revision));
	for (const item of items) {
		if (item.unit_id === successor) continue;
		const entry = { plan_id: planId, revision: item.revision, unit_id: item.unit_id };
		if (held.has(item.revision)) {
			await db
				.deleteFrom('inbox_items')
				.where((eb) => eb.and(entry))
				.execute();
		} else {
			await db
				.updateTable('inbox_items')
				.set({ unit_id: successor })
				.where((eb) => eb.and(entry))
				.execute();
			held.add(item.revision);
		}
	}
}

async function setSignoff(db: Kysely<Schema>, planId: string, at: string, set: SignoffSet): Promise<void> {
	await db
		.insertInto('plan_signoffs')
		.values({ plan_id: planId, ...NEW_SIGNOFF, ...set, updated_at: at })
		.onConflict((oc) => oc.column('plan_id').doUpdateSet({ ...set, updated_at: at }))
		.execute();
}

/** The issue's row, its registry entry (the plan's own document on first issue) and the recipients' inbox. */
async function recordIssue(
	db: Kysely<Schema>,
	event: ChainedEventContent,
	revision: number,
	issue: IssueRecord
): Promise<void> {
	const planId = event.planId;
	const plan = await db
		.selectFrom('plans')
		.select(['title', 'owner_unit_id'])
		.where('id', '=', planId)
		.executeTakeFirst();
	if (!plan) return;
	await db
		.insertInto('plan_issues')
		.values(issueRow(planId, revision, issue))
		.onConflict((oc) => oc.columns(['plan_id', 'revision']).doNothing())
		.execute();
	await db
		.insertInto('directives')
		.values(directiveRow(issue, plan))
		.onConflict((oc) => oc.column('id').doNothing())
		.execute();
	if (revision === 1) {
		await db.updateTable('plans').set({ directive_id: issue.documentId }).where('id', '=', planId).execute();
	}
	const inbox = inboxRows(event, revision, issue);
	if (inbox.length > 0) {
		await db
			.insertInto('inbox_items')
			.values(inbox)
			.onConflict((oc) => oc.columns(['plan_id', 'revision', 'unit_id']).doNothing())
			.execute();
	}
}
