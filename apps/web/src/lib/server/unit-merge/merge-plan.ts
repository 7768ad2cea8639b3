import type { PreparedDatabase } from '@trienkhai/db';
import {
	decideUnitMerge,
	deriveContentEvents,
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
}

/** Writes the successions into the document: the lead and coordinator fields of each moved task. */
function applySuccessions(doc: Y.Doc, moves: readonly TaskSuccession[]): void {
	for (const move of moves) {
		if (move.lead) setTaskField(doc, move.taskId, 'leadUnitId', move.lead.to);
		if (move.coordinators) setTaskField(doc, move.taskId, 'coordinatorUnitIds', move.coordinators.to);
	}
}

/**
 * Passes one plan's open tasks from the dissolved units to the successor: under the plan's lock
 * (store.execute), decided from the document as stored and the tasks' statuses in the log, appended as one
 * document update with its TaskFieldChanged events and a UnitsMerged event saying why. An open sync room
 * applies the update from the log, so the document and the log agree. Returns how many tasks moved.
 */
export async function mergeUnitsInPlan(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	planId: string,
	input: PlanMergeInput
): Promise<number> {
	const { db, events: store } = database;
	for (let attempt = 1; ; attempt++) {
		const loaded = await loadPlan(db, store, planId);
		if (!loaded) return 0;
		try {
			const executed = await store.execute(planId, async ({ trx }) => {
				const head = await trx
					.selectFrom('plan_streams')
					.select('update_seq')
					.where('plan_id', '=', planId)
					.executeTakeFirst();
				if ((head?.update_seq ?? 0) !== loaded.seq) throw new StaleDocument();
				const rows = await trx
					.selectFrom('tasks')
					.select(['id', 'status'])
					.where('plan_id', '=', planId)
					.execute();
				const status = new Map(rows.map((r) => [r.id, r.status]));
				const before = readPlanDocument(loaded.doc);
				const moves = decideUnitMerge(
					before.tasks.map((t) => ({
						taskId: t.id,
						status: status.get(t.id) ?? 'assigned',
						leadUnitId: t.leadUnitId,
						coordinatorUnitIds: t.coordinatorUnitIds
					})),
					input
				);
				if (moves.length === 0) return { events: [], value: 0 };
				const vector = Y.encodeStateVector(loaded.doc);
				applySuccessions(loaded.doc, moves);
				const update = Y.encodeStateAsUpdate(loaded.doc, vector);
				const content = deriveContentEvents(before, readPlanDocument(loaded.doc), input.actor, input.at);
				const merged: UnitsMerged = {
					type: 'UnitsMerged',
					planId,
					actor: input.actor,
					at: input.at,
					data: {
						dissolved: input.dissolved,
						successor: input.successor,
						effectiveOn: input.effectiveOn,
						leadTaskIds: moves.filter((m) => m.lead).map((m) => m.taskId),
						coordinatorTaskIds: moves.filter((m) => m.coordinators).map((m) => m.taskId)
					}
				};
				const { userId, unitId } = input.actor;
				return {
					events: [toEventInput(merged), ...content.map((e) => ({ ...toEventInput(e), updateIndex: 0 }))],
					updates: [{ update, userId, unitId, origin: 'unit-merge' }],
					value: moves.length
				};
			});
			return executed.value;
		} catch (error) {
			if (error instanceof StaleDocument && attempt < ATTEMPTS) continue;
			throw error;
		} finally {
			loaded.doc.destroy();
		}
	}
}
