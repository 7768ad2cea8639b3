import { describe, expect, it } from 'vitest';
import { mayReadPlan, type PlanVisibility } from './plan-visibility.ts';

const draft: PlanVisibility = { status: 'draft', ownerUnitId: 'qb', coDrafterUnitIds: ['qb-khcn'] };
const unit = (unitId: string, isAdmin = false) => ({ unitId, isAdmin });

describe('mayReadPlan', () => {
	it('shows a draft to its owner, its co-drafters and administrators only', () => {
		expect(mayReadPlan(unit('qb'), draft)).toBe(true);
		expect(mayReadPlan(unit('qb-khcn'), draft)).toBe(true);
		expect(mayReadPlan(unit('vptw', true), draft)).toBe(true);
		expect(mayReadPlan(unit('hn'), draft)).toBe(false);
		expect(mayReadPlan(unit('qb-tttt'), draft)).toBe(false);
		expect(mayReadPlan(null, draft)).toBe(false);
	});

	it('shows an issued or amended plan to every signed-in user', () => {
		expect(mayReadPlan(unit('hn'), { ...draft, status: 'issued' })).toBe(true);
		expect(mayReadPlan(unit('hn'), { ...draft, status: 'amending' })).toBe(true);
		expect(mayReadPlan(null, { ...draft, status: 'issued' })).toBe(false);
	});

	it('shows a draft to the units asked for opinions on it, and to no other', () => {
		const asked = { ...draft, opinionUnitIds: ['qb-tttt'] };
		expect(mayReadPlan(unit('qb-tttt'), asked)).toBe(true);
		expect(mayReadPlan(unit('hn'), asked)).toBe(false);
	});
});
