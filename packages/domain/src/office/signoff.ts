/**
 * Where a draft stands on its way to signature: not submitted, waiting for the signer, returned with a
 * reason, or approved (as the stream stood at `approvedSeq`). Issuing resets it for the next amendment.
 */
export type SignoffState =
	| { status: 'none' }
	| { status: 'submitted'; signerUserId: string }
	| { status: 'returned'; signerUserId: string; reason: string }
	| { status: 'approved'; signerUserId: string; approvedSeq: number };

/** The state of a plan that was never submitted. */
export const NO_SIGNOFF: SignoffState = { status: 'none' };

/** Someone who may sign a unit's documents (a role of the unit in the directory). */
export interface UnitSigner {
	userId: string;
	unitId: string;
	name: string;
}
