import {
	computeStatistics,
	type CascadeDirectiveNode,
	type CascadeNode,
	type CascadePlan,
	type CascadeRollup,
	type DirectiveRelationKind,
	type Deadline
} from '@trienkhai/domain';
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Schema } from '../schema.ts';
import { DIRECTIVE_BRIEF, directivesWithIssuer, plansWithOwner } from './listing-queries.ts';

/*
 * The cascade of a directive: every document that implements, guides, copies or continues it, and the
 * documents under those, down to the plans. A plan hangs under the directive that is its own document
 * (plans.directive_id), and that document under what the plan implements (plan_implements), even when
 * nobody recorded the document's relation itself. A plan without a document of its own is a leaf under
 * each directive it implements. The walk is a recursive CTE with the path kept in an array, so a loop in
 * the data ends the branch instead of the query; depth is capped as a second guard.
 */

/** The walk stops below this depth whatever the data says. */
export const CASCADE_MAX_DEPTH = 24;

interface WalkRow {
	id: string;
	parent_id: string | null;
	kind: string | null;
	note: string | null;
	depth: number;
	path: string[];
}

/** The rows of the walk from `rootId`, one per path (a shared descendant comes once per path). */
async function walk(db: Kysely<Schema>, rootId: string): Promise<WalkRow[]> {
	// one WITH RECURSIVE for both: PostgreSQL takes the keyword once, at the front of the list
	const rows = await db
		.withRecursive('edges', (qb) =>
			qb
				.selectFrom('directive_relations')
				.select([
					'from_id as child_id',
					'to_id as parent_id',
					sql<string>`directive_relations.kind`.as('kind'),
					'note'
				])
				.union(
					qb
						.selectFrom('plan_implements')
						.innerJoin('plans', 'plans.id', 'plan_implements.plan_id')
						.select([
							sql<string>`plans.directive_id`.as('child_id'),
							'plan_implements.directive_id as parent_id',
							sql<string>`'implements'`.as('kind'),
							sql<string | null>`null`.as('note')
						])
						.where('plans.directive_id', 'is not', null)
						.whereRef('plans.directive_id', '<>', 'plan_implements.directive_id')
						.where(
							sql<SqlBool>`not exists (select 1 from directive_relations r where r.from_id = plans.directive_id and r.to_id = plan_implements.directive_id)`
						)
				)
		)
		.withRecursive('walk(id, parent_id, kind, note, depth, path)', (qb) =>
			qb
				.selectFrom('directives')
				.select([
					'directives.id',
					sql<string | null>`null::text`.as('parent_id'),
					sql<string | null>`null::text`.as('kind'),
					sql<string | null>`null::text`.as('note'),
					sql<number>`0`.as('depth'),
					sql<string[]>`array[directives.id]`.as('path')
				])
				.where('directives.id', '=', rootId)
				.unionAll((qb2) =>
					qb2
						.selectFrom('edges')
						.innerJoin('walk', 'walk.id', 'edges.parent_id')
						.select([
							'edges.child_id as id',
							'edges.parent_id',
							'edges.kind',
							'edges.note',
							sql<number>`walk.depth + 1`.as('depth'),
							sql<string[]>`walk.path || edges.child_id`.as('path')
						])
						.where(sql<SqlBool>`edges.child_id <> all(walk.path)`)
						.where('walk.depth', '<', CASCADE_MAX_DEPTH)
				)
		)
		.selectFrom('walk')
		.selectAll()
		.orderBy('depth')
		.execute();
	// One row per path: two plans carrying one document and implementing the same directive, or two relations
	// of different kinds between the same documents, reach a document twice by the same way down.
	const byPath = new Map<string, WalkRow>();
	for (const r of rows) {
		const key = r.path.join('\u0000');
		if (!byPath.has(key)) byPath.set(key, { ...r, depth: Number(r.depth) });
	}
	return [...byPath.values()];
}

