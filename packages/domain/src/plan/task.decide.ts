import { DomainError } from '../errors.ts';
import { localDateOf } from '../time/dates.ts';
import type { PlanStatus } from './plan.ts';
import type { ResumableTaskStatus, Task, TaskStatus } from './task.ts';
import type { TaskCommand } from './task.commands.ts';
import type { TaskEvent } from './task.events.ts';

/** What decideTask needs to know about the plan a task belongs to. */
export interface TaskDecisionContext {
	planStatus: PlanStatus;
	ownerUnitId: string;
}

// Work may go on while an amendment is drafted: the issued revision stays in force until replaced.
const EXECUTABLE_PLAN: ReadonlySet<PlanStatus> = new Set<PlanStatus>(['issued', 'amending']);
const WORKING: ReadonlySet<TaskStatus> = new Set<TaskStatus>(['accepted', 'in_progress', 'returned']);

function requireText(value: string, field: string): string {
	const text = value.trim();
	if (text === '') throw new DomainError('invalid_command', `${field} is required`);
	return text;
}

function refuse(state: Task, command: TaskCommand): never {
	throw new DomainError('invalid_transition', `${command.type} is not possible on a ${state.status} task`);
}

function requireStatus(state: Task, command: TaskCommand, allowed: readonly TaskStatus[]): void {
	if (!allowed.includes(state.status)) refuse(state, command);
}

function isOwnerCommand(command: TaskCommand): boolean {
	return command.type === 'ConfirmTaskResult' || command.type === 'ReturnTaskResult';
}

/**
 * Decides which events a task workflow command produces, or throws DomainError
 * ('plan_not_issued', 'not_allowed', 'invalid_transition', 'invalid_progress', 'invalid_command').
 * The lead unit works the task; the plan's owner unit confirms or returns results.
 */
export function decideTask(command: TaskCommand, state: Task, context: TaskDecisionContext): TaskEvent[] {
	if (command.taskId !== state.id) throw new DomainError('invalid_command', 'command is for another task');
	if (!EXECUTABLE_PLAN.has(context.planStatus)) {
		throw new DomainError('plan_not_issued', 'tasks are worked only on an issued plan');
	}
	const { taskId, actor, at } = command;
	if (isOwnerCommand(command)) {
		if (actor.unitId !== context.ownerUnitId)
			throw new DomainError('not_allowed', 'only the owner unit reviews results');
	} else if (state.leadUnitId === null || actor.unitId !== state.leadUnitId) {
		throw new DomainError('not_allowed', 'only the lead unit works the task');
	}

	switch (command.type) {
		case 'AcceptTask':
			requireStatus(state, command, ['assigned']);
			return [{ type: 'TaskAccepted', taskId, actor, at, data: {} }];
		case 'StartTask':
			requireStatus(state, command, ['accepted', 'returned']);
			return [{ type: 'TaskStarted', taskId, actor, at, data: {} }];
		case 'UpdateTaskProgress': {
			if (!WORKING.has(state.status)) refuse(state, command);
			const to = command.progress;
			if (!Number.isInteger(to) || to < 0 || to > 100) {
				throw new DomainError('invalid_progress', 'progress is a whole percentage from 0 to 100');
			}
			const note = command.note?.trim() || null;
			const events: TaskEvent[] = [];
			// reporting progress is starting work; the log should say so rather than leave it implied
			if (state.status !== 'in_progress') events.push({ type: 'TaskStarted', taskId, actor, at, data: {} });
			if (to !== state.progress || note !== null) {
				events.push({
					type: 'TaskProgressUpdated',
					taskId,
					actor,
					at,
					data: { from: state.progress, to, note }
				});
			}
			return events;
		}
		case 'ReportTaskResult': {
			if (!WORKING.has(state.status)) refuse(state, command);
			const summary = requireText(command.summary, 'summary');
			return [{ type: 'TaskResultReported', taskId, actor, at, data: { summary } }];
		}
		case 'ConfirmTaskResult': {
			requireStatus(state, command, ['reported']);
			const instant = new Date(at);
			if (Number.isNaN(instant.getTime())) throw new DomainError('invalid_command', `invalid time ${at}`);
			const comment = command.comment?.trim() || null;
			return [
				{
					type: 'TaskResultConfirmed',
					taskId,
					actor,
					at,
					data: { comment, completedOn: localDateOf(instant) }
				}
			];
		}
		case 'ReturnTaskResult': {
			requireStatus(state, command, ['reported']);
			const reason = requireText(command.reason, 'reason');
			return [{ type: 'TaskResultReturned', taskId, actor, at, data: { reason } }];
		}
		case 'PauseTask': {
			if (state.status === 'paused' || state.status === 'done') refuse(state, command);
			const reason = requireText(command.reason, 'reason');
			return [{ type: 'TaskPaused', taskId, actor, at, data: { reason, previousStatus: state.status } }];
		}
		case 'ResumeTask':
			requireStatus(state, command, ['paused']);
			return [{ type: 'TaskResumed', taskId, actor, at, data: { status: resumeStatus(state) } }];
		default: {
			const unreachable: never = command;
			throw new DomainError('invalid_command', `unknown command ${JSON.stringify(unreachable)}`);
		}
	}
}

// Tasks paused before pausedFrom was recorded (or built by hand) resume by what their progress shows.
function resumeStatus(state: Task): ResumableTaskStatus {
	return state.pausedFrom ?? (state.progress > 0 ? 'in_progress' : 'accepted');
}

/** Applies one task event to the task; replaying a task's events over its assigned state rebuilds it. */
export function evolveTask(state: Task, event: TaskEvent): Task {
	switch (event.type) {
		case 'TaskAccepted':
			return { ...state, status: 'accepted' };
		case 'TaskStarted':
			return { ...state, status: 'in_progress' };
		case 'TaskProgressUpdated':
			return { ...state, progress: event.data.to };
		case 'TaskResultReported':
			return { ...state, status: 'reported' };
		case 'TaskResultConfirmed':
			return { ...state, status: 'done', progress: 100, completedOn: event.data.completedOn };
		case 'TaskResultReturned':
			return { ...state, status: 'returned' };
		case 'TaskPaused':
			return { ...state, status: 'paused', pausedFrom: event.data.previousStatus };
		case 'TaskResumed':
			return { ...state, status: event.data.status, pausedFrom: null };
		default: {
			const unreachable: never = event;
			throw new DomainError('invalid_command', `unknown event ${JSON.stringify(unreachable)}`);
		}
	}
}
