import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Who a socket acts for: the signed-in user and the unit they work for. */
export interface Identity {
	userId: string;
	unitId: string;
	displayName: string;
	unitName: string;
}

interface TicketPayload extends Identity {
	/** expiry, epoch milliseconds */
	exp: number;
}

/** A random secret for an embedded server whose web app and sync share one process. */
export function randomSecret(): string {
	return randomBytes(32).toString('base64url');
}

function sign(body: string, secret: string): string {
	return createHmac('sha256', secret).update(body).digest('base64url');
}

/**
 * A short-lived ticket the web app hands the browser for the websocket URL: the identity, an expiry, and an
 * HMAC-SHA256 over both with the secret web and sync share.
 */
export function issueTicket(identity: Identity, secret: string, ttlMs = 60_000, now = Date.now()): string {
	const body = Buffer.from(
		JSON.stringify({ ...identity, exp: now + ttlMs } satisfies TicketPayload)
	).toString('base64url');
	return `${body}.${sign(body, secret)}`;
}

/** The identity in a ticket, or null when it is malformed, forged or expired. */
export function verifyTicket(ticket: string, secret: string, now = Date.now()): Identity | null {
	const dot = ticket.indexOf('.');
	if (dot <= 0 || ticket.length > 4096) return null;
	const body = ticket.slice(0, dot);
	// Compared as text, not as decoded bytes: base64url decoding ignores the spare low bits of the last
	// character, so a decoded comparison would accept several spellings of one signature.
	const given = Buffer.from(ticket.slice(dot + 1), 'utf8');
	const expected = Buffer.from(sign(body, secret), 'utf8');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	try {
		const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<TicketPayload>;
		if (typeof payload.exp !== 'number' || payload.exp < now) return null;
		if (typeof payload.userId !== 'string' || typeof payload.unitId !== 'string') return null;
		return {
			userId: payload.userId,
			unitId: payload.unitId,
			displayName: typeof payload.displayName === 'string' ? payload.displayName : payload.userId,
			unitName: typeof payload.unitName === 'string' ? payload.unitName : payload.unitId
		};
	} catch {
		return null;
	}
}
