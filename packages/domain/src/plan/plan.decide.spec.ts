import { describe, it, expect } from 'vitest';
import { decidePlan, evolvePlan } from './plan.decide.ts';
import { initialPlanState, type PlanState } from './plan.ts';
import type { PlanCommand } from './plan.commands.ts';
import { PLAN_EVENT_TYPES, type PlanEvent } from './plan.events.ts';
import { DomainError } from '../errors.ts';

const ubnd = { userId: 'u-ubnd', unitId: 'ubnd-quang-binh' };
const soKhcn = { userId: 'u-khcn', unitId: 'so-khcn' };
const planId = 'plan-709';

const created: PlanEvent = {
	type: 'PlanCreated',
	planId,
	actor: ubnd,
	at: '2024-08-01T02:00:00.000Z',
	data: {
		title: 'Kế hoạch triển khai Quyết định 709/QĐ-TTg',
		ownerUnitId: 'ubnd-quang-binh',
		implementsDirectiveIds: ['qd-709']
	}
};
const invited: PlanEvent = {
	type: 'CoDrafterInvited',
	planId,
	actor: ubnd,
	at: '2024-08-01T03:00:00.000Z',
	data: { unitId: 'so-khcn' }
};
const issued: PlanEvent = {
	type: 'PlanIssued',
	planId,
	actor: ubnd,
	at: '2024-08-20T01:00:00.000Z',
	data: { revision: 1 }
};
const amending: PlanEvent = {
	type: 'PlanAmendmentStarted',
	planId,
	actor: ubnd,
	at: '2025-01-05T01:00:00.000Z',
	data: { reason: 'Sáp nhập Sở Thông tin và Truyền thông' }
};

