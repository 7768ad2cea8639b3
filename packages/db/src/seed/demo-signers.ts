import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.ts';
import type { Schema } from '../schema.ts';
import type { SeedSigner } from './data/signers.ts';
import { DEMO_PASSWORD } from './demo-passwords.ts';

/**
 * Adds the demo signers (an account each, with the signing role of its unit) where their unit exists and
 * they are missing; safe on every start, so a database seeded before signers existed gets them too.
 * Returns how many it added.
 */
export async function ensureDemoSigners(
	db: Kysely<Schema>,
	signers: readonly SeedSigner[],
	password: string = DEMO_PASSWORD
): Promise<number> {
	let added = 0;
	for (const s of signers) {
		const unit = await db.selectFrom('units').select('id').where('id', '=', s.unit).executeTakeFirst();
		const known = await db.selectFrom('users').select('id').where('id', '=', s.id).executeTakeFirst();
		if (!unit || known) continue;
		const passwordHash = await hashPassword(password);
		await db.transaction().execute(async (trx) => {
			await trx
				.insertInto('users')
				.values({
					id: s.id,
					username: s.username,
					display_name: s.displayName,
					unit_id: s.unit,
					password_hash: passwordHash
				})
				.onConflict((oc) => oc.doNothing())
				.execute();
			await trx
				.insertInto('unit_signers')
				.values({
					user_id: s.id,
					unit_id: s.unit,
					authority: s.authority,
					collective: s.collective,
					head_title: s.headTitle,
					position: s.position
				})
				.onConflict((oc) => oc.column('user_id').doNothing())
				.execute();
		});
		added++;
	}
	return added;
}
