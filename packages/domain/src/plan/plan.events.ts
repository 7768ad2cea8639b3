import type { Actor } from './actor.ts';
import type { IssueRecord } from './office.events.ts';

interface PlanEventBase<T extends string, D> {
	type: T;
	planId: string;
	actor: Actor;
	/** ISO instant */
	at: string;
	data: D;
}

/**
 * The owner unit started a plan draft. `documentId` is the registry entry of the plan's own document
 * (its Kế hoạch number), when the plan was registered or imported with one.
 */
export type PlanCreated = PlanEventBase<
	'PlanCreated',
	{ title: string; ownerUnitId: string; implementsDirectiveIds: string[]; documentId?: string | null }
>;
/** The owner invited a unit to co-draft. */
export type CoDrafterInvited = PlanEventBase<'CoDrafterInvited', { unitId: string }>;
/**
 * The plan was issued (ban hành) and its content froze. `issue`: the number, date, signer and recipients it
 * was issued with (absent on plans issued before the office workflow, and on imported ones).
 */
export type PlanIssued = PlanEventBase<'PlanIssued', { revision: number; issue?: IssueRecord }>;
/** The owner reopened an issued plan for amendment. */
export type PlanAmendmentStarted = PlanEventBase<'PlanAmendmentStarted', { reason: string }>;
/** The amended plan was issued as a new revision. */
export type PlanAmendmentIssued = PlanEventBase<
	'PlanAmendmentIssued',
	{ revision: number; issue?: IssueRecord }
>;

/** Every event of a plan stream. */
export type PlanEvent =
	PlanCreated | CoDrafterInvited | PlanIssued | PlanAmendmentStarted | PlanAmendmentIssued;

/** The plan event type names, for validating stored events. */
export const PLAN_EVENT_TYPES = [
	'PlanCreated',
	'CoDrafterInvited',
	'PlanIssued',
	'PlanAmendmentStarted',
	'PlanAmendmentIssued'
] as const satisfies ReadonlyArray<PlanEvent['type']>;
