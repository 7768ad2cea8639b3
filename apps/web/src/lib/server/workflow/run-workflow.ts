import type { PreparedDatabase } from '@trienkhai/db';
import {
	decideWorkflow,
	toEventInput,
	type WorkflowCommand,
	type WorkflowOutcome,
	type WorkflowRefusal
} from '@trienkhai/domain';
import { acceptSuggestion } from './accept-suggestion.ts';
import { readWorkflowContext } from './workflow-context.ts';

/** What a workflow command did: written (how many events), or why not. */
export type WorkflowResult = { ok: true; written: number } | ({ ok: false } & WorkflowRefusal);

/**
 * Runs a workflow command (comment, suggestion, opinion round) through the event store's write path: under
 * the plan's lock the rights, tasks and workflow as stored are read, decideWorkflow decides, and its events
 * are appended in the same transaction. Accepting a suggestion also edits the document (acceptSuggestion).
 */
export async function runWorkflow(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	command: WorkflowCommand
): Promise<WorkflowResult> {
	if (command.type === 'AcceptSuggestion') return acceptSuggestion(database, command);
	const { value } = await database.events.execute(command.planId, async (plan) => {
		if (!plan.rights) return { events: [], value: { ok: false, refused: 'not_found' } as WorkflowOutcome };
		const context = await readWorkflowContext(plan.trx, plan.planId, plan.rights, new Date(command.at));
		const outcome = decideWorkflow(command, context);
		return { events: outcome.ok ? outcome.events.map(toEventInput) : [], value: outcome };
	});
	return value.ok ? { ok: true, written: value.events.length } : value;
}
