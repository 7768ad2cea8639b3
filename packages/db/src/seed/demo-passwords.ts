import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.ts';
import type { Schema } from '../schema.ts';
import type { DemoData } from './load-demo-data.ts';

/** The password of every demo account (printed by `npm start`, written in the README). */
export const DEMO_PASSWORD = 'trienkhai';

/** The demo unit whose account administers units and users: Văn phòng Trung ương Đảng. */
export const DEMO_ADMIN_UNIT = 'vptw';

/**
 * Gives the demo accounts (`u-<unit key>`) that have no password the demo password, and makes the account
 * of DEMO_ADMIN_UNIT an administrator. Accounts that already have a password are left alone, so this is
 * safe on every start and also fixes a database whose demo data predates passwords. Returns how many it set.
 */
export async function setDemoPasswords(
	db: Kysely<Schema>,
	data: Pick<DemoData, 'units'>,
	password: string = DEMO_PASSWORD
): Promise<number> {
	const ids = data.units.map((u) => `u-${u.key}`);
	if (ids.length === 0) return 0;
	const without = await db
		.selectFrom('users')
		.select('id')
		.where('id', 'in', ids)
		.where('password_hash', 'is', null)
		.execute();
	// each account gets its own salt: equal passwords must not show as equal hashes
	const hashes = await Promise.all(without.map(() => hashPassword(password)));
	await db.transaction().execute(async (trx) => {
		for (const [i, user] of without.entries()) {
			await trx
				.updateTable('users')
				.set({ password_hash: hashes[i]!, ...(user.id === `u-${DEMO_ADMIN_UNIT}` ? { is_admin: true } : {}) })
				.where('id', '=', user.id)
				.where('password_hash', 'is', null)
				.execute();
		}
	});
	return without.length;
}
