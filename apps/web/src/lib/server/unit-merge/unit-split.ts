import type { PreparedDatabase } from '@trienkhai/db';
import type { Actor } from '@trienkhai/domain';
import {
	dissolveUnits,
	passPlans,
	planMergeInput,
	plansToMerge,
	readMergeUnits,
	tasksNaming,
	type MergeRefusal
} from './unit-merge.ts';

/**
 * A split (chia tách): the unit is dissolved and its open tasks pass to several successors, each task to the
 * one chosen for it; its own plans, its inbox, every task not given elsewhere and the accounts not given
 * elsewhere pass to the main successor (the unit that takes over most of its work, as the decision names it).
 */
export interface UnitSplitSpec {
	dissolvedUnitId: string;
	mainSuccessorId: string;
	/** The other successors' shares: the open tasks each takes. */
	shares: ReadonlyArray<{ successorUnitId: string; taskIds: readonly string[] }>;
	/** Accounts that go to another successor than the main one: user id → unit id. */
	userMoves: ReadonlyMap<string, string>;
}

/** Why a split cannot be done: a merge's reasons, fewer than two distinct successors, or a stray target. */
export type SplitRefusal = MergeRefusal | 'one_successor' | 'not_a_successor';

function checkSplit(spec: UnitSplitSpec): SplitRefusal | null {
	const successors = [spec.mainSuccessorId, ...spec.shares.map((s) => s.successorUnitId)];
	if (successors.includes(spec.dissolvedUnitId)) return 'same_unit';
	if (successors.some((id) => id === '') || new Set(successors).size !== successors.length)
		return 'one_successor';
	if (successors.length < 2) return 'one_successor';
	if ([...spec.userMoves.values()].some((id) => !successors.includes(id))) return 'not_a_successor';
	return null;
}

/**
 * Splits a unit: each other successor's share first (only its tasks, `split` on the events), then the main
 * successor takes what is left as in a merge (tasks, plans, inbox), then the unit is dissolved and its
 * accounts move. Run again after a stop, it moves what is left to the main successor.
 */
export async function splitUnit(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	spec: UnitSplitSpec,
	actor: Actor,
	at: Date
): Promise<{ ok: true; plans: number; tasks: number; users: number } | { ok: false; refused: SplitRefusal }> {
	const { db } = database;
	const wrong = checkSplit(spec);
	if (wrong) return { ok: false, refused: wrong };
	const dissolvedUnitIds = [spec.dissolvedUnitId];
	const main = { dissolvedUnitIds, successorUnitId: spec.mainSuccessorId };
	const mainUnits = await readMergeUnits(db, main);
	if ('refused' in mainUnits) return { ok: false, refused: mainUnits.refused };
	const changed = new Set<string>();
	let tasks = 0;
	// which plan holds each open task of the unit: read once, the shares only move tasks within their plans
	const named = await tasksNaming(db, dissolvedUnitIds);
	for (const share of spec.shares) {
		const shareSpec = {
			dissolvedUnitIds,
			successorUnitId: share.successorUnitId,
			onlyTaskIds: share.taskIds
		};
		const units = await readMergeUnits(db, shareSpec);
		if ('refused' in units) return { ok: false, refused: units.refused };
		const planIds = named
			.filter((p) => p.tasks.some((t) => share.taskIds.includes(t.taskId)))
			.map((p) => p.planId);
		const passed = await passPlans(database, planIds, {
			...planMergeInput(shareSpec, units, actor, at),
			split: true
		});
		passed.changed.forEach((id) => changed.add(id));
		tasks += passed.tasks;
	}
	const input = { ...planMergeInput(main, mainUnits, actor, at), split: true };
	const rest = await passPlans(database, await plansToMerge(db, dissolvedUnitIds), input);
	rest.changed.forEach((id) => changed.add(id));
	const users = await dissolveUnits(db, {
		...main,
		effectiveOn: input.effectiveOn,
		userMoves: spec.userMoves
	});
	return { ok: true, plans: changed.size, tasks: tasks + rest.tasks, users };
}
