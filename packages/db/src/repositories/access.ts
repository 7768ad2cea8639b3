import { sql, type Kysely } from 'kysely';
import type { Database } from '../connect.ts';
import type { Schema } from '../schema.ts';

/**
 * Someone lost access: one session ended (sign-out, expiry) or every session of a user (deactivation, a
 * password, unit or role change). Sync instances close the matching sockets with 4401.
 */
export interface AccessNotice {
	userId: string;
	/** null: every session of the user */
	sessionId: string | null;
}

/** The NOTIFY channel of access notices, one per schema (the sender names it from its `current_schema()`). */
export function accessChannel(database: Pick<Database, 'schema'>): string {
	return `trienkhai_access_${database.schema ?? 'public'}`;
}

/**
 * Tells every instance, once the surrounding transaction commits (pg_notify is transactional), that a user
 * or one of their sessions lost access.
 */
export async function notifyAccessRevoked(db: Kysely<Schema>, notice: AccessNotice): Promise<void> {
	await sql`select pg_notify('trienkhai_access_' || current_schema(), ${JSON.stringify(notice)})`.execute(db);
}

/** Calls back with each access notice from any instance; `null` after a reconnect (some may be lost). */
export function onAccessRevoked(
	database: Pick<Database, 'listen' | 'schema'>,
	listener: (notice: AccessNotice | null) => void
): Promise<() => Promise<void>> {
	return database.listen(accessChannel(database), (payload) => {
		if (!payload) return listener(null);
		const raw = JSON.parse(payload) as { userId?: unknown; sessionId?: unknown };
		if (typeof raw.userId !== 'string') return;
		listener({ userId: raw.userId, sessionId: typeof raw.sessionId === 'string' ? raw.sessionId : null });
	});
}

/** What a websocket ticket claims, as far as the database can check it. */
export interface TicketUse {
	ticketId: string;
	sessionId: string;
	userId: string;
	unitId: string;
	expiresAt: Date;
}

/**
 * Takes a ticket for one socket: true only the first time, and only while its session lasts, its user is
 * active and still works for the unit the ticket names (a ticket fetched before a sign-out, deactivation or
 * unit change is refused). One statement, so two instances racing for one ticket cannot both win.
 */
export async function consumeSyncTicket(db: Kysely<Schema>, use: TicketUse): Promise<boolean> {
	const taken = await sql<{ id: string }>`
		insert into sync_ticket_uses (id, expires_at)
		select ${use.ticketId}, ${use.expiresAt}
		where exists (
			select 1 from sessions s join users u on u.id = s.user_id
			where s.id = ${use.sessionId} and s.user_id = ${use.userId} and s.expires_at > now()
				and u.active and u.unit_id = ${use.unitId}
		)
		on conflict (id) do nothing
		returning id`.execute(db);
	return taken.rows.length === 1;
}

/** Forgets used tickets past their expiry (they are refused by their expiry alone); returns how many. */
export async function sweepSyncTicketUses(db: Kysely<Schema>, now: Date): Promise<number> {
	const result = await db.deleteFrom('sync_ticket_uses').where('expires_at', '<', now).executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Of these sessions, the ones that still give access (unexpired, user active, same unit). */
export async function liveSessions(
	db: Kysely<Schema>,
	sessions: ReadonlyArray<{ sessionId: string; unitId: string }>
): Promise<Set<string>> {
	if (sessions.length === 0) return new Set();
	const rows = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select(['sessions.id', 'users.unit_id'])
		.where(
			'sessions.id',
			'in',
			sessions.map((s) => s.sessionId)
		)
		.where('sessions.expires_at', '>', new Date())
		.where('users.active', '=', true)
		.execute();
	const unitOf = new Map(sessions.map((s) => [s.sessionId, s.unitId]));
	return new Set(rows.filter((r) => unitOf.get(r.id) === r.unit_id).map((r) => r.id));
}
