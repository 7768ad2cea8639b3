import type { SigningBlock } from '../office/signing.ts';
import type { IsoDate } from '../time/dates.ts';

/**
 * Events of the office's workflow around a plan: signing off and issuing with a registered number, and the
 * recipients' handling of what they received (văn bản đến). They change nothing the plan says.
 */
interface OfficeEventBase<T extends string, D> {
	type: T;
	planId: string;
	actor: { userId: string; unitId: string };
	/** ISO instant */
	at: string;
	data: D;
}

/** A recipient of an issued plan (nơi nhận): a unit of the directory, by id and by the name printed. */
export interface IssueRecipient {
	unitId: string;
	name: string;
}

/** What issuing gave the plan: its registered number, date, signer and recipients. */
export interface IssueRecord {
	/** The registry entry (directive) the issued document becomes. */
	documentId: string;
	/** The document type's code in the symbol and the register: 'KH'. */
	typeCode: string;
	year: number;
	/** The position in the unit's register of that type and year: 1, 2, 3 … */
	number: number;
	/** 'KH-UBND' (state) or 'KH/TU' (party). */
	symbol: string;
	issuedOn: IsoDate;
	place: string;
	signer: SigningBlock & { userId: string };
	recipients: IssueRecipient[];
}

/** The drafting unit submitted the draft (or the amendment) to a signer of the unit. */
export type PlanSubmittedForSignature = OfficeEventBase<
	'PlanSubmittedForSignature',
	{ signerUserId: string; signerName: string; note: string }
>;
/** The signer sent the draft back to the drafters with a reason. */
export type PlanReturnedForRevision = OfficeEventBase<'PlanReturnedForRevision', { reason: string }>;
/** The signer approved the draft as it stood at `seq`; a later edit to the content needs a new approval. */
export type PlanApprovedForSignature = OfficeEventBase<'PlanApprovedForSignature', { seq: number }>;
/** A recipient unit marked the issued plan received (revision: which issue of it). */
export type PlanReceived = OfficeEventBase<'PlanReceived', { unitId: string; revision: number }>;
/** A recipient unit gave the received plan to one of its people to handle. */
export type PlanReceiptAssigned = OfficeEventBase<
	'PlanReceiptAssigned',
	{ unitId: string; revision: number; userId: string; userName: string }
>;

export type OfficeEvent =
	| PlanSubmittedForSignature
	| PlanReturnedForRevision
	| PlanApprovedForSignature
	| PlanReceived
	| PlanReceiptAssigned;

/** The office event type names, for validating stored events. */
export const OFFICE_EVENT_TYPES = [
	'PlanSubmittedForSignature',
	'PlanReturnedForRevision',
	'PlanApprovedForSignature',
	'PlanReceived',
	'PlanReceiptAssigned'
] as const satisfies ReadonlyArray<OfficeEvent['type']>;
