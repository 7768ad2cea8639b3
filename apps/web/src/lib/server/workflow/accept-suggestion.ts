import { ConcurrencyError, type PreparedDatabase } from '@trienkhai/db';
import {
	decideWorkflow,
	deriveContentEvents,
	readPlanDocument,
	setTaskContent,
	setTaskField,
	toEventInput,
	type Deadline,
	type SuggestionAccepted,
	type WorkflowCommand
} from '@trienkhai/domain';
import { loadPlan } from '@trienkhai/sync';
import * as Y from 'yjs';
import type { WorkflowResult } from './run-workflow.ts';
import { readWorkflowContext } from './workflow-context.ts';

/** How often an acceptance is decided again when someone else wrote to the plan meanwhile. */
const ATTEMPTS = 5;

/** Applies the suggested value to the document as one edit; false when the task is gone. */
function applySuggestion(doc: Y.Doc, accepted: SuggestionAccepted): boolean {
	const { field, to } = accepted.data;
	const taskId = accepted.taskId!;
	switch (field) {
		case 'content':
			return setTaskContent(doc, taskId, typeof to === 'string' ? to : '');
		case 'output':
			return setTaskField(doc, taskId, 'output', typeof to === 'string' && to !== '' ? to : null);
		case 'leadUnitId':
			return setTaskField(doc, taskId, 'leadUnitId', typeof to === 'string' ? to : null);
		case 'deadline':
			return setTaskField(doc, taskId, 'deadline', (to as Deadline | null) ?? null);
	}
}

/**
 * Accepts a suggestion: the owner's SuggestionAccepted (naming the suggester) and the change itself, a
 * document update with its content events attributed to the owner, appended in one batch on condition that
 * the plan's log is still where the decision read it (optimistic: decided again when someone wrote
 * meanwhile). Open sync rooms pick the update up from the log like any other writer's.
 */
export async function acceptSuggestion(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	command: Extract<WorkflowCommand, { type: 'AcceptSuggestion' }>
): Promise<WorkflowResult> {
	const { db, events: store } = database;
	for (let attempt = 1; ; attempt++) {
		const loaded = await loadPlan(db, store, command.planId);
		if (!loaded) return { ok: false, refused: 'not_found' };
		try {
			const head = await store.head(command.planId);
			if (head.updateSeq !== loaded.seq) {
				if (attempt < ATTEMPTS) continue;
				throw new Error(`plan ${command.planId}: the document kept moving while an acceptance was decided`);
			}
			const context = await readWorkflowContext(db, command.planId, loaded.rights, new Date(command.at));
			const outcome = decideWorkflow(command, context);
			if (!outcome.ok) return outcome;
			const accepted = outcome.events[0] as SuggestionAccepted;
			const before = readPlanDocument(loaded.doc);
			const vector = Y.encodeStateVector(loaded.doc);
			if (!applySuggestion(loaded.doc, accepted)) return { ok: false, refused: 'not_found' };
			const update = Y.encodeStateAsUpdate(loaded.doc, vector);
			const content = deriveContentEvents(before, readPlanDocument(loaded.doc), command.actor, command.at);
			await store.append({
				planId: command.planId,
				expected: { eventSeq: head.eventSeq, updateSeq: head.updateSeq },
				updates: [
					{ update, userId: command.actor.userId, unitId: command.actor.unitId, origin: 'suggestion' }
				],
				events: [toEventInput(accepted), ...content.map((e) => ({ ...toEventInput(e), updateIndex: 0 }))]
			});
			return { ok: true, written: 1 + content.length };
		} catch (error) {
			if (error instanceof ConcurrencyError && attempt < ATTEMPTS) continue;
			throw error;
		} finally {
			loaded.doc.destroy();
		}
	}
}
