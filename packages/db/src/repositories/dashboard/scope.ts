import { localDateOf, type IsoDate } from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../../schema.ts';

/** What a dashboard covers: one plan, or every plan implementing a directive down its cascade. */
export type DashboardScope = { kind: 'plan'; planId: string } | { kind: 'directive'; directiveId: string };

/** How deep a directive cascade is followed; the seeds are 4 levels, real ones rarely more than 6. */
const MAX_CASCADE_DEPTH = 12;

/**
 * `scope_plans(plan_id)`, a CTE of the plans a scope covers. A directive's cascade follows every relation
 * (implements, guides, copies, continues) from the document it points to; the path guards against cycles.
 * A roll-up counts what binds: issued plans (and issued plans under amendment), never drafts; those are kept
 * in plan_scopes as plans and relations change (migration 2026-12-08-a-directive-rollups), and the cascade
 * is walked here only when drafts are asked for too.
 */
function scopeCte(scope: DashboardScope, options: ScopeOptions = {}): RawBuilder<unknown> {
	if (scope.kind === 'plan') return sql`scope_plans(plan_id) as (select ${scope.planId}::text)`;
	if (!options.includeDrafts) {
		return sql`scope_plans(plan_id) as (
			select plan_id from plan_scopes where directive_id = ${scope.directiveId})`;
	}
	return sql`
		docs(id, path) as (
			select ${scope.directiveId}::text, array[${scope.directiveId}::text]
			union all
			select r.from_id, d.path || r.from_id
			from directive_relations r join docs d on r.to_id = d.id
			where r.from_id <> all(d.path) and cardinality(d.path) < ${MAX_CASCADE_DEPTH}
		),
		scope_plans(plan_id) as (
			select p.id from plans p where p.directive_id in (select id from docs)
			union
			select pi.plan_id from plan_implements pi where pi.directive_id in (select id from docs)
		)`;
}

/** Which plans of a directive's cascade a query covers. */
export interface ScopeOptions {
	/** Also drafts (the live stream listens to them, so it notices the moment one is issued). */
	includeDrafts?: boolean;
}

/** `with recursive <scope>` for a query over the scope's tasks. */
export function withScope(scope: DashboardScope, options: ScopeOptions = {}): RawBuilder<unknown> {
	return sql`with recursive ${scopeCte(scope, options)}`;
}

/** Options every dashboard query takes: the instant "now" is (injected; never read from the clock here). */
export interface DashboardClock {
	now: Date;
}

export function todayOf(clock: DashboardClock): IsoDate {
	return localDateOf(clock.now);
}

/** The plans a scope covers, by id (a directive's: issued ones, unless drafts are asked for too). */
export async function dashboardPlanIds(
	db: Kysely<Schema>,
	scope: DashboardScope,
	options: ScopeOptions = {}
): Promise<string[]> {
	const { rows } = await sql<{ plan_id: string }>`
		${withScope(scope, options)}
		select s.plan_id from scope_plans s join plans p on p.id = s.plan_id order by s.plan_id`.execute(db);
	return rows.map((r) => r.plan_id);
}
