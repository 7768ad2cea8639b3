import { DomainError } from '../errors.ts';
import type { Plan } from '../plan/plan.ts';
import type { OfficeEvent } from '../plan/office.events.ts';
import type { PlanAmendmentIssued, PlanIssued } from '../plan/plan.events.ts';
import type { OfficeCommand } from './office.commands.ts';
import type { SignoffState, UnitSigner } from './signoff.ts';

/** What the office workflow decides on, as the write path read it under the plan's lock. */
export interface OfficeState {
	plan: Plan;
	signoff: SignoffState;
	/** seq of the plan's last event: an approval covers the draft as it stood there. */
	seq: number;
	/** Whether the plan's content changed after the approval's seq. */
	editedSinceApproval: boolean;
	/** The signers of the owner unit (directory roles). */
	signers: readonly UnitSigner[];
	/** The recipient units of the issue in force, and those that marked it received. */
	recipientUnitIds: readonly string[];
	receivedUnitIds: readonly string[];
}

type Decided = Array<OfficeEvent | PlanIssued | PlanAmendmentIssued>;

function requireText(value: string, what: string): string {
	const text = value.trim();
	if (text === '') throw new DomainError('invalid_command', `${what} is required`);
	return text;
}

function requireOwner(state: OfficeState, unitId: string): void {
	if (unitId !== state.plan.ownerUnitId) {
		throw new DomainError('not_allowed', 'only the owner unit may do this');
	}
}

function requireDrafting(state: OfficeState): void {
	if (state.plan.status === 'issued') {
		throw new DomainError('invalid_transition', 'the plan is issued; start an amendment first');
	}
}

function requireSigner(state: OfficeState, userId: string): string {
	const s = state.signoff;
	if (s.status !== 'submitted')
		throw new DomainError('invalid_transition', 'nothing is waiting for signature');
	if (s.signerUserId !== userId) throw new DomainError('not_allowed', 'only the chosen signer may do this');
	return s.signerUserId;
}

/** Whether a draft may be (re)submitted: never submitted, returned, or approved and edited since. */
function maySubmit(state: OfficeState): boolean {
	const s = state.signoff;
	return (
		s.status === 'none' || s.status === 'returned' || (s.status === 'approved' && state.editedSinceApproval)
	);
}

/** Decides the events of an office workflow command, or throws DomainError. Pure: time comes in the command. */
export function decideOffice(command: OfficeCommand, state: OfficeState): Decided {
	const { planId, actor, at } = command;
	if (state.plan.id !== planId) throw new DomainError('invalid_command', 'command is for another plan');
	const base = { planId, actor, at };
	switch (command.type) {
		case 'SubmitForSignature': {
			requireOwner(state, actor.unitId);
			requireDrafting(state);
			if (!maySubmit(state)) throw new DomainError('invalid_transition', 'already submitted or approved');
			const signer = state.signers.find((s) => s.userId === command.signerUserId);
			if (!signer || signer.unitId !== state.plan.ownerUnitId) {
				throw new DomainError('invalid_command', 'the signer must be a signer of the owner unit');
			}
			const data = { signerUserId: signer.userId, signerName: signer.name, note: command.note.trim() };
			return [{ ...base, type: 'PlanSubmittedForSignature', data }];
		}
		case 'ReturnForRevision': {
			requireSigner(state, actor.userId);
			const reason = requireText(command.reason, 'reason');
			return [{ ...base, type: 'PlanReturnedForRevision', data: { reason } }];
		}
		case 'ApproveForSignature':
			requireSigner(state, actor.userId);
			return [{ ...base, type: 'PlanApprovedForSignature', data: { seq: state.seq } }];
		case 'IssueWithNumber':
			return [decideIssue(command, state)];
		case 'ReceivePlan': {
			const unitId = requireRecipient(state, actor.unitId);
			if (state.receivedUnitIds.includes(unitId)) return [];
			return [{ ...base, type: 'PlanReceived', data: { unitId, revision: state.plan.revision } }];
		}
		case 'AssignReceipt': {
			const unitId = requireRecipient(state, actor.unitId);
			if (command.userUnitId !== unitId) {
				throw new DomainError('invalid_command', 'the assignee must belong to the receiving unit');
			}
			const revision = state.plan.revision;
			const received: Decided = state.receivedUnitIds.includes(unitId)
				? []
				: [{ ...base, type: 'PlanReceived', data: { unitId, revision } }];
			const data = { unitId, revision, userId: command.userId, userName: command.userName };
			return [...received, { ...base, type: 'PlanReceiptAssigned', data }];
		}
		default: {
			const unreachable: never = command;
			throw new DomainError('invalid_command', `unknown command ${JSON.stringify(unreachable)}`);
		}
	}
}

function requireRecipient(state: OfficeState, unitId: string): string {
	if (state.plan.status === 'draft') throw new DomainError('plan_not_issued', 'the plan is not issued');
	if (!state.recipientUnitIds.includes(unitId)) {
		throw new DomainError('not_allowed', 'the unit is not a recipient of the plan');
	}
	return unitId;
}

function decideIssue(
	command: Extract<OfficeCommand, { type: 'IssueWithNumber' }>,
	state: OfficeState
): PlanIssued | PlanAmendmentIssued {
	requireOwner(state, command.actor.unitId);
	requireDrafting(state);
	const s = state.signoff;
	if (s.status !== 'approved') throw new DomainError('invalid_transition', 'the signer has not approved it');
	if (state.editedSinceApproval) {
		throw new DomainError('invalid_transition', 'the draft changed after approval; submit it again');
	}
	if (!Number.isInteger(command.number) || command.number < 1) {
		throw new DomainError('invalid_command', 'the register gave no number');
	}
	const recipients = dedupe(command.recipients);
	if (recipients.length === 0) throw new DomainError('invalid_command', 'choose at least one recipient');
	const signer = state.signers.find((x) => x.userId === s.signerUserId);
	if (!signer) throw new DomainError('invalid_command', 'the approving signer is no longer a signer');
	const issue = {
		documentId: command.documentId,
		typeCode: command.typeCode,
		year: Number(command.issuedOn.slice(0, 4)),
		number: command.number,
		symbol: command.symbol,
		issuedOn: command.issuedOn,
		place: command.place,
		signer: { ...command.signer, userId: signer.userId, name: signer.name },
		recipients
	};
	const base = { planId: command.planId, actor: command.actor, at: command.at };
	const revision = state.plan.revision + 1;
	return state.plan.status === 'draft'
		? { ...base, type: 'PlanIssued', data: { revision, issue } }
		: { ...base, type: 'PlanAmendmentIssued', data: { revision, issue } };
}

function dedupe<T extends { unitId: string }>(list: readonly T[]): T[] {
	const seen = new Set<string>();
	return list.filter((r) => (seen.has(r.unitId) ? false : (seen.add(r.unitId), true)));
}
