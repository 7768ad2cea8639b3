import { DomainError } from '../errors.ts';
import type { Plan, PlanState } from './plan.ts';
import type { PlanCommand } from './plan.commands.ts';
import type { PlanEvent } from './plan.events.ts';

function requireText(value: string, field: string): string {
	const text = value.trim();
	if (text === '') throw new DomainError('invalid_command', `${field} is required`);
	return text;
}

function requireOwner(state: Plan, unitId: string): void {
	if (unitId !== state.ownerUnitId) throw new DomainError('not_allowed', 'only the owner unit may do this');
}

/** Decides which events a plan command produces, or throws DomainError. Pure: time comes in the command. */
export function decidePlan(command: PlanCommand, state: PlanState): PlanEvent[] {
	const { planId, actor, at } = command;
	if (command.type === 'CreatePlan') {
		if (state !== null) throw new DomainError('already_exists', `plan ${planId} exists`);
		if (actor.unitId !== command.ownerUnitId) {
			throw new DomainError('not_allowed', 'a unit creates plans only for itself');
		}
		const title = requireText(command.title, 'title');
		const implementsDirectiveIds = [...new Set(command.implementsDirectiveIds ?? [])];
		return [
			{
				type: 'PlanCreated',
				planId,
				actor,
				at,
				data: { title, ownerUnitId: command.ownerUnitId, implementsDirectiveIds }
			}
		];
	}
	if (state === null) throw new DomainError('not_found', `plan ${planId} does not exist`);
	if (state.id !== planId) throw new DomainError('invalid_command', 'command is for another plan');
	requireOwner(state, actor.unitId);

	switch (command.type) {
		case 'InviteCoDrafter': {
			if (state.status !== 'draft')
				throw new DomainError('invalid_transition', 'co-drafters join while draft');
			if (command.unitId === state.ownerUnitId) {
				throw new DomainError('invalid_command', 'the owner cannot co-draft its own plan');
			}
			// inviting twice is a retry, not a mistake
			if (state.coDrafterUnitIds.includes(command.unitId)) return [];
			return [{ type: 'CoDrafterInvited', planId, actor, at, data: { unitId: command.unitId } }];
		}
		case 'IssuePlan':
			if (state.status !== 'draft')
				throw new DomainError('invalid_transition', `cannot issue a ${state.status} plan`);
			return [{ type: 'PlanIssued', planId, actor, at, data: { revision: state.revision + 1 } }];
		case 'StartAmendment': {
			if (state.status !== 'issued') {
				throw new DomainError('invalid_transition', `cannot amend a ${state.status} plan`);
			}
			const reason = requireText(command.reason, 'reason');
			return [{ type: 'PlanAmendmentStarted', planId, actor, at, data: { reason } }];
		}
		case 'IssueAmendment':
			if (state.status !== 'amending') {
				throw new DomainError('invalid_transition', 'no amendment is being drafted');
			}
			return [{ type: 'PlanAmendmentIssued', planId, actor, at, data: { revision: state.revision + 1 } }];
		default: {
			const unreachable: never = command;
			throw new DomainError('invalid_command', `unknown command ${JSON.stringify(unreachable)}`);
		}
	}
}

/** Applies one plan event to the state; replaying a stream from initialPlanState() rebuilds the plan. */
export function evolvePlan(state: PlanState, event: PlanEvent): Plan {
	if (event.type === 'PlanCreated') {
		return {
			id: event.planId,
			title: event.data.title,
			ownerUnitId: event.data.ownerUnitId,
			status: 'draft',
			coDrafterUnitIds: [],
			implementsDirectiveIds: [...event.data.implementsDirectiveIds],
			issuedAt: null,
			revision: 0
		};
	}
	// a later event with no PlanCreated before it means the log is corrupt, not that a user erred
	if (state === null) throw new DomainError('not_found', `${event.type} before PlanCreated`);
	switch (event.type) {
		case 'CoDrafterInvited':
			return { ...state, coDrafterUnitIds: [...state.coDrafterUnitIds, event.data.unitId] };
		case 'PlanIssued':
			return { ...state, status: 'issued', issuedAt: event.at, revision: event.data.revision };
		case 'PlanAmendmentStarted':
			return { ...state, status: 'amending' };
		case 'PlanAmendmentIssued':
			return { ...state, status: 'issued', issuedAt: event.at, revision: event.data.revision };
		default: {
			const unreachable: never = event;
			throw new DomainError('invalid_command', `unknown event ${JSON.stringify(unreachable)}`);
		}
	}
}