/** Every directive under `rootId` (not the root itself), through relations and plan documents. */
export async function descendantDirectiveIds(db: Kysely<Schema>, rootId: string): Promise<Set<string>> {
	const rows = await walk(db, rootId);
	return new Set(rows.filter((r) => r.depth > 0).map((r) => r.id));
}

const emptyRollup = (): CascadeRollup => ({
	plans: 0,
	tasks: 0,
	done: 0,
	doneOnTime: 0,
	doneLate: 0,
	overdue: 0,
	averageProgress: 0,
	doneRate: 0
});

/** Sums plan roll-ups (each plan once); the average is weighted by tasks. */
export function sumRollups(rollups: readonly CascadeRollup[]): CascadeRollup {
	const out = emptyRollup();
	let progressSum = 0;
	for (const r of rollups) {
		out.plans += r.plans;
		out.tasks += r.tasks;
		out.done += r.done;
		out.doneOnTime += r.doneOnTime;
		out.doneLate += r.doneLate;
		out.overdue += r.overdue;
		progressSum += r.averageProgress * r.tasks;
	}
	out.averageProgress = out.tasks === 0 ? 0 : Math.round(progressSum / out.tasks);
	out.doneRate = out.tasks === 0 ? 0 : Math.round((out.done * 1000) / out.tasks) / 10;
	return out;
}

/** Each plan's roll-up from the task read model, time statuses taken at `now`. */
async function planRollups(
	db: Kysely<Schema>,
	planIds: string[],
	now: Date
): Promise<Map<string, CascadeRollup>> {
	const out = new Map<string, CascadeRollup>();
	if (planIds.length === 0) return out;
	const tasks = await db
		.selectFrom('tasks')
		.select(['plan_id', 'status', 'progress', 'deadline', 'completed_on', 'lead_unit_id'])
		.where('plan_id', 'in', planIds)
		.execute();
	const byPlan = new Map<string, typeof tasks>();
	for (const t of tasks) byPlan.set(t.plan_id, [...(byPlan.get(t.plan_id) ?? []), t]);
	for (const planId of planIds) {
		const list = byPlan.get(planId) ?? [];
		const stats = computeStatistics(
			list.map((t) => ({
				leadUnitId: t.lead_unit_id,
				status: t.status,
				deadline: (t.deadline as Deadline | null) ?? null,
				completedOn: t.completed_on,
				progress: t.progress
			})),
			now
		).total;
		const progress = list.reduce((n, t) => n + t.progress, 0);
		out.set(planId, {
			plans: 1,
			tasks: stats.total,
			done: stats.done.total,
			doneOnTime: stats.done.onTime,
			doneLate: stats.done.late,
			overdue: stats.notDone.overdue,
			averageProgress: list.length === 0 ? 0 : Math.round(progress / list.length),
			doneRate: stats.rates.done
		});
	}
	return out;
}

/** Who reads a cascade: a draft plan is listed only to its owner unit, its co-drafters and administrators. */
export interface CascadeReader {
	unitId: string;
	isAdmin: boolean;
}

/**
 * The cascade tree under a directive, level by level, with every plan's progress at `now` and, at each
 * directive, the sum over the distinct plans beneath it. Undefined when the directive does not exist.
 */
