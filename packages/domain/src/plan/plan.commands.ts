import type { Actor } from './actor.ts';

interface PlanCommandBase<T extends string> {
	type: T;
	planId: string;
	actor: Actor;
	/** ISO instant; the caller's clock, never read inside decide */
	at: string;
}

/** Start a plan draft owned by the actor's unit. */
export interface CreatePlan extends PlanCommandBase<'CreatePlan'> {
	title: string;
	ownerUnitId: string;
	implementsDirectiveIds?: string[];
}
/** Invite a unit to co-draft the plan. */
export interface InviteCoDrafter extends PlanCommandBase<'InviteCoDrafter'> {
	unitId: string;
}
/** Issue the draft: it becomes binding and its content freezes. */
export type IssuePlan = PlanCommandBase<'IssuePlan'>;
/** Reopen an issued plan for amendment. */
export interface StartAmendment extends PlanCommandBase<'StartAmendment'> {
	reason: string;
}
/** Issue the amended plan as its next revision. */
export type IssueAmendment = PlanCommandBase<'IssueAmendment'>;

/** Every command a plan accepts. */
export type PlanCommand = CreatePlan | InviteCoDrafter | IssuePlan | StartAmendment | IssueAmendment;
