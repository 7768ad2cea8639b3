import { CONTENT_EVENT_TYPES, TASK_EVENT_TYPES, type StoredEvent } from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../schema.ts';
import { planStampsQuery, stamp, writePlanStamps, type PlanStamps } from './plan-version.ts';
import type { ProjectedEvent, Projection, RunEvent } from './projection.ts';
import {
	isColumnEvent,
	taskColumnUpdates,
	taskColumns,
	type KnownTask,
	type TaskColumnChanges
} from './task-columns.ts';
import { applyStructural } from './task-structure.ts';
import { tasksReplay } from './tasks-replay.ts';

const HANDLES: ReadonlySet<string> = new Set<string>(
	[...TASK_EVENT_TYPES, ...CONTENT_EVENT_TYPES].filter(isTaskType)
);

/**
 * The tasks read model: task groups, tasks, their coordinators and contributions. Events that only set
 * columns of an existing task (progress, status, fields, text: most of the log) are folded in memory per
 * task and written in one statement per set of columns at the end of the run; the others (structure,
 * coordinators, contributions) run statement by statement, in order, after the column changes folded
 * for their own task.
 */
export const tasksProjection: Projection = {
	name: 'tasks',
	tables: ['task_contributions', 'task_coordinators', 'tasks', 'task_groups'],
	handles: HANDLES,
	replay: tasksReplay(HANDLES),
	async apply(trx, events) {
		const run: TaskRun = { known: await readKnownTasks(trx, events), columns: new Map(), stamps: new Map() };
		for (const event of events) {
			if (await applyTaskEvent(trx, run, event as StoredEvent)) stamp(run.stamps, event);
		}
		await flushColumns(trx, run.columns);
		await writePlanStamps(trx, run.stamps);
	},
	// runs of column events only (progress, fields, text: most of what is appended) fold in memory
	setBased: {
		read: (events) => (events.every((e) => isColumnEvent(e as StoredEvent)) ? knownTasksJson(events) : null),
		statements(trx, events, read) {
			const known = new Map(
				(read as KnownRow[]).map(([id, planId, code, content]) => [id, { planId, code, content }])
			);
			const run: TaskRun = { known, columns: new Map(), stamps: new Map() };
			for (const event of events) if (foldColumns(run, event as StoredEvent)) stamp(run.stamps, event);
			const stamps = planStampsQuery(run.stamps);
			return [...taskColumnUpdates(run.columns), ...(stamps ? [stamps] : [])].map((q) => q.compile(trx));
		}
	}
};

/** A task the run names, as knownTasksJson reads it: id, plan, code, content. */
type KnownRow = [string, string, string, string];

/** The tasks the events name, as the read model has them (see readKnownTasks), as jsonb. */
function knownTasksJson(events: readonly RunEvent[]): RawBuilder<KnownRow[]> {
	const ids = [...new Set(events.flatMap((e) => (e.taskId !== null ? [e.taskId] : [])))];
	return sql<KnownRow[]>`(select coalesce(jsonb_agg(jsonb_build_array(id, plan_id, code, content)), '[]')
		from tasks where id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)))`;
}

function isTaskType(type: string): boolean {
	return type !== 'PermissionDenied' && type !== 'PlanSectionEdited';
}

/** What a run of the task projection holds in memory. */
interface TaskRun {
	/** The tasks the run's events name, as the read model has them (kept current through the run). */
	known: Map<string, KnownTask>;
	/** Column changes folded and not yet written. */
	columns: TaskColumnChanges;
	stamps: PlanStamps;
}

async function readKnownTasks(
	db: Kysely<Schema>,
	events: readonly ProjectedEvent[]
): Promise<Map<string, KnownTask>> {
	const ids = [...new Set(events.flatMap((e) => (e.taskId !== null ? [e.taskId] : [])))];
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('tasks')
		.select(['id', 'plan_id', 'code', 'content'])
		.where('id', 'in', ids)
		.execute();
	return new Map(rows.map((t) => [t.id, { planId: t.plan_id, code: t.code, content: t.content }]));
}

async function flushColumns(db: Kysely<Schema>, columns: TaskColumnChanges): Promise<void> {
	for (const update of taskColumnUpdates(columns)) await update.execute(db);
	columns.clear();
}

/** Applies one event (folded, or statement by statement); whether it changed the plan's tasks. */
async function applyTaskEvent(db: Kysely<Schema>, run: TaskRun, event: StoredEvent): Promise<boolean> {
	if (isColumnEvent(event)) return foldColumns(run, event);
	// structural statements touch no column a column event sets, but stamp their task's version
	if (event.taskId !== null && run.columns.has(event.taskId)) await flushColumns(db, run.columns);
	const changed = await applyStructural(db, event);
	if (changed && event.type === 'TaskCreated') {
		run.known.set(event.taskId!, {
			planId: event.planId,
			code: event.data.code,
			content: event.data.content
		});
	}
	if (changed && event.type === 'TaskDeleted') run.known.delete(event.taskId!);
	return changed;
}

function foldColumns(run: TaskRun, event: StoredEvent): boolean {
	const task = event.taskId !== null ? run.known.get(event.taskId) : undefined;
	const set = task?.planId === event.planId ? taskColumns(event, task) : null;
	if (!task || !set) return false;
	const entry = run.columns.get(event.taskId!) ?? { planId: event.planId, set: {} };
	Object.assign(entry.set, set, { version: event.seq, updated_at: event.occurredAt });
	run.columns.set(event.taskId!, entry);
	if (typeof set['code'] === 'string') task.code = set['code'];
	if (typeof set['content'] === 'string') task.content = set['content'];
	return true;
}
