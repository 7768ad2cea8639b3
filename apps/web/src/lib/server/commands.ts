import { fail, type ActionFailure } from '@sveltejs/kit';
import { executePlanCommand, executeTaskCommand, type PreparedDatabase } from '@trienkhai/db';
import { isDomainError, type DomainErrorCode, type PlanCommand, type TaskCommand } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';

const MESSAGES: Record<DomainErrorCode, () => string> = {
	not_allowed: m.cmd_not_allowed,
	invalid_transition: m.cmd_invalid_transition,
	plan_not_issued: m.cmd_plan_not_issued,
	invalid_progress: m.cmd_invalid_progress,
	invalid_command: m.cmd_invalid_command,
	not_found: m.cmd_not_found,
	already_exists: m.cmd_already_exists
};

/** The Vietnamese message of a domain refusal. */
export function domainErrorMessage(code: DomainErrorCode): string {
	return MESSAGES[code]();
}

/** Runs a command; a refusal becomes a 400 with a Vietnamese message the form shows, nothing is written. */
export async function runCommand(
	database: PreparedDatabase,
	command: { plan: PlanCommand } | { planId: string; task: TaskCommand }
): Promise<{ ok: true } | ActionFailure<{ message: string; taskId: string | null }>> {
	try {
		if ('plan' in command) await executePlanCommand(database.events, command.plan);
		else await executeTaskCommand(database.events, command.planId, command.task);
		return { ok: true };
	} catch (error) {
		if (isDomainError(error)) {
			return fail(400, {
				message: MESSAGES[error.code](),
				taskId: 'task' in command ? command.task.taskId : null
			});
		}
		throw error;
	}
}
