import {
	consumeSyncTicket,
	liveSessions,
	onAccessRevoked,
	sweepSyncTicketUses,
	type Database
} from '@trienkhai/db';
import { ticketAuthenticator, type AccessWatch, type Authenticate } from './sync-server.ts';

/** Used tickets are swept from the database every this many uses (they expire in a minute anyway). */
const SWEEP_EVERY = 200;

/**
 * The servers' authenticator: a ticket signed for this plan, bound to a web session, used once. The database
 * takes it (any instance, atomically) only while its session lasts and its user is active in the same unit.
 */
export function sessionTicketAuthenticator(secret: string, database: Pick<Database, 'db'>): Authenticate {
	let uses = 0;
	return ticketAuthenticator(secret, async (ticket) => {
		const sessionId = ticket.identity.sessionId;
		if (sessionId === undefined) return false;
		if (++uses % SWEEP_EVERY === 0) await sweepSyncTicketUses(database.db, new Date());
		return consumeSyncTicket(database.db, {
			ticketId: ticket.ticketId,
			sessionId,
			userId: ticket.identity.userId,
			unitId: ticket.identity.unitId,
			expiresAt: new Date(ticket.expiresAt)
		});
	});
}

/** Access notices through the database (LISTEN/NOTIFY: every instance hears them), and the session re-check. */
export function databaseAccessWatch(database: Pick<Database, 'db' | 'listen' | 'schema'>): AccessWatch {
	return {
		subscribe: (listener) => onAccessRevoked(database, listener),
		live: (sessions) => liveSessions(database.db, sessions)
	};
}
