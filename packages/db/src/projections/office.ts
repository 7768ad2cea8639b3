import {
	OFFICE_EVENT_TYPES,
	foldVietnamese,
	formatRegisterNumber,
	issuedNumberLine,
	type ChainedEventContent,
	type IssueRecord,
	type SignerCapacity
} from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { Projection } from './projection.ts';

/*
 * The read models of the office workflow (plan_signoffs, plan_issues, inbox_items) and the registry entry an
 * issue becomes. These tables carry nothing of the plan's own version, so it is not stamped here; an issue
 * reads the plan's title, so the projection is registered after the plans projection.
 */

/** The office projection: sign-off state, issues and their registry entries, recipients' inboxes. */
export const officeProjection: Projection = {
	name: 'office',
	tables: ['inbox_items', 'plan_issues', 'plan_signoffs'],
	handles: new Set<string>([...OFFICE_EVENT_TYPES, 'PlanIssued', 'PlanAmendmentIssued', 'UnitsMerged']),
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
	switch (event.type) {
		case 'PlanSubmittedForSignature':
			return setSignoff(db, planId, at, {
				status: 'submitted',
				signer_user_id: String(data['signerUserId']),
				signer_name: String(data['signerName']),
				submitted_by: event.userId,
				reason: null,
				approved_seq: null
			});
		case 'PlanReturnedForRevision':
			return setSignoff(db, planId, at, { status: 'returned', reason: String(data['reason']) });
		case 'PlanApprovedForSignature':
			return setSignoff(db, planId, at, { status: 'approved', approved_seq: Number(data['seq']) });
		case 'PlanIssued':
		case 'PlanAmendmentIssued': {
			const issue = data['issue'] as IssueRecord | undefined;
			if (!issue) return;
			await recordIssue(db, event, Number(data['revision']), issue);
			return setSignoff(db, planId, at, { status: 'none', reason: null, approved_seq: null });
		}
		case 'PlanReceived':
			await db
				.updateTable('inbox_items')
				.set({ received_at: at, received_by: event.userId })
				.where('plan_id', '=', planId)
				.where('revision', '=', Number(data['revision']))
				.where('unit_id', '=', String(data['unitId']))
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
				.where('plan_id', '=', planId)
				.where('revision', '=', Number(data['revision']))
				.where('unit_id', '=', String(data['unitId']))
				.execute();
			return;
		case 'UnitsMerged':
			if (data['inboxMoved'] === true) await moveInboxItems(db, planId, data);
			return;
		default:
			return;
	}
}

/**
 * A merge passes the dissolved units' inbox entries of the plan to the successor (with their receipt and
 * assignment); where the successor received the same issue itself, its own entry stays and theirs goes.
 */
async function moveInboxItems(db: Kysely<Schema>, planId: string, data: Data): Promise<void> {
	const unitIdOf = (unit: unknown): string => {
		const id = (unit as { unitId?: unknown } | null)?.unitId;
		return typeof id === 'string' ? id : '';
	};
	const successor = unitIdOf(data['successor']);
	const dissolved = Array.isArray(data['dissolved']) ? data['dissolved'].map(unitIdOf) : [];
	if (dissolved.length === 0) return;
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

async function setSignoff(
	db: Kysely<Schema>,
	planId: string,
	at: string,
	set: Partial<Omit<Schema['plan_signoffs'], 'plan_id' | 'updated_at'>> & {
		status: Schema['plan_signoffs']['status'];
	}
): Promise<void> {
	await db
		.insertInto('plan_signoffs')
		.values({
			plan_id: planId,
			signer_user_id: null,
			signer_name: null,
			submitted_by: null,
			reason: null,
			approved_seq: null,
			...set,
			updated_at: at
		})
		.onConflict((oc) => oc.column('plan_id').doUpdateSet({ ...set, updated_at: at }))
		.execute();
}

/** The capacity the registry records for a signing authority (Q. and TUQ. have none of the three). */
function capacityOf(issue: IssueRecord): SignerCapacity | null {
	switch (issue.signer.authority) {
		case 'head':
			return issue.signer.collective ? 'TM.' : null;
		case 'KT.':
			return issue.signer.collective ? 'TM.' : 'KT.';
		case 'TL.':
			return 'TL.';
		default:
			return null;
	}
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
	const style = issue.symbol.includes('/') ? 'party' : 'state';
	await db
		.insertInto('plan_issues')
		.values({
			plan_id: planId,
			revision,
			document_id: issue.documentId,
			number: issue.number,
			year: issue.year,
			symbol: issue.symbol,
			issued_on: issue.issuedOn,
			issue: JSON.stringify(issue)
		})
		.onConflict((oc) => oc.columns(['plan_id', 'revision']).doNothing())
		.execute();
	const number = formatRegisterNumber(issue.number);
	await db
		.insertInto('directives')
		.values({
			id: issue.documentId,
			type: issue.typeCode,
			number,
			symbol: issue.symbol,
			number_display: issuedNumberLine(issue.number, issue.symbol, style),
			issuer_unit_id: plan.owner_unit_id,
			issued_on: issue.issuedOn,
			place: issue.place,
			signer_name: issue.signer.name,
			signer_capacity: capacityOf(issue),
			signer_title: issue.signer.position,
			subject: plan.title,
			recipients: JSON.stringify(issue.recipients.map((r) => r.name)),
			source_file: null,
			search_text: foldVietnamese(`${number}/${issue.symbol} ${number}-${issue.symbol} ${plan.title}`)
		})
		.onConflict((oc) => oc.column('id').doNothing())
		.execute();
	if (revision === 1) {
		await db.updateTable('plans').set({ directive_id: issue.documentId }).where('id', '=', planId).execute();
	}
	if (issue.recipients.length > 0) {
		await db
			.insertInto('inbox_items')
			.values(
				issue.recipients.map((r) => ({
					plan_id: planId,
					revision,
					unit_id: r.unitId,
					document_id: issue.documentId,
					delivered_at: event.occurredAt
				}))
			)
			.onConflict((oc) => oc.columns(['plan_id', 'revision', 'unit_id']).doNothing())
			.execute();
	}
}
