import { describe, expect, it } from 'vitest';
import { decideContributionNote, type ContributionNoteState } from './contribution-note.decide.ts';

const state = (status: 'draft' | 'issued', current: string | null = null): ContributionNoteState => ({
	plan: { status, ownerUnitId: 'owner', coDrafterUnitIds: [] },
	task: { leadUnitId: 'lead', coordinatorUnitIds: ['coord'] },
	current
});
const command = (unitId: string, note: string) => ({
	planId: 'p',
	taskId: 't',
	actor: { userId: `u-${unitId}`, unitId },
	at: '2026-03-02T01:00:00.000Z',
	note
});

describe('decideContributionNote', () => {
	it('lets a coordinating unit write, change and clear its own note on an issued plan', () => {
		expect(decideContributionNote(command('coord', ' Đã phối hợp '), state('issued'), 100)).toEqual({
			ok: true,
			event: {
				type: 'TaskContributionNoted',
				taskId: 't',
				actor: { userId: 'u-coord', unitId: 'coord' },
				at: '2026-03-02T01:00:00.000Z',
				data: { unitId: 'coord', from: null, to: 'Đã phối hợp' }
			}
		});
		const cleared = decideContributionNote(command('coord', '  '), state('issued', 'cũ'), 100);
		expect(cleared).toMatchObject({ ok: true, event: { data: { from: 'cũ', to: null } } });
		expect(decideContributionNote(command('coord', 'cũ'), state('issued', 'cũ'), 100)).toEqual({
			ok: true,
			event: null
		});
	});

	it('refuses other units, draft plans and notes over the limit', () => {
		expect(decideContributionNote(command('lead', 'x'), state('issued'), 100)).toMatchObject({
			ok: false,
			refused: 'rights'
		});
		expect(decideContributionNote(command('coord', 'x'), state('draft'), 100)).toMatchObject({
			ok: false,
			refused: 'rights'
		});
		expect(decideContributionNote(command('coord', 'x'.repeat(101)), state('issued'), 100)).toEqual({
			ok: false,
			refused: 'too_long'
		});
	});
});
