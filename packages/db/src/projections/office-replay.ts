import type { ChainedEventContent, IssueRecord } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { insertValues } from './bulk-insert.ts';
import { NEW_SIGNOFF, directiveRow, inboxMerge, inboxRows, issueRow, signoffSet } from './office-rows.ts';
import type { PlansState } from './plans-replay.ts';
import type { FoldedReplay } from './projection.ts';

type Row = Record<string, unknown>;

/** The office tables as the folded replay holds them (keyed as their primary keys). */
interface OfficeState {
	signoffs: Map<string, Row>;
	issues: Map<string, Row>;
	/** Registry entries the issues make (the first for each id, as ON CONFLICT DO NOTHING keeps). */
	directives: Map<string, Row>;
	/** The plan's own document, set by its first issue. */
	planDocuments: Map<string, string>;
	inbox: Map<string, Row>;
}

const inboxKey = (row: Row) =>
	[row['plan_id'], row['revision'], row['unit_id']].map((v) => String(v)).join('\u0000');

function recordIssue(state: OfficeState, plans: PlansState, event: ChainedEventContent, issue: IssueRecord) {
	const plan = plans.plans.get(event.planId);
	if (!plan) return;
	const revision = Number((event.data as Row)['revision']);
	const row = issueRow(event.planId, revision, issue);
	if (!state.issues.has(`${event.planId}\u0000${revision}`))
		state.issues.set(`${event.planId}\u0000${revision}`, row);
	if (!state.directives.has(issue.documentId))
		state.directives.set(issue.documentId, directiveRow(issue, plan));
	if (revision === 1) state.planDocuments.set(event.planId, issue.documentId);
	for (const item of inboxRows(event, revision, issue)) {
		if (!state.inbox.has(inboxKey(item))) state.inbox.set(inboxKey(item), item);
	}
}

/** A merge's move of the dissolved units' inbox entries to the successor (office.ts moveInboxItems). */
function moveInbox(state: OfficeState, planId: string, merge: { successor: string; dissolved: string[] }) {
	const units = new Set([...merge.dissolved, merge.successor]);
	const items = [...state.inbox.values()]
		.filter((i) => i.plan_id === planId && units.has(i.unit_id as string))
		.sort((a, b) => (a.revision as number) - (b.revision as number));
	const held = new Set(items.filter((i) => i.unit_id === merge.successor).map((i) => i.revision));
	for (const item of items) {
		if (item.unit_id === merge.successor) continue;
		state.inbox.delete(inboxKey(item));
		if (held.has(item.revision)) continue;
		item.unit_id = merge.successor;
		state.inbox.set(inboxKey(item), item);
		held.add(item.revision);
	}
}

function foldOfficeEvent(state: OfficeState, plans: PlansState, event: ChainedEventContent): void {
	const data = event.data as Row;
	const issue = data['issue'] as IssueRecord | undefined;
	if ((event.type === 'PlanIssued' || event.type === 'PlanAmendmentIssued') && issue) {
		recordIssue(state, plans, event, issue);
	}
	const set = signoffSet(event);
	if (set) {
		const row = state.signoffs.get(event.planId) ?? { plan_id: event.planId, ...NEW_SIGNOFF };
		state.signoffs.set(event.planId, Object.assign(row, set, { updated_at: event.occurredAt }));
		return;
	}
	const item = state.inbox.get(
		inboxKey({ plan_id: event.planId, revision: Number(data['revision']), unit_id: String(data['unitId']) })
	);
	if (event.type === 'PlanReceived' && item)
		Object.assign(item, { received_at: event.occurredAt, received_by: event.userId });
	if (event.type === 'PlanReceiptAssigned' && item) {
		Object.assign(item, {
			assigned_user_id: String(data['userId']),
			assigned_user_name: String(data['userName']),
			assigned_at: event.occurredAt
		});
	}
	const merge = event.type === 'UnitsMerged' ? inboxMerge(data) : null;
	if (merge) moveInbox(state, event.planId, merge);
}

async function writeOffice(trx: Kysely<Schema>, state: OfficeState): Promise<void> {
	await insertValues(trx, 'plan_signoffs', [...state.signoffs.values()]);
	await insertValues(trx, 'plan_issues', [...state.issues.values()]);
	await insertValues(trx, 'directives', [...state.directives.values()], ['id']);
	if (state.planDocuments.size > 0) {
		const rows = [...state.planDocuments].map(([id, directive_id]) => ({ id, directive_id }));
		await sql`update plans set directive_id = r.directive_id
			from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r (id text, directive_id text)
			where plans.id = r.id`.execute(trx);
	}
	await insertValues(trx, 'inbox_items', [...state.inbox.values()]);
}

/** The folded replay of the office projection: an issue reads its plan in the plans projection's state. */
export function officeReplay(handles: ReadonlySet<string>): FoldedReplay<OfficeState> {
	return {
		start: () => ({
			signoffs: new Map(),
			issues: new Map(),
			directives: new Map(),
			planDocuments: new Map(),
			inbox: new Map()
		}),
		fold(state, event, _context, earlier) {
			if (handles.has(event.type)) foldOfficeEvent(state, earlier.get('plans') as PlansState, event);
		},
		write: writeOffice
	};
}
