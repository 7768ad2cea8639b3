import { createPlanDocument } from '@trienkhai/domain';
import {
	ConcurrencyError,
	getPlanWithTasks,
	planDocumentSnapshot,
	type EventStore,
	type Schema
} from '@trienkhai/db';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { PlanRights } from './rights-gate.ts';

/** A plan's document as stored, with the update seq it is at and the plan's rights. */
export interface LoadedPlan {
	doc: Y.Doc;
	seq: number;
	rights: PlanRights;
}

/** Reads the plan's rights as stored (status, owner, co-drafters); null when the plan does not exist. */
export async function readRights(db: Kysely<Schema>, planId: string): Promise<PlanRights | null> {
	const row = await db
		.selectFrom('plans')
		.select(['status', 'owner_unit_id', 'co_drafter_unit_ids'])
		.where('id', '=', planId)
		.executeTakeFirst();
	if (!row) return null;
	return {
		status: row.status,
		ownerUnitId: row.owner_unit_id,
		coDrafterUnitIds: Array.isArray(row.co_drafter_unit_ids) ? row.co_drafter_unit_ids : []
	};
}

/**
 * Loads a plan's document: newest snapshot plus the updates after it. A plan written only through events
 * (demo data, import) has no update yet: its document starts from the read model, appended as update 1 on
 * condition that nobody else did it first. Null when the plan does not exist.
 */
export async function loadPlan(
	db: Kysely<Schema>,
	store: EventStore,
	planId: string
): Promise<LoadedPlan | null> {
	for (let attempt = 0; ; attempt++) {
		const rights = await readRights(db, planId);
		if (!rights) return null;
		const doc = new Y.Doc();
		const snapshot = await store.latestSnapshot(planId);
		let seq = 0;
		if (snapshot) {
			Y.applyUpdate(doc, snapshot.state, 'load');
			seq = snapshot.updateSeq;
		}
		for (const u of await store.readPlanUpdates(planId, seq + 1)) {
			Y.applyUpdate(doc, u.update, 'load');
			seq = u.seq;
		}
		if (seq > 0) return { doc, seq, rights };
		const found = await getPlanWithTasks(db, planId);
		if (!found) throw new Error(`plan ${planId} vanished while loading`);
		const bootstrap = Y.encodeStateAsUpdate(createPlanDocument(planDocumentSnapshot(found)));
		try {
			const result = await store.append({
				planId,
				expected: { updateSeq: 0 },
				updates: [{ update: bootstrap, userId: null, unitId: null, origin: 'bootstrap' }]
			});
			Y.applyUpdate(doc, bootstrap, 'load');
			return { doc, seq: result.updateSeq, rights };
		} catch (error) {
			doc.destroy();
			if (error instanceof ConcurrencyError && attempt < 3) continue;
			throw error;
		}
	}
}
