import type { Database, PreparedDatabase } from '@trienkhai/db';
import {
	checkUnitMerge,
	localDateOf,
	previewUnitMerge,
	type Actor,
	type MergeTask,
	type MergedUnitRef,
	type UnitMergePreview,
	type UnitMergeSpec
} from '@trienkhai/domain';
import { mergeUnitsInPlan, type PlanMergeInput } from './merge-plan.ts';

type Db = Database['db'];

/** Why a merge cannot be done: a unit missing or already dissolved, or the same unit on both sides. */
export type MergeRefusal = 'unknown_unit' | 'already_dissolved' | 'same_unit';

/** The open tasks of the plans that name a dissolved unit, from the read model, grouped by plan. */
export async function tasksNaming(db: Db, unitIds: readonly string[]) {
	const rows = await db
		.selectFrom('tasks')
		.select(['tasks.id', 'tasks.plan_id', 'tasks.status', 'tasks.lead_unit_id'])
		.where('tasks.status', '<>', 'done')
		.where((eb) =>
			eb.or([
				eb('tasks.lead_unit_id', 'in', unitIds),
				eb.exists(
					eb
						.selectFrom('task_coordinators')
						.select('task_coordinators.task_id')
						.whereRef('task_coordinators.task_id', '=', 'tasks.id')
						.where('task_coordinators.unit_id', 'in', unitIds)
				)
			])
		)
		.orderBy('tasks.plan_id')
		.execute();
	const coordinators = rows.length
		? await db
				.selectFrom('task_coordinators')
				.select(['task_id', 'unit_id'])
				.where(
					'task_id',
					'in',
					rows.map((r) => r.id)
				)
				.orderBy('position')
				.execute()
		: [];
	const plans = new Map<string, MergeTask[]>();
	for (const row of rows) {
		const list = plans.get(row.plan_id) ?? [];
		list.push({
			taskId: row.id,
			status: row.status,
			leadUnitId: row.lead_unit_id,
			coordinatorUnitIds: coordinators.filter((c) => c.task_id === row.id).map((c) => c.unit_id)
		});
		plans.set(row.plan_id, list);
	}
	return [...plans].map(([planId, tasks]) => ({ planId, tasks }));
}

/** The plans a dissolved unit owns or co-drafts: they pass to the successor as a whole. */
async function plansOwnedBy(db: Db, unitIds: readonly string[]): Promise<string[]> {
	// every plan's two unit columns: a merge is rare, and the test reads the same on both dialects here
	const all = await db.selectFrom('plans').select(['id', 'owner_unit_id', 'co_drafter_unit_ids']).execute();
	return all
		.filter(
			(p) => unitIds.includes(p.owner_unit_id) || p.co_drafter_unit_ids.some((id) => unitIds.includes(id))
		)
		.map((p) => p.id);
}

/** The plans in a dissolved unit's inbox (văn bản đến): their entries pass to the successor. */
async function plansReceivedBy(db: Db, unitIds: readonly string[]): Promise<string[]> {
	const rows = await db
		.selectFrom('inbox_items')
		.select('plan_id')
		.distinct()
		.where('unit_id', 'in', unitIds)
		.execute();
	return rows.map((r) => r.plan_id);
}

/**
 * The plans a merge touches: those naming a dissolved unit in an open task, owned or co-drafted by one, or in
 * one's inbox.
 */
export async function plansToMerge(db: Db, unitIds: readonly string[]): Promise<string[]> {
	const named = (await tasksNaming(db, unitIds)).map((p) => p.planId);
	const [owned, received] = await Promise.all([plansOwnedBy(db, unitIds), plansReceivedBy(db, unitIds)]);
	return [...new Set([...named, ...owned, ...received])].sort();
}

type MergeUnits = { refused: MergeRefusal } | { dissolved: MergedUnitRef[]; successor: MergedUnitRef };

/** The units of a merge as stored, or why the merge is refused. */
export async function readMergeUnits(db: Db, spec: UnitMergeSpec): Promise<MergeUnits> {
	if (spec.dissolvedUnitIds.includes(spec.successorUnitId)) return { refused: 'same_unit' };
	checkUnitMerge(spec);
	const ids = [...spec.dissolvedUnitIds, spec.successorUnitId];
	const units = await db
		.selectFrom('units')
		.select(['id', 'name', 'dissolved_on'])
		.where('id', 'in', ids)
		.execute();
	if (units.length !== ids.length) return { refused: 'unknown_unit' };
	if (units.some((u) => u.dissolved_on !== null)) return { refused: 'already_dissolved' };
	const ref = (id: string) => ({ unitId: id, name: units.find((u) => u.id === id)!.name });
	return { dissolved: spec.dissolvedUnitIds.map(ref), successor: ref(spec.successorUnitId) };
}