export async function directiveCascade(
	db: Kysely<Schema>,
	rootId: string,
	now: Date,
	reader?: CascadeReader
): Promise<CascadeDirectiveNode | undefined> {
	const rows = await walk(db, rootId);
	if (rows.length === 0) return undefined;
	const ids = [...new Set(rows.map((r) => r.id))];
	const [directives, carriedAll, leafAll] = await Promise.all([
		directivesWithIssuer(db).select(DIRECTIVE_BRIEF).where('directives.id', 'in', ids).execute(),
		plansWithOwner(db)
			.select(['plans.directive_id', 'plans.owner_unit_id', 'plans.co_drafter_unit_ids'])
			.where('plans.directive_id', 'in', ids)
			.orderBy('plans.created_at')
			.orderBy('plans.id')
			.execute(),
		plansWithOwner(db)
			.innerJoin('plan_implements', 'plan_implements.plan_id', 'plans.id')
			.select(['plan_implements.directive_id', 'plans.owner_unit_id', 'plans.co_drafter_unit_ids'])
			.where('plan_implements.directive_id', 'in', ids)
			.where('plans.directive_id', 'is', null)
			.orderBy('plans.created_at')
			.orderBy('plans.id')
			.execute()
	]);
	const visible = (p: { status: string; owner_unit_id: string; co_drafter_unit_ids: string[] }) =>
		reader === undefined ||
		p.status !== 'draft' ||
		reader.isAdmin ||
		p.owner_unit_id === reader.unitId ||
		p.co_drafter_unit_ids.includes(reader.unitId);
	const carried = carriedAll.filter(visible);
	const leafPlans = leafAll.filter(visible);
	// a draft is shown as a draft; only what was issued counts in a roll-up
	const counted = [...carried, ...leafPlans].filter((p) => p.status !== 'draft').map((p) => p.id);
	const rollups = await planRollups(db, [...new Set(counted)], now);
	const planOf = (p: (typeof carried)[number] | (typeof leafPlans)[number]): CascadePlan => ({
		id: p.id,
		title: p.title,
		status: p.status,
		ownerName: p.owner_name,
		rollup: rollups.get(p.id) ?? emptyRollup()
	});
	const directiveById = new Map(directives.map((d) => [d.id, d]));
	const childrenOf = new Map<string, WalkRow[]>();
	for (const row of rows) {
		if (row.depth === 0) continue;
		const parentKey = row.path.slice(0, -1).join('\u0000');
		childrenOf.set(parentKey, [...(childrenOf.get(parentKey) ?? []), row]);
	}

	const build = (row: WalkRow): { node: CascadeDirectiveNode; planIds: Set<string> } => {
		const d = directiveById.get(row.id)!;
		const pathKey = row.path.join('\u0000');
		const key = row.path.join('/');
		const plans = carried.filter((p) => p.directive_id === row.id).map(planOf);
		const planIds = new Set(plans.map((p) => p.id));
		const built = (childrenOf.get(pathKey) ?? []).map(build);
		const children: CascadeNode[] = built.map((b) => b.node);
		for (const b of built) for (const id of b.planIds) planIds.add(id);
		const leaves = leafPlans.filter((p) => p.directive_id === row.id);
		for (const p of leaves) {
			planIds.add(p.id);
			children.push({
				kind: 'plan',
				key: `${key}/plan:${p.id}`,
				depth: row.depth + 1,
				relation: 'implements',
				plan: planOf(p)
			});
		}
		children.sort(
			(a, b) =>
				sortDate(a, directiveById).localeCompare(sortDate(b, directiveById)) || a.key.localeCompare(b.key)
		);
		const node: CascadeDirectiveNode = {
			kind: 'directive',
			key,
			depth: row.depth,
			relation: row.kind as DirectiveRelationKind | null,
			note: row.note,
			directive: {
				id: d.id,
				type: d.type,
				numberDisplay: d.number_display,
				issuedOn: d.issued_on,
				subject: d.subject,
				issuerName: d.issuer_name
			},
			plans,
			children,
			rollup: sumRollups([...planIds].map((id) => rollups.get(id) ?? emptyRollup()))
		};
		return { node, planIds };
	};
	const root = rows.find((r) => r.depth === 0)!;
	return build(root).node;
}

/** Children in date order; a plan leaf sorts after the documents of its level. */
function sortDate(node: CascadeNode, directives: Map<string, { issued_on: string }>): string {
	return node.kind === 'directive' ? (directives.get(node.directive.id)?.issued_on ?? '') : '9999-12-31';
}
