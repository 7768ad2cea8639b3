import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { notifyAccessRevoked } from './access.ts';

/** What sign-in needs of an account, found by user name (case-insensitive). */
export async function findUserForSignIn(db: Kysely<Schema>, username: string) {
	return db
		.selectFrom('users')
		.select(['id', 'username', 'password_hash', 'active'])
		.where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
		.executeTakeFirst();
}

/** Accounts joined with their unit: the columns the sign-in banner and the admin pages show. */
export function usersWithUnits(db: Kysely<Schema>) {
	return db
		.selectFrom('users')
		.innerJoin('units', 'units.id', 'users.unit_id')
		.select([
			'users.id',
			'users.username',
			'users.display_name',
			'users.unit_id',
			'units.name as unit_name',
			'users.is_admin',
			'users.active',
			'users.created_at'
		]);
}

/** Every account with its unit, for the administration page. */
export async function listUsersForAdmin(db: Kysely<Schema>) {
	return usersWithUnits(db).orderBy('units.name').orderBy('users.username').execute();
}

/** One account by id (without its password hash), or undefined. */
export async function getUser(db: Kysely<Schema>, id: string) {
	return db
		.selectFrom('users')
		.select(['id', 'username', 'display_name', 'unit_id', 'is_admin', 'active'])
		.where('id', '=', id)
		.executeTakeFirst();
}

/** Creates an account; 'username-taken' when the name (in any case) already exists. */
export async function createUser(
	db: Kysely<Schema>,
	input: {
		id: string;
		username: string;
		displayName: string;
		unitId: string;
		passwordHash: string;
		isAdmin: boolean;
	}
): Promise<'created' | 'username-taken'> {
	return db.transaction().execute(async (trx) => {
		if (await findUserForSignIn(trx, input.username)) return 'username-taken';
		const inserted = await trx
			.insertInto('users')
			.values({
				id: input.id,
				username: input.username,
				display_name: input.displayName,
				unit_id: input.unitId,
				password_hash: input.passwordHash,
				is_admin: input.isAdmin
			})
			.onConflict((oc) => oc.column('username').doNothing())
			.executeTakeFirst();
		return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1 ? 'created' : 'username-taken';
	});
}

/** Sets a new password hash and ends the account's sessions; false when there is no such account. */
export async function setUserPassword(
	db: Kysely<Schema>,
	input: { userId: string; passwordHash: string }
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const updated = await trx
			.updateTable('users')
			.set({ password_hash: input.passwordHash })
			.where('id', '=', input.userId)
			.executeTakeFirst();
		await trx.deleteFrom('sessions').where('user_id', '=', input.userId).execute();
		await notifyAccessRevoked(trx, { userId: input.userId, sessionId: null });
		return Number(updated.numUpdatedRows) === 1;
	});
}

/** Activates or deactivates an account; deactivation ends its sessions. False when there is no such account. */
export async function setUserActive(
	db: Kysely<Schema>,
	input: { userId: string; active: boolean }
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const updated = await trx
			.updateTable('users')
			.set({ active: input.active })
			.where('id', '=', input.userId)
			.executeTakeFirst();
		if (!input.active) {
			await trx.deleteFrom('sessions').where('user_id', '=', input.userId).execute();
			await notifyAccessRevoked(trx, { userId: input.userId, sessionId: null });
		}
		return Number(updated.numUpdatedRows) === 1;
	});
}

/**
 * Moves an account to another unit and/or sets whether it administers. Its sessions stay, but its open
 * sockets on every instance are closed (they act for the old unit) and its unused tickets stop working; the
 * editor reconnects with a fresh ticket for the new unit. False when there is no such account.
 */
export async function setUserUnitAndRole(
	db: Kysely<Schema>,
	input: { userId: string; unitId: string; isAdmin: boolean }
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const updated = await trx
			.updateTable('users')
			.set({ unit_id: input.unitId, is_admin: input.isAdmin })
			.where('id', '=', input.userId)
			.executeTakeFirst();
		await notifyAccessRevoked(trx, { userId: input.userId, sessionId: null });
		return Number(updated.numUpdatedRows) === 1;
	});
}
