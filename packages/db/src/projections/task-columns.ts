import { foldVietnamese, type Deadline, type StoredEvent } from '@trienkhai/domain';
import { sql, type RawBuilder } from 'kysely';

/** A task of the read model as the task projection sees it: its plan and the two texts its search text folds. */
export interface KnownTask {
	planId: string;
	code: string;
	content: string;
}

/** Folded column changes of tasks, by task id. */
export type TaskColumnChanges = Map<string, { planId: string; set: Record<string, unknown> }>;

/** The PostgreSQL type of each task column a column event writes. */
const TASK_COLUMN_TYPES: Readonly<
	Record<string, 'text' | 'jsonb' | 'date' | 'int4' | 'int8' | 'timestamptz'>
> = {
	code: 'text',
	content: 'text',
	search_text: 'text',
	lead_unit_id: 'text',
	output: 'text',
	deadline: 'jsonb',
	deadline_text: 'text',
	deadline_due: 'date',
	difficulties: 'text',
	extension_request: 'text',
	status: 'text',
	progress: 'int4',
	result_report: 'text',
	completed_on: 'date',
	paused_from: 'text',
	version: 'int8',
	updated_at: 'timestamptz'
};

export function deadlineColumns(deadline: Deadline | null) {
	return {
		deadline: deadline ? JSON.stringify(deadline) : null,
		deadline_text: deadline?.text ?? null,
		deadline_due: deadline?.due ?? null
	};
}

function fieldColumns(event: Extract<StoredEvent, { type: 'TaskFieldChanged' }>, task: KnownTask) {
	const d = event.data;
	switch (d.field) {
		case 'code':
			return { code: d.to, search_text: foldVietnamese(`${d.to} ${task.content}`) };
		case 'leadUnitId':
			return { lead_unit_id: d.to };
		case 'deadline':
			return deadlineColumns(d.to);
		case 'output':
			return { output: d.to };
		case 'difficulties':
			return { difficulties: d.to };
		case 'extensionRequest':
			return { extension_request: d.to };
		default:
			return null;
	}
}

/**
 * The columns a column event sets on its (existing) task row, or null for the events that take the
 * statement-by-statement path (structure, coordinators, contributions) or change nothing.
 */
export function taskColumns(event: StoredEvent, task: KnownTask): Record<string, unknown> | null {
	switch (event.type) {
		case 'TaskFieldChanged':
			return fieldColumns(event, task);
		case 'TaskTextEdited':
			return { content: event.data.to, search_text: foldVietnamese(`${task.code} ${event.data.to}`) };
		case 'TaskAccepted':
			return { status: 'accepted' };
		case 'TaskStarted':
			return { status: 'in_progress' };
		case 'TaskProgressUpdated':
			return { progress: event.data.to };
		case 'TaskResultReported':
			return { status: 'reported', result_report: event.data.summary };
		case 'TaskResultConfirmed':
			return { status: 'done', progress: 100, completed_on: event.data.completedOn };
		case 'TaskResultReturned':
			return { status: 'returned' };
		case 'TaskPaused':
			return { status: 'paused', paused_from: event.data.previousStatus };
		case 'TaskResumed':
			return { status: event.data.status, paused_from: null };
		default:
			return null;
	}
}

const COLUMN_EVENTS: ReadonlySet<string> = new Set([
	'TaskTextEdited',
	'TaskAccepted',
	'TaskStarted',
	'TaskProgressUpdated',
	'TaskResultReported',
	'TaskResultConfirmed',
	'TaskResultReturned',
	'TaskPaused',
	'TaskResumed'
]);

/** Whether an event only sets columns of its own task row (see taskColumns), whatever its data. */
export function isColumnEvent(event: StoredEvent): boolean {
	if (event.type === 'TaskFieldChanged') return event.data.field !== 'coordinatorUnitIds';
	return COLUMN_EVENTS.has(event.type);
}

function assignment(column: string): RawBuilder<unknown> {
	// jsonb columns travel as their text and are cast back: a record field typed jsonb would keep them a string
	return TASK_COLUMN_TYPES[column] === 'jsonb'
		? sql`${sql.ref(column)} = r.${sql.ref(column)}::jsonb`
		: sql`${sql.ref(column)} = r.${sql.ref(column)}`;
}

function recordType(column: string): string {
	return TASK_COLUMN_TYPES[column] === 'jsonb' ? 'text' : TASK_COLUMN_TYPES[column]!;
}

/**
 * Statements that write folded task columns: one UPDATE … FROM jsonb_to_recordset(…) per set of columns,
 * so the progress updates of fifty plans are one statement with one parameter.
 */
export function taskColumnUpdates(changes: TaskColumnChanges): RawBuilder<unknown>[] {
	const bySignature = new Map<string, Array<Record<string, unknown>>>();
	for (const [taskId, { planId, set }] of changes) {
		const signature = Object.keys(set).sort().join(',');
		const rows = bySignature.get(signature) ?? [];
		rows.push({ ...set, task_id: taskId, plan_id: planId });
		bySignature.set(signature, rows);
	}
	return [...bySignature].map(([signature, rows]) => {
		const columns = signature.split(',');
		return sql`
			update tasks set ${sql.join(columns.map(assignment))}
			from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r (
				task_id text, plan_id text, ${sql.join(columns.map((c) => sql`${sql.ref(c)} ${sql.raw(recordType(c))}`))}
			)
			where tasks.id = r.task_id and tasks.plan_id = r.plan_id`;
	});
}
