import type { PreparedDatabase } from '@trienkhai/db';
import {
	decideUnitMerge,
	deriveContentEvents,
	planUnitsAfterMerge,
	readPlanDocument,
	setTaskField,
	toEventInput,
	type Actor,
	type MergedUnitRef,
	type TaskSuccession,
	type UnitMergeSpec,
	type UnitsMerged
} from '@trienkhai/domain';
import { loadPlan } from '@trienkhai/sync';
import * as Y from 'yjs';

/** How often a plan is decided again when someone edited its document between the load and the lock. */
const ATTEMPTS = 5;

/** The document moved on between the load and the lock: load it again. */
class StaleDocument extends Error {}

/** What one plan's merge needs besides the plan: the units by id and name, who does it and when. */
export interface PlanMergeInput extends UnitMergeSpec {
	dissolved: MergedUnitRef[];
	successor: MergedUnitRef;
	effectiveOn: string;
	actor: Actor;
	at: string;
	/** Part of a split (chia tách): the event says so. */
	split?: boolean;
}

/** Writes the successions into the document: the lead and coordinator fields of each moved task. */
function applySuccessions(doc: Y.Doc, moves: readonly TaskSuccession[]): void {
	for (const move of moves) {
		if (move.lead) setTaskField(doc, move.taskId, 'leadUnitId', move.lead.to);
		if (move.coordinators) setTaskField(doc, move.taskId, 'coordinatorUnitIds', move.coordinators.to);
	}
}

type Trx = Parameters<Parameters<PreparedDatabase['events']['execute']>[1]>[0]['trx'];
type Loaded = NonNullable<Awaited<ReturnType<typeof loadPlan>>>;
type Outcome = { tasks: number; changed: boolean };

/** What the merge changes in one plan, decided under its lock from the document and the read model. */
async function decidePlanMerge(trx: Trx, planId: string, loaded: Loaded, input: PlanMergeInput) {
	const head = await trx
		.selectFrom('plan_streams')
		.select('update_seq')
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	if ((head?.update_seq ?? 0) !== loaded.seq) throw new StaleDocument();
	const [rows, plan, inbox] = await Promise.all([
		trx.selectFrom('tasks').select(['id', 'status']).where('plan_id', '=', planId).execute(),
		trx
			.selectFrom('plans')
			.select(['owner_unit_id', 'co_drafter_unit_ids'])
			.where('id', '=', planId)
			.executeTakeFirstOrThrow(),
		trx
			.selectFrom('inbox_items')
			.select('revision')
			.where('plan_id', '=', planId)
			.where('unit_id', 'in', input.dissolvedUnitIds)
			.execute()
	]);
	const status = new Map(rows.map((r) => [r.id, r.status]));
	const moves = decideUnitMerge(
		readPlanDocument(loaded.doc).tasks.map((t) => ({
			taskId: t.id,
			status: status.get(t.id) ?? 'assigned',
			leadUnitId: t.leadUnitId,
			coordinatorUnitIds: t.coordinatorUnitIds
		})),
		input
	);
	const units = planUnitsAfterMerge(
		{ ownerUnitId: plan.owner_unit_id, coDrafterUnitIds: plan.co_drafter_unit_ids },
		input
	);
	// the inbox passes with the plans: in a split, with the main share (a merge of what is left)
	return { moves, units, inboxMoved: inbox.length > 0 && !input.onlyTaskIds };
}

type PlanMergeDecision = Awaited<ReturnType<typeof decidePlanMerge>>;

/** The UnitsMerged event of one plan: what moved, and why. */
function mergedEvent(planId: string, input: PlanMergeInput, decision: PlanMergeDecision): UnitsMerged {
	const { moves, units, inboxMoved } = decision;
	return {
		type: 'UnitsMerged',
		planId,
		actor: input.actor,
		at: input.at,
		data: {
			dissolved: input.dissolved,
			successor: input.successor,
			effectiveOn: input.effectiveOn,
			leadTaskIds: moves.filter((m) => m.lead).map((m) => m.taskId),
			coordinatorTaskIds: moves.filter((m) => m.coordinators).map((m) => m.taskId),
			...(units.ownerMoved ? { ownerMoved: true } : {}),
			...(units.coDraftersMoved ? { coDraftersMoved: true } : {}),
			...(inboxMoved ? { inboxMoved: true } : {}),
			...(input.split ? { split: true } : {})
		}
	};
}

/** One attempt under the plan's lock: the events and document update to append, or nothing. */
async function mergeUnderLock(trx: Trx, planId: string, loaded: Loaded, input: PlanMergeInput) {
	const decision = await decidePlanMerge(trx, planId, loaded, input);
	const { moves, units } = decision;
	if (moves.length === 0 && !units.ownerMoved && !units.coDraftersMoved && !decision.inboxMoved)
		return { events: [], value: { tasks: 0, changed: false } };
	const merged = toEventInput(mergedEvent(planId, input, decision));
	if (moves.length === 0) return { events: [merged], value: { tasks: 0, changed: true } };
	const before = readPlanDocument(loaded.doc);
	const vector = Y.encodeStateVector(loaded.doc);
	applySuccessions(loaded.doc, moves);
	const update = Y.encodeStateAsUpdate(loaded.doc, vector);
	const content = deriveContentEvents(before, readPlanDocument(loaded.doc), input.actor, input.at);
	const { userId, unitId } = input.actor;
	return {
		events: [merged, ...content.map((e) => ({ ...toEventInput(e), updateIndex: 0 }))],
		updates: [{ update, userId, unitId, origin: 'unit-merge' }],
		value: { tasks: moves.length, changed: true }
	};
}

/**
 * Passes one plan's open tasks from the dissolved units to the successor, and the plan itself when a dissolved
 * unit owned or co-drafted it: under the plan's lock (store.execute), decided from the document as stored and
 * the tasks' statuses in the log, appended as one document update with its TaskFieldChanged events and a
 * UnitsMerged event saying why. An open sync room applies the update from the log, so the document and the
 * log agree. Returns how many tasks moved and whether anything of the plan changed.
 */
export async function mergeUnitsInPlan(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	planId: string,
	input: PlanMergeInput
): Promise<Outcome> {
	const { db, events: store } = database;
	for (let attempt = 1; ; attempt++) {
		const loaded = await loadPlan(db, store, planId);
		if (!loaded) return { tasks: 0, changed: false };
		try {
			const executed = await store.execute(planId, ({ trx }) => mergeUnderLock(trx, planId, loaded, input));
			return executed.value;
		} catch (error) {
			if (error instanceof StaleDocument && attempt < ATTEMPTS) continue;
			throw error;
		} finally {
			loaded.doc.destroy();
		}
	}
}
