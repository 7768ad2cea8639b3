import { planExists, type SessionUser } from '@trienkhai/db';
import { issueTicket } from '@trienkhai/sync/ticket';
import type { WebRuntime } from './runtime.ts';

/** Tickets are short: the browser asks for a new one before every (re)connect. */
export const SYNC_TICKET_TTL_MS = 60_000;

/** What the browser gets: the ticket and the websocket URL of the plan's room. */
export interface SyncTicket {
	ticket: string;
	url: string;
}

/** The websocket URL of a plan on the same host as the page (embedded mode): `/sync/<planId>`. */
export function syncUrl(origin: URL, planId: string): string {
	const url = new URL(`/sync/${encodeURIComponent(planId)}`, origin);
	url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
	return url.toString();
}

/**
 * A ticket for the user's session on an existing plan, signed with the secret the sync server checks: it
 * opens one socket on that plan, once; null: no such plan.
 */
export async function syncTicketFor(
	runtime: WebRuntime,
	input: { user: SessionUser; planId: string; origin: URL; now: number }
): Promise<SyncTicket | null> {
	if (!(await planExists(runtime.database.db, input.planId))) return null;
	const { user } = input;
	const ticket = issueTicket(
		{
			userId: user.id,
			unitId: user.unitId,
			displayName: user.displayName,
			unitName: user.unitName,
			...(user.sessionId ? { sessionId: user.sessionId } : {}),
			planId: input.planId
		},
		runtime.syncSecret,
		SYNC_TICKET_TTL_MS,
		input.now
	);
	return { ticket, url: syncUrl(input.origin, input.planId) };
}
