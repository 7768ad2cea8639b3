import { sql, type Kysely, type RawBuilder } from 'kysely';
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
	const query = lockQuery(planIds);
	if (query) await query.execute(trx);
}

/** The statement lockPlans runs, or null when there is no plan to lock. */
export function lockQuery(planIds: readonly string[]): RawBuilder<unknown> | null {
	const ids = [...new Set(planIds)];
	if (ids.length === 0) return null;
	if (ids.length === 1) return sql`select pg_advisory_xact_lock(hashtextextended(${ids[0]}, 0))`;
	return sql`
		select pg_advisory_xact_lock(k) from (
			select distinct hashtextextended(id, 0) as k from (values ${sql.join(ids.map((id) => sql`(${id})`))}) as p (id)
			order by k
		) as locks`;
}

/** Takes one plan's lock (see lockPlans). */
export function lockPlan(trx: Kysely<Schema>, planId: string): Promise<void> {
	return lockPlans(trx, [planId]);
}
