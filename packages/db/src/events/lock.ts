import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/**
 * Takes the plans' advisory locks for the rest of the transaction: the one lock every writer of a plan
 * takes (group commit, commands, imports), so no two decide on or append to one plan at once. Several
 * plans are locked in one global order, so two transactions never deadlock.
 *
 * Takes no transaction id: call it before the transaction's first write, so the id is assigned after the
 * locks and one plan's transactions get increasing ids in seq order (what subscribe.ts relies on).
 */
export async function lockPlans(trx: Kysely<Schema>, planIds: readonly string[]): Promise<void> {
	const ids = [...new Set(planIds)];
	if (ids.length === 0) return;
	if (ids.length === 1) {
		await sql`select pg_advisory_xact_lock(hashtextextended(${ids[0]}, 0))`.execute(trx);
		return;
	}
	await sql`
		select pg_advisory_xact_lock(k) from (
			select distinct hashtextextended(id, 0) as k from (values ${sql.join(ids.map((id) => sql`(${id})`))}) as p (id)
			order by k
		) as locks`.execute(trx);
}

/** Takes one plan's lock (see lockPlans). */
export function lockPlan(trx: Kysely<Schema>, planId: string): Promise<void> {
	return lockPlans(trx, [planId]);
}
