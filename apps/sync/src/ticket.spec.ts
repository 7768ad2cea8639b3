import { describe, expect, it } from 'vitest';
import { issueTicket, verifyTicket, type Identity } from './ticket.ts';

const who: Identity = {
	userId: 'u1',
	unitId: 'unit-1',
	displayName: 'Cán bộ',
	unitName: 'Sở KH&CN',
	sessionId: 's1'
};
const secret = 'test-secret';

/** Every other spelling of the signature's last base64url character. */
function lastCharVariants(ticket: string): string[] {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	const last = ticket.at(-1) ?? '';
	return [...alphabet].filter((c) => c !== last).map((c) => ticket.slice(0, -1) + c);
}

describe('sync tickets', () => {
	it('verifies a fresh ticket and refuses an expired one', () => {
		const now = 1_800_000_000_000;
		const ticket = issueTicket({ ...who, planId: 'p1' }, secret, 60_000, now);
		expect(verifyTicket(ticket, secret, now + 59_000)).toMatchObject({
			identity: who,
			planId: 'p1',
			expiresAt: now + 60_000
		});
		expect(verifyTicket(ticket, secret, now + 61_000)).toBeNull();
		expect(verifyTicket(ticket, 'another-secret', now)).toBeNull();
	});

	it('gives every ticket its own id, so each can be used once', () => {
		const ids = new Set(
			Array.from(
				{ length: 100 },
				() => verifyTicket(issueTicket({ ...who, planId: 'p1' }, secret), secret)?.ticketId
			)
		);
		expect(ids.size).toBe(100);
	});

	it('refuses every other spelling of the signature, including those base64url would decode alike', () => {
		for (let i = 0; i < 40; i++) {
			const ticket = issueTicket({ ...who, userId: `u${i}`, planId: 'p1' }, secret);
			for (const forged of lastCharVariants(ticket)) expect(verifyTicket(forged, secret)).toBeNull();
		}
	});
});
