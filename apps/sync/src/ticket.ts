import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Who a socket acts for: the signed-in user and the unit they work for. */
export interface Identity {
	userId: string;
	unitId: string;
	displayName: string;
	unitName: string;
	/** The web session the ticket was issued in; its end (sign-out, deactivation …) closes the socket. */
	sessionId?: string;
}

/** What a ticket is issued for: an identity, on one plan. */
export interface TicketClaims extends Identity {
	planId: string;
}

/** A ticket whose signature and expiry hold: who, which plan, its id (single use) and its expiry. */
export interface VerifiedTicket {
	identity: Identity;
	planId: string;
	ticketId: string;
	/** epoch milliseconds */
	expiresAt: number;
}

interface TicketPayload extends TicketClaims {
	/** random id: a ticket opens one socket once */
	jti: string;
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
 * A short-lived ticket the web app hands the browser for the websocket URL of one plan: the identity, its
 * session, the plan, a random id, an expiry, and an HMAC-SHA256 over them with the secret web and sync share.
 */
export function issueTicket(claims: TicketClaims, secret: string, ttlMs = 60_000, now = Date.now()): string {
	const payload: TicketPayload = { ...claims, jti: randomBytes(16).toString('base64url'), exp: now + ttlMs };
	const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
	return `${body}.${sign(body, secret)}`;
}

/** What a ticket says, or null when it is malformed, forged or expired. */
export function verifyTicket(ticket: string, secret: string, now = Date.now()): VerifiedTicket | null {
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
		if (typeof payload.planId !== 'string' || typeof payload.jti !== 'string') return null;
		const identity: Identity = {
			userId: payload.userId,
			unitId: payload.unitId,
			displayName: typeof payload.displayName === 'string' ? payload.displayName : payload.userId,
			unitName: typeof payload.unitName === 'string' ? payload.unitName : payload.unitId
		};
		if (typeof payload.sessionId === 'string') identity.sessionId = payload.sessionId;
		return { identity, planId: payload.planId, ticketId: payload.jti, expiresAt: payload.exp };
	} catch {
		return null;
	}
}
