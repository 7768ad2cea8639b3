import type { Kysely } from 'kysely';
import type { AuthPolicy } from '../auth/policy.ts';
import { judgeSession, sessionEnd } from '../auth/session-renewal.ts';
import { newSessionToken, sessionIdOf } from '../auth/tokens.ts';
import type { Schema } from '../schema.ts';
import { notifyAccessRevoked } from './access.ts';

/** The signed-in user as the web app sees it. */
export interface SessionUser {
	id: string;
	username: string;
	displayName: string;
	unitId: string;
	unitName: string;
	isAdmin: boolean;
	/** The session the request came with (what websocket tickets are bound to). */
	sessionId?: string;
}

/** Starts a session for a user; the token goes into the cookie and is never stored. */
export async function createSession(
	db: Kysely<Schema>,
	input: { userId: string; userAgent: string | null; now: Date; policy: AuthPolicy }
): Promise<{ token: string; expiresAt: Date }> {
	const token = newSessionToken();
	const expiresAt = sessionEnd(input.now, input.now, input.policy);
	await db
		.insertInto('sessions')
		.values({
			id: sessionIdOf(token),
			user_id: input.userId,
			created_at: input.now,
			last_seen_at: input.now,
			expires_at: expiresAt,
			user_agent: input.userAgent?.slice(0, 500) ?? null
		})
		.execute();
	return { token, expiresAt };
}

/**
 * The active user behind a session token, or null when the session is unknown, expired or its user was
 * deactivated. An expired session is deleted; a used one has its end pushed out (at most every few minutes).
 */
export async function findSessionUser(
	db: Kysely<Schema>,
	token: string,
	options: { now: Date; policy: AuthPolicy }
): Promise<SessionUser | null> {
	const id = sessionIdOf(token);
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.innerJoin('units', 'units.id', 'users.unit_id')
		.select([
			'sessions.created_at',
			'sessions.expires_at',
			'sessions.last_seen_at',
			'users.id',
			'users.username',
			'users.display_name',
			'users.unit_id',
			'users.is_admin',
			'users.active',
			'units.name as unit_name'
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row || !row.active) return null;
	const verdict = judgeSession(
		{ createdAt: row.created_at, expiresAt: row.expires_at, lastSeenAt: row.last_seen_at },
		options.now,
		options.policy
	);
	switch (verdict.kind) {
		case 'expired':
			await db.transaction().execute(async (trx) => {
				await trx.deleteFrom('sessions').where('id', '=', id).execute();
				await notifyAccessRevoked(trx, { userId: row.id, sessionId: id });
			});
			return null;
		case 'renew':
			await db
				.updateTable('sessions')
				.set({ last_seen_at: verdict.lastSeenAt, expires_at: verdict.expiresAt })
				.where('id', '=', id)
				.execute();
			break;
		case 'valid':
			break;
	}
	return {
		id: row.id,
		username: row.username,
		displayName: row.display_name,
		unitId: row.unit_id,
		unitName: row.unit_name,
		isAdmin: row.is_admin,
		sessionId: id
	};
}

/** Ends one session (sign-out); its open sockets on every instance are closed (see access.ts). */
export async function deleteSession(db: Kysely<Schema>, token: string): Promise<void> {
	const id = sessionIdOf(token);
	await db.transaction().execute(async (trx) => {
		const ended = await trx
			.deleteFrom('sessions')
			.where('id', '=', id)
			.returning('user_id')
			.executeTakeFirst();
		if (ended) await notifyAccessRevoked(trx, { userId: ended.user_id, sessionId: id });
	});
}

/** Ends every session of a user (deactivation, password reset) and closes their sockets everywhere. */
export async function deleteUserSessions(db: Kysely<Schema>, userId: string): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const result = await trx.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
		await notifyAccessRevoked(trx, { userId, sessionId: null });
		return Number(result.numDeletedRows);
	});
}

/** Removes sessions that have ended; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Schema>, now: Date): Promise<number> {
	const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
	return Number(result.numDeletedRows);
}
