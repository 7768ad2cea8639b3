import type { Actor } from '../plan/actor.ts';
import type { IssueRecipient } from '../plan/office.events.ts';
import type { IsoDate } from '../time/dates.ts';
import type { SigningBlock } from './signing.ts';

interface OfficeCommandBase<T extends string> {
	type: T;
	planId: string;
	actor: Actor;
	/** ISO instant; the caller's clock, never read inside decide */
	at: string;
}

/** Send the draft (or the amendment) to one of the unit's signers. */
export interface SubmitForSignature extends OfficeCommandBase<'SubmitForSignature'> {
	signerUserId: string;
	note: string;
}
/** The signer sends the draft back to the drafters. */
export interface ReturnForRevision extends OfficeCommandBase<'ReturnForRevision'> {
	reason: string;
}
/** The signer approves the draft for issuing. */
export type ApproveForSignature = OfficeCommandBase<'ApproveForSignature'>;
/**
 * Issue the approved draft (or amendment) with the next number of the unit's register. `number` is what the
 * register, locked in the same transaction, gives; the rest is what the clerk confirmed.
 */
export interface IssueWithNumber extends OfficeCommandBase<'IssueWithNumber'> {
	documentId: string;
	typeCode: string;
	number: number;
	symbol: string;
	issuedOn: IsoDate;
	place: string;
	signer: SigningBlock;
	recipients: IssueRecipient[];
}
/** A recipient unit marks the issued plan received. */
export type ReceivePlan = OfficeCommandBase<'ReceivePlan'>;
/** A recipient unit gives the received plan to one of its people. */
export interface AssignReceipt extends OfficeCommandBase<'AssignReceipt'> {
	userId: string;
	userName: string;
	/** The unit the assignee belongs to, as the directory says. */
	userUnitId: string;
}

/** Every command of the office workflow. */
export type OfficeCommand =
	| SubmitForSignature
	| ReturnForRevision
	| ApproveForSignature
	| IssueWithNumber
	| ReceivePlan
	| AssignReceipt;
