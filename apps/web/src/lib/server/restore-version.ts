import { ConcurrencyError, type EventStore, type PreparedDatabase } from '@trienkhai/db';
import {
	checkContentEvents,
	deriveContentEvents,
	readPlanDocument,
	restoreDocument,
	toEventInput,
	type Actor,
	type DenyReason,
	type PlanDocumentSnapshot
} from '@trienkhai/domain';
import { loadPlan } from '@trienkhai/sync';
import * as Y from 'yjs';

/** How often a restore is decided again when someone else wrote to the plan meanwhile. */
const ATTEMPTS = 5;

/** What a restore did: how many content events it wrote (0: the plan already read so), or why not. */
export type RestoreResult =
	| { ok: true; written: number }
	| { ok: false; refused: 'not_found' }
	| { ok: false; refused: 'no_document' }
	| { ok: false; refused: 'denied'; reason: DenyReason };

/**
 * The plan document as it was right after event `seq`: the document updates up to the last one an event
 * up to `seq` was derived from. Null when no such update exists (the document was not edited yet then).
 */
export async function documentAt(
	store: Pick<EventStore, 'readPlanEvents' | 'readPlanUpdates'>,
	planId: string,
	seq: number
): Promise<PlanDocumentSnapshot | null> {
	const events = await store.readPlanEvents(planId, { seq });
	const updateSeq = events.reduce((max, e) => Math.max(max, e.updateSeq ?? 0), 0);
	if (updateSeq === 0) return null;
	const doc = new Y.Doc();
	try {
		for (const u of await store.readPlanUpdates(planId, 1, updateSeq)) Y.applyUpdate(doc, u.update);
		return readPlanDocument(doc);
	} finally {
		doc.destroy();
	}
}

/**
 * Brings the plan's document back to what it was after event `seq`, as the actor's own edit: one document
 * update and its content events, attributed to the actor, appended on condition that the log is still where
 * the decision read it (decided again when someone wrote meanwhile). Open sync rooms pick the update up from
 * the log like any other writer's, so editors show it live. Every change is put to the same rights check as
 * an edit typed in the editor; one refused change refuses the whole restore.
 */
export async function restoreVersion(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	command: { planId: string; seq: number; actor: Actor; at: Date }
): Promise<RestoreResult> {
	const { db, events: store } = database;
	const at = command.at.toISOString();
	let target: PlanDocumentSnapshot | null = null;
	for (let attempt = 1; ; attempt++) {
		const loaded = await loadPlan(db, store, command.planId);
		if (!loaded) return { ok: false, refused: 'not_found' };
		try {
			// issued content is frozen for everyone: refused before anything is read or compared
			if (loaded.rights.status === 'issued') return { ok: false, refused: 'denied', reason: 'plan_frozen' };
			target ??= await documentAt(store, command.planId, command.seq);
			if (!target) return { ok: false, refused: 'no_document' };
			const head = await store.head(command.planId);
			if (head.updateSeq !== loaded.seq) {
				if (attempt < ATTEMPTS) continue;
				throw new Error(`plan ${command.planId}: the document kept moving while a restore was decided`);
			}
			const before = readPlanDocument(loaded.doc);
			const vector = Y.encodeStateVector(loaded.doc);
			if (!restoreDocument(loaded.doc, target, 'restore')) return { ok: true, written: 0 };
			// encoded after restoreDocument returned: deleted text is gone from the update (see restore-document.ts)
			const update = Y.encodeStateAsUpdate(loaded.doc, vector);
			const after = readPlanDocument(loaded.doc);
			const content = deriveContentEvents(before, after, command.actor, at);
			const decision = checkContentEvents(content, before, after, {
				unitId: command.actor.unitId,
				plan: loaded.rights
			});
			if (!decision.allowed) return { ok: false, refused: 'denied', reason: decision.violations[0]!.reason };
			await store.append({
				planId: command.planId,
				expected: { eventSeq: head.eventSeq, updateSeq: head.updateSeq },
				updates: [{ update, userId: command.actor.userId, unitId: command.actor.unitId, origin: 'restore' }],
				events: content.map((e) => ({ ...toEventInput(e), updateIndex: 0 }))
			});
			return { ok: true, written: content.length };
		} catch (error) {
			if (error instanceof ConcurrencyError && attempt < ATTEMPTS) continue;
			throw error;
		} finally {
			loaded.doc.destroy();
		}
	}
}
