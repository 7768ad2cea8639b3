import {
	decidePlan,
	deriveContentEvents,
	emptyPlanSnapshot,
	parseDeadline,
	toEventInput,
	type Actor,
	type EventInput,
	type PlanDocumentSnapshot
} from '@trienkhai/domain';
import type { Database } from '../connect.ts';
import type { EventStore } from '../events/event-store.ts';

/*
 * A plan read by the importer and checked by its user, written as a new draft of the user's unit. It goes
 * through the event log like any plan: PlanCreated as the CreatePlan command decides it, then the content
 * events (sections, groups, tasks) that turn an empty document into the imported one, all by the importing
 * user, in one append. The co-edited document is not written here: the sync server starts a plan that has
 * events but no document update from the read model (apps/sync room bootstrap), so the editor shows exactly
 * what the events made.
 */

/** Limits of an imported plan, against pasted novels and runaway parsers. */
export const IMPORT_LIMITS = { tasks: 1000, groups: 100, text: 20_000, title: 2000 } as const;

/** One task of the plan to create, as the user confirmed it. */
export interface ImportTaskInput {
	code: string;
	/** The code of its group, null for a task outside any group. */
	groupCode: string | null;
	content: string;
	leadUnitId: string | null;
	coordinatorUnitIds: string[];
	/** The deadline as written ('chậm nhất ngày 27/02/2024', 'Hằng năm'), '' for none. */
	deadline: string;
	output: string;
}

/** The plan to create from an import. */
export interface ImportPlanInput {
	title: string;
	/** The registry entry of the plan's own document, when it is registered. */
	documentId: string | null;
	implementsDirectiveIds: string[];
	purpose: string;
	organisation: string;
	groups: Array<{ code: string; title: string }>;
	tasks: ImportTaskInput[];
}

/** Why an import was refused, with the task (0-based) concerned when there is one. */
export interface ImportProblem {
	code:
		| 'title_required'
		| 'no_tasks'
		| 'too_many'
		| 'too_long'
		| 'content_required'
		| 'unknown_unit'
		| 'unknown_directive'
		| 'unknown_group'
		| 'duplicate_group';
	task: number | null;
}

/** The outcome: the new plan's id, or what is wrong. */
export type ImportPlanResult =
	{ ok: true; planId: string; tasks: number } | { ok: false; problems: ImportProblem[] };

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** Checks an import against the limits and the database: units and directives must exist. */
async function problemsOf(db: Database['db'], input: ImportPlanInput): Promise<ImportProblem[]> {
	const problems: ImportProblem[] = [];
	const add = (code: ImportProblem['code'], task: number | null = null) => problems.push({ code, task });
	if (clean(input.title) === '') add('title_required');
	if (input.title.length > IMPORT_LIMITS.title) add('too_long');
	if (input.tasks.length === 0) add('no_tasks');
	if (input.tasks.length > IMPORT_LIMITS.tasks || input.groups.length > IMPORT_LIMITS.groups) add('too_many');
	if ([input.purpose, input.organisation].some((t) => t.length > IMPORT_LIMITS.text)) add('too_long');
	const groupCodes = new Set<string>();
	for (const g of input.groups) {
		if (groupCodes.has(g.code)) add('duplicate_group');
		groupCodes.add(g.code);
	}
	const unitIds = new Set<string>();
	for (const [i, t] of input.tasks.entries()) {
		if (clean(t.content) === '') add('content_required', i);
		if ([t.content, t.output, t.deadline].some((s) => s.length > IMPORT_LIMITS.text)) add('too_long', i);
		if (t.groupCode !== null && !groupCodes.has(t.groupCode)) add('unknown_group', i);
		for (const id of [t.leadUnitId, ...t.coordinatorUnitIds]) if (id) unitIds.add(id);
	}
	if (unitIds.size > 0) {
		const found = new Set(
			(
				await db
					.selectFrom('units')
					.select('id')
					.where('id', 'in', [...unitIds])
					.execute()
			).map((r) => r.id)
		);
		for (const [i, t] of input.tasks.entries()) {
			if ([t.leadUnitId, ...t.coordinatorUnitIds].some((id) => id && !found.has(id))) add('unknown_unit', i);
		}
	}
	const directiveIds = [
		...new Set([...input.implementsDirectiveIds, ...(input.documentId ? [input.documentId] : [])])
	];
	if (directiveIds.length > 0) {
		const found = await db.selectFrom('directives').select('id').where('id', 'in', directiveIds).execute();
		if (found.length !== directiveIds.length) add('unknown_directive');
	}
	return problems;
}

