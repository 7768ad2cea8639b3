import {
	foldVietnamese,
	formatRegisterNumber,
	issuedNumberLine,
	type ChainedEventContent,
	type IssueRecord,
	type SignerCapacity
} from '@trienkhai/domain';
import type { Schema } from '../schema.ts';

/* The office projection's rows, pure: office.ts writes them in SQL, office-replay.ts folds them. */

type Data = Record<string, unknown>;

/** What a sign-off event sets on the plan's sign-off row. */
export type SignoffSet = Partial<Omit<Schema['plan_signoffs'], 'plan_id' | 'updated_at'>> & {
	status: Schema['plan_signoffs']['status'];
};

/** The sign-off row before any event set it. */
export const NEW_SIGNOFF = {
	signer_user_id: null,
	signer_name: null,
	submitted_by: null,
	reason: null,
	approved_seq: null
} as const;

/** What the event sets on its plan's sign-off row (an issue: only when it carries its record), or null. */
export function signoffSet(event: ChainedEventContent): SignoffSet | null {
	const data = event.data as Data;
	switch (event.type) {
		case 'PlanSubmittedForSignature':
			return {
				status: 'submitted',
				signer_user_id: String(data['signerUserId']),
				signer_name: String(data['signerName']),
				submitted_by: event.userId,
				reason: null,
				approved_seq: null
			};
		case 'PlanReturnedForRevision':
			return { status: 'returned', reason: String(data['reason']) };
		case 'PlanApprovedForSignature':
			return { status: 'approved', approved_seq: Number(data['seq']) };
		case 'PlanIssued':
		case 'PlanAmendmentIssued':
			return data['issue'] ? { status: 'none', reason: null, approved_seq: null } : null;
		default:
			return null;
	}
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

/** An issue's row of plan_issues. */
export function issueRow(planId: string, revision: number, issue: IssueRecord) {
	return {
		plan_id: planId,
		revision,
		document_id: issue.documentId,
		number: issue.number,
		year: issue.year,
		symbol: issue.symbol,
		issued_on: issue.issuedOn,
		issue: JSON.stringify(issue)
	};
}

/** The registry entry an issue becomes, given the plan's title and owner as they stand then. */
export function directiveRow(issue: IssueRecord, plan: { title: string; owner_unit_id: string }) {
	const style = issue.symbol.includes('/') ? 'party' : 'state';
	const number = formatRegisterNumber(issue.number);
	return {
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
	};
}

/** The recipients' inbox entries of an issue. */
export function inboxRows(event: ChainedEventContent, revision: number, issue: IssueRecord) {
	return issue.recipients.map((r) => ({
		plan_id: event.planId,
		revision,
		unit_id: r.unitId,
		document_id: issue.documentId,
		delivered_at: event.occurredAt
	}));
}

/** The dissolved units and their successor of a merge that moved inbox entries (null: it moved none). */
export function inboxMerge(data: Data): { successor: string; dissolved: string[] } | null {
	if (data['inboxMoved'] !== true) return null;
	const unitIdOf = (unit: unknown): string => {
		const id = (unit as { unitId?: unknown } | null)?.unitId;
		return typeof id === 'string' ? id : '';
	};
	const dissolved = Array.isArray(data['dissolved']) ? data['dissolved'].map(unitIdOf) : [];
	return dissolved.length > 0 ? { successor: unitIdOf(data['successor']), dissolved } : null;
}