/**
 * How many open tasks of how many plans a merge would move, and how many plans of the dissolved units (owned
 * or co-drafted) pass to the successor; or why it cannot be done.
 */
export async function previewMerge(
	db: Db,
	spec: UnitMergeSpec
): Promise<
	| { ok: true; preview: UnitMergePreview; ownedPlans: number; receivedPlans: number }
	| { ok: false; refused: MergeRefusal }
> {
	const units = await readMergeUnits(db, spec);
	if ('refused' in units) return { ok: false, refused: units.refused };
	const [named, owned, received] = await Promise.all([
		tasksNaming(db, spec.dissolvedUnitIds),
		plansOwnedBy(db, spec.dissolvedUnitIds),
		plansReceivedBy(db, spec.dissolvedUnitIds)
	]);
	return {
		ok: true,
		preview: previewUnitMerge(named, spec),
		ownedPlans: owned.length,
		receivedPlans: received.length
	};
}

/** The input of each plan's merge: the spec, the units as named today, the day it takes effect, who and when. */
export function planMergeInput(
	spec: UnitMergeSpec,
	units: { dissolved: MergedUnitRef[]; successor: MergedUnitRef },
	actor: Actor,
	at: Date
): PlanMergeInput {
	return { ...spec, ...units, effectiveOn: localDateOf(at), actor, at: at.toISOString() };
}

/** Passes each plan's share of the work (one append per plan, under its lock): the plans changed, the tasks moved. */
export async function passPlans(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	planIds: readonly string[],
	input: PlanMergeInput
): Promise<{ changed: string[]; tasks: number }> {
	const changed: string[] = [];
	let tasks = 0;
	for (const planId of planIds) {
		const moved = await mergeUnitsInPlan(database, planId, input);
		if (moved.changed) changed.push(planId);
		tasks += moved.tasks;
	}
	return { changed, tasks };
}

/**
 * Marks the units dissolved from `effectiveOn` with their successor (kept, so the history and completed tasks
 * still name them) and moves their accounts: each to the unit `userMoves` names, else to the successor.
 * Returns how many accounts moved.
 */
export async function dissolveUnits(
	db: Db,
	input: {
		dissolvedUnitIds: readonly string[];
		successorUnitId: string;
		effectiveOn: string;
		userMoves?: ReadonlyMap<string, string>;
	}
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await trx
			.updateTable('units')
			.set({ dissolved_on: input.effectiveOn, successor_id: input.successorUnitId })
			.where('id', 'in', input.dissolvedUnitIds)
			.execute();
		let users = 0;
		for (const [userId, unitId] of input.userMoves ?? []) {
			const moved = await trx
				.updateTable('users')
				.set({ unit_id: unitId })
				.where('id', '=', userId)
				.where('unit_id', 'in', input.dissolvedUnitIds)
				.executeTakeFirst();
			users += Number(moved.numUpdatedRows);
		}
		const rest = await trx
			.updateTable('users')
			.set({ unit_id: input.successorUnitId })
			.where('unit_id', 'in', input.dissolvedUnitIds)
			.executeTakeFirst();
		return users + Number(rest.numUpdatedRows);
	});
}

/**
 * Merges units: each plan naming a dissolved unit in an open task passes those tasks to the successor, and a
 * plan a dissolved unit owned, co-drafted or received passes to the successor (one append per plan, under its
 * lock); then the dissolved units are marked dissolved and their accounts move to the successor. A merge
 * stopped half-way is finished by running it again: the plans already done have nothing left to move.
 */
export async function mergeUnits(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	spec: UnitMergeSpec,
	actor: Actor,
	at: Date
): Promise<{ ok: true; plans: number; tasks: number; users: number } | { ok: false; refused: MergeRefusal }> {
	const { db } = database;
	const units = await readMergeUnits(db, spec);
	if ('refused' in units) return { ok: false, refused: units.refused };
	const input = planMergeInput(spec, units, actor, at);
	const { changed, tasks } = await passPlans(database, await plansToMerge(db, spec.dissolvedUnitIds), input);
	const users = await dissolveUnits(db, { ...spec, effectiveOn: input.effectiveOn });
	return { ok: true, plans: changed.length, tasks, users };
}