const given = (...events: PlanEvent[]): PlanState => events.reduce(evolvePlan, initialPlanState());
const when = (command: PlanCommand, state: PlanState) => () => decidePlan(command, state);
const errorCode = (run: () => unknown): string | undefined => {
	try {
		run();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return undefined;
};

describe('decidePlan', () => {
	describe('CreatePlan', () => {
		it('given nothing, when the owner creates a plan, then PlanCreated', () => {
			const events = decidePlan(
				{
					type: 'CreatePlan',
					planId,
					actor: ubnd,
					at: created.at,
					title: '  Kế hoạch triển khai Quyết định 709/QĐ-TTg ',
					ownerUnitId: 'ubnd-quang-binh',
					implementsDirectiveIds: ['qd-709', 'qd-709']
				},
				given()
			);
			expect(events).toEqual([created]);
		});

		it('given an existing plan, when created again, then already_exists', () => {
			const cmd: PlanCommand = {
				type: 'CreatePlan',
				planId,
				actor: ubnd,
				at: created.at,
				title: 'x',
				ownerUnitId: ubnd.unitId
			};
			expect(errorCode(when(cmd, given(created)))).toBe('already_exists');
		});

		it('refuses a plan created for another unit or without a title', () => {
			const base = {
				type: 'CreatePlan',
				planId,
				at: created.at,
				title: 'x',
				ownerUnitId: ubnd.unitId
			} as const;
			expect(errorCode(when({ ...base, actor: soKhcn }, given()))).toBe('not_allowed');
			expect(errorCode(when({ ...base, actor: ubnd, title: '  ' }, given()))).toBe('invalid_command');
		});
	});

	describe('InviteCoDrafter', () => {
		const cmd: PlanCommand = {
			type: 'InviteCoDrafter',
			planId,
			actor: ubnd,
			at: invited.at,
			unitId: 'so-khcn'
		};

		it('given a draft, when the owner invites a unit, then CoDrafterInvited', () => {
			expect(decidePlan(cmd, given(created))).toEqual([invited]);
		});

		it('given the unit is already invited, then nothing happens', () => {
			expect(decidePlan(cmd, given(created, invited))).toEqual([]);
		});

		it('given an issued plan, then invalid_transition', () => {
			expect(errorCode(when(cmd, given(created, issued)))).toBe('invalid_transition');
		});

		it('given a non-owner, then not_allowed', () => {
			expect(errorCode(when({ ...cmd, actor: soKhcn }, given(created)))).toBe('not_allowed');
		});

		it('refuses inviting the owner itself', () => {
			expect(errorCode(when({ ...cmd, unitId: ubnd.unitId }, given(created)))).toBe('invalid_command');
		});
	});

	describe('IssuePlan', () => {
		const cmd: PlanCommand = { type: 'IssuePlan', planId, actor: ubnd, at: issued.at };

		it('given a draft, when the owner issues it, then PlanIssued as revision 1', () => {
			expect(decidePlan(cmd, given(created, invited))).toEqual([issued]);
		});

		it('given an issued plan, then invalid_transition', () => {
			expect(errorCode(when(cmd, given(created, issued)))).toBe('invalid_transition');
		});

		it('given a co-drafter tries to issue, then not_allowed', () => {
			expect(errorCode(when({ ...cmd, actor: soKhcn }, given(created, invited)))).toBe('not_allowed');
		});

		it('given no plan, then not_found', () => {
			expect(errorCode(when(cmd, given()))).toBe('not_found');
		});

		it('given a command for another plan, then invalid_command', () => {
			expect(errorCode(when({ ...cmd, planId: 'other' }, given(created)))).toBe('invalid_command');
		});
	});

	describe('amendment', () => {
		it('given an issued plan, when the owner starts an amendment, then PlanAmendmentStarted', () => {
			expect(
				decidePlan(
					{
						type: 'StartAmendment',
						planId,
						actor: ubnd,
						at: amending.at,
						reason: ' Sáp nhập Sở Thông tin và Truyền thông '
					},
					given(created, issued)
				)
			).toEqual([amending]);
		});

		it('given a draft, when an amendment is started, then invalid_transition', () => {
			const cmd: PlanCommand = { type: 'StartAmendment', planId, actor: ubnd, at: amending.at, reason: 'x' };
			expect(errorCode(when(cmd, given(created)))).toBe('invalid_transition');
		});

		it('requires a reason', () => {
			const cmd: PlanCommand = { type: 'StartAmendment', planId, actor: ubnd, at: amending.at, reason: '' };
			expect(errorCode(when(cmd, given(created, issued)))).toBe('invalid_command');
		});

		it('given an amendment in progress, when issued, then PlanAmendmentIssued as the next revision', () => {
			const at = '2025-01-20T01:00:00.000Z';
			expect(
				decidePlan({ type: 'IssueAmendment', planId, actor: ubnd, at }, given(created, issued, amending))
			).toEqual([{ type: 'PlanAmendmentIssued', planId, actor: ubnd, at, data: { revision: 2 } }]);
		});

		it('given no amendment in progress, when IssueAmendment, then invalid_transition', () => {
			const cmd: PlanCommand = { type: 'IssueAmendment', planId, actor: ubnd, at: amending.at };
			expect(errorCode(when(cmd, given(created, issued)))).toBe('invalid_transition');
		});
	});
});

describe('evolvePlan', () => {
	it('rebuilds the plan from its events', () => {
		const second: PlanEvent = {
			type: 'PlanAmendmentIssued',
			planId,
			actor: ubnd,
			at: '2025-01-20T01:00:00.000Z',
			data: { revision: 2 }
		};
		expect(given(created)).toEqual({
			id: planId,
			title: 'Kế hoạch triển khai Quyết định 709/QĐ-TTg',
			ownerUnitId: 'ubnd-quang-binh',
			status: 'draft',
			coDrafterUnitIds: [],
			implementsDirectiveIds: ['qd-709'],
			issuedAt: null,
			revision: 0
		});
		expect(given(created, invited)?.coDrafterUnitIds).toEqual(['so-khcn']);
		expect(given(created, invited, issued)).toMatchObject({
			status: 'issued',
			issuedAt: issued.at,
			revision: 1
		});
		expect(given(created, issued, amending)).toMatchObject({ status: 'amending', revision: 1 });
		expect(given(created, issued, amending, second)).toMatchObject({
			status: 'issued',
			issuedAt: second.at,
			revision: 2
		});
	});

	it('does not mutate the previous state', () => {
		const before = given(created);
		const frozen = JSON.stringify(before);
		evolvePlan(before, invited);
		expect(JSON.stringify(before)).toBe(frozen);
	});

	it('refuses an event before PlanCreated', () => {
		expect(() => evolvePlan(initialPlanState(), issued)).toThrow(DomainError);
	});
});

describe('PLAN_EVENT_TYPES', () => {
	it('lists every plan event type once', () => {
		type Missing = Exclude<PlanEvent['type'], (typeof PLAN_EVENT_TYPES)[number]>;
		const complete: [Missing] extends [never] ? true : false = true;
		expect(complete).toBe(true);
		expect(new Set(PLAN_EVENT_TYPES).size).toBe(PLAN_EVENT_TYPES.length);
	});

	it('events are JSON-safe', () => {
		const events = [created, invited, issued, amending];
		expect(JSON.parse(JSON.stringify(events))).toEqual(events);
	});
});
