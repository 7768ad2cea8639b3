import { describe, expect, it } from 'vitest';
import { readOnlyBanner } from './read-only-banner.ts';

const plan = { status: 'draft' as const, ownerUnitId: 'qb', coDrafterUnitIds: ['qb-khcn'] };

describe('readOnlyBanner', () => {
	it('says nothing to the owner of a draft', () => {
		expect(readOnlyBanner('qb', plan)).toBeNull();
	});

	it('tells a co-drafter it edits only its own tasks', () => {
		expect(readOnlyBanner('qb-khcn', plan)).toEqual({ kind: 'co_drafter' });
	});

	it('gives the rights’ reason on an issued plan, to the owner too', () => {
		expect(readOnlyBanner('qb', { ...plan, status: 'issued' })).toEqual({
			kind: 'read_only',
			reason: 'plan_frozen'
		});
		expect(readOnlyBanner('hn', { ...plan, status: 'issued' })).toMatchObject({ kind: 'read_only' });
	});

	it('gives a reason to a unit with no role on an amended plan', () => {
		expect(readOnlyBanner('hn', { ...plan, status: 'amending' })).toMatchObject({ kind: 'read_only' });
	});
});