/** The imported plan as a document snapshot with fresh ids; groups and tasks keep the confirmed order. */
export function importSnapshot(input: ImportPlanInput, newId: () => string): PlanDocumentSnapshot {
	const groupIds = new Map(input.groups.map((g) => [g.code, newId()]));
	const indexIn = new Map<string | null, number>();
	const tasks = input.tasks.map((t) => {
		const groupId = t.groupCode === null ? null : (groupIds.get(t.groupCode) ?? null);
		const index = indexIn.get(groupId) ?? 0;
		indexIn.set(groupId, index + 1);
		const coordinators = [...new Set(t.coordinatorUnitIds)].filter((id) => id !== t.leadUnitId);
		return {
			id: newId(),
			groupId,
			index,
			code: clean(t.code),
			content: clean(t.content),
			leadUnitId: t.leadUnitId,
			coordinatorUnitIds: coordinators,
			deadline: clean(t.deadline) === '' ? null : parseDeadline(clean(t.deadline)),
			output: clean(t.output) || null,
			difficulties: null,
			extensionRequest: null
		};
	});
	// the snapshot lists grouped tasks group by group, then the ungrouped ones
	const order = new Map(input.groups.map((g, i) => [groupIds.get(g.code)!, i]));
	tasks.sort((a, b) => (order.get(a.groupId ?? '') ?? Infinity) - (order.get(b.groupId ?? '') ?? Infinity));
	return {
		title: clean(input.title).replace(/\s+/g, ' '),
		purpose: clean(input.purpose),
		organisation: clean(input.organisation),
		groups: input.groups.map((g) => ({
			id: groupIds.get(g.code)!,
			code: clean(g.code),
			title: clean(g.title)
		})),
		tasks
	};
}

/**
 * Creates a draft plan owned by the actor's unit from a checked import, in one append: PlanCreated (as
 * decidePlan decides CreatePlan) and the content events, every one by the importing user.
 */
export async function createPlanFromImport(
	database: { db: Database['db']; events: EventStore },
	actor: Actor,
	input: ImportPlanInput,
	options: { now?: Date; planId?: string } = {}
): Promise<ImportPlanResult> {
	const problems = await problemsOf(database.db, input);
	if (problems.length > 0) return { ok: false, problems };
	const planId = options.planId ?? `plan-${crypto.randomUUID().slice(0, 8)}`;
	const at = (options.now ?? new Date()).toISOString();
	const snapshot = importSnapshot(input, () => `${planId}/${crypto.randomUUID().slice(0, 8)}`);
	const created = decidePlan(
		{
			type: 'CreatePlan',
			planId,
			actor,
			at,
			title: snapshot.title,
			ownerUnitId: actor.unitId,
			implementsDirectiveIds: input.implementsDirectiveIds
		},
		null
	).map(toEventInput);
	const first = created[0]!;
	const planCreated: EventInput = {
		...first,
		data: { ...(first.data as Record<string, unknown>), documentId: input.documentId }
	};
	const content = deriveContentEvents(emptyPlanSnapshot(snapshot.title), snapshot, actor, at).map(
		toEventInput
	);
	await database.events.append({ planId, events: [planCreated, ...content] });
	return { ok: true, planId, tasks: snapshot.tasks.length };
}
