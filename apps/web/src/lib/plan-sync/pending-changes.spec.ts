import { describe, expect, it } from 'vitest';
import { PendingChanges } from './pending-changes.ts';

describe('pending changes', () => {
	it('counts a sentence typed without pausing as one change, not one per keystroke', () => {
		const pending = new PendingChanges(1000);
		'Tổ chức hội nghị'.split('').forEach((_, i) => pending.record(i + 1, 100 * i));
		expect(pending.count(0)).toBe(1);
	});

	it('starts a new change after a pause, and forgets what the server confirmed', () => {
		const pending = new PendingChanges(1000);
		pending.record(5, 0);
		pending.record(9, 3000);
		pending.record(12, 8000);
		expect(pending.count(0)).toBe(3);
		expect(pending.count(9)).toBe(1);
		expect(pending.count(12)).toBe(0);
		pending.record(13, 8500);
		expect(pending.count(12)).toBe(1);
	});
});
