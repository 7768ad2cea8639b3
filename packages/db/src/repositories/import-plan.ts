import {
	decidePlan,
	deriveContentEvents,
	emptyPlanSnapshot,
	foldVietnamese,
	parseDeadline,
	toEventInput,
	type Actor,
	type EventInput,
	type PlanDocumentSnapshot
} from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../connect.ts';
import type { EventStore } from '../events/event-store.ts';
import type { Schema, UnitTable } from '../schema.ts';
import { createUnit } from './units.ts';

/*
 * A plan read by the importer and checked by its user, written as a new draft of the user's unit. It goes
 * through the event log like any plan: PlanCreated as the CreatePlan command decides it, then the content
 * events (sections, groups, tasks) that turn an empty document into the imported one, all by the importing
 * user, in one append. The co-edited document is not written here: the sync server starts a plan that has
 * events but no document update from the read model (apps/sync room bootstrap), so the editor shows exactly
 * what the events made.
 *
 * Names the directory does not know may become new units in the same transaction as the plan, so a refused
 * or failed import leaves no orphan unit behind. Creating units is an administrator's right (the unit
 * administration pages require it); the check reads the importing user's account, whatever the caller says.
 */

/** Limits of an imported plan, against pasted novels and runaway parsers. */
export const IMPORT_LIMITS = {
	tasks: 1000,
	groups: 100,
	text: 20_000,
	title: 2000,
	/** new units one import may create */
	units: 100,
	/** a unit's name and short name, as on the unit administration page */
	unitName: 200,
	unitShortName: 80
} as const;

const UNIT_KINDS: ReadonlyArray<string> = ['party', 'state', 'other'] satisfies Array<UnitTable['kind']>;

/** Whether a kind is one the units table accepts. */
const isUnitKind = (kind: string): kind is UnitTable['kind'] => UNIT_KINDS.includes(kind);

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

/** A unit the import creates for a name the directory did not know; tasks name it by `id` like any unit. */
export interface ImportUnitInput {
	/** A fresh id chosen by the caller, so the tasks can reference the unit before it exists. */
	id: string;
	name: string;
	/** '' takes the name. */
	shortName: string;
	/** Checked: 'party', 'state' or 'other'. */
	kind: string;
	/** An existing unit, or null for the top of the tree. */
	parentId: string | null;
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
	/** Units to create with the plan (administrators only); none when absent. */
	newUnits?: ImportUnitInput[];
}

/**
 * Why an import was refused, with the task (0-based) concerned when there is one, and for a problem of a
 * unit to create, its index in `newUnits`.
 */
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
		| 'duplicate_group'
		| 'units_not_allowed'
		| 'unit_name_required'
		| 'unit_name_too_long'
		| 'unit_short_name_too_long'
		| 'unit_kind_invalid'
		| 'unit_parent_unknown'
		| 'unit_name_taken'
		| 'unit_short_name_taken';
	task: number | null;
	unit?: number;
}

/** The outcome: the new plan's id, or what is wrong. */
export type ImportPlanResult =
	{ ok: true; planId: string; tasks: number } | { ok: false; problems: ImportProblem[] };

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** Checks an import against the limits and the database: units and directives must exist. */
async function problemsOf(db: Kysely<Schema>, input: ImportPlanInput): Promise<ImportProblem[]> {
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
	const created = new Set((input.newUnits ?? []).map((u) => u.id));
	const unitIds = new Set<string>();
	for (const [i, t] of input.tasks.entries()) {
		if (clean(t.content) === '') add('content_required', i);
		if ([t.content, t.output, t.deadline].some((s) => s.length > IMPORT_LIMITS.text)) add('too_long', i);
		if (t.groupCode !== null && !groupCodes.has(t.groupCode)) add('unknown_group', i);
		for (const id of [t.leadUnitId, ...t.coordinatorUnitIds]) if (id && !created.has(id)) unitIds.add(id);
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
			if ([t.leadUnitId, ...t.coordinatorUnitIds].some((id) => id && !created.has(id) && !found.has(id)))
				add('unknown_unit', i);
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

/** The new units as they are written: trimmed, the short name defaulting to the name. */
function cleanUnits(units: readonly ImportUnitInput[]): ImportUnitInput[] {
	return units.map((u) => {
		const name = u.name.replace(/\s+/g, ' ').trim();
		return { ...u, name, shortName: u.shortName.replace(/\s+/g, ' ').trim() || name };
	});
}

/**
 * Checks the units to create (already cleaned): only an administrator creates units; each needs a name and a
 * kind and sits under an existing unit; no two units under one parent share a name (the administration
 * page's rule) and a short name, which task tables and reports show alone, is not anybody else's.
 */
async function unitProblemsOf(
	db: Kysely<Schema>,
	actor: Actor,
	units: readonly ImportUnitInput[]
): Promise<ImportProblem[]> {
	if (units.length === 0) return [];
	if (new Set(units.map((u) => u.id)).size !== units.length) throw new Error('new unit ids must differ');
	const admin = await db
		.selectFrom('users')
		.select('is_admin')
		.where('id', '=', actor.userId)
		.executeTakeFirst();
	if (admin?.is_admin !== true) return [{ code: 'units_not_allowed', task: null }];
	if (units.length > IMPORT_LIMITS.units) return [{ code: 'too_many', task: null }];
	const problems: ImportProblem[] = [];
	const existing = await db.selectFrom('units').select(['id', 'name', 'short_name', 'parent_id']).execute();
	const ids = new Set(existing.map((u) => u.id));
	const siblingKey = (parentId: string | null, name: string) =>
		`${parentId ?? ''}\u0000${foldVietnamese(name)}`;
	const names = new Set(existing.map((u) => siblingKey(u.parent_id, u.name)));
	const shortNames = new Set(existing.map((u) => foldVietnamese(u.short_name)));
	for (const [i, u] of units.entries()) {
		const add = (code: ImportProblem['code']) => problems.push({ code, task: null, unit: i });
		if (ids.has(u.id)) throw new Error(`unit ${u.id} exists`);
		if (u.name === '') add('unit_name_required');
		else if (u.name.length > IMPORT_LIMITS.unitName) add('unit_name_too_long');
		if (u.shortName.length > IMPORT_LIMITS.unitShortName) add('unit_short_name_too_long');
		if (!isUnitKind(u.kind)) add('unit_kind_invalid');
		if (u.parentId !== null && !ids.has(u.parentId)) add('unit_parent_unknown');
		if (u.name !== '') {
			const key = siblingKey(u.parentId, u.name);
			if (names.has(key)) add('unit_name_taken');
			names.add(key);
		}
		if (u.shortName !== '') {
			const short = foldVietnamese(u.shortName);
			if (shortNames.has(short)) add('unit_short_name_taken');
			shortNames.add(short);
		}
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
 * Creates a draft plan owned by the actor's unit from a checked import, with the new units it asks for, in
 * one transaction: the units, then one append of PlanCreated (as decidePlan decides CreatePlan) and the
 * content events, every one by the importing user.
 */
export async function createPlanFromImport(
	database: { db: Database['db']; events: EventStore },
	actor: Actor,
	input: ImportPlanInput,
	options: { now?: Date; planId?: string } = {}
): Promise<ImportPlanResult> {
	const newUnits = cleanUnits(input.newUnits ?? []);
	const problems = [
		...(await problemsOf(database.db, input)),
		...(await unitProblemsOf(database.db, actor, newUnits))
	];
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
	// the write path takes the plan's lock first; the units are written after it, in the same transaction
	// (a plan id already in the log is refused by the append: its stream must start with PlanCreated)
	await database.events.execute(planId, async ({ trx }) => {
		for (const { kind, ...u } of newUnits) {
			// checked by unitProblemsOf
			if (!isUnitKind(kind)) throw new Error(`unit kind ${kind}`);
			await createUnit(trx, { ...u, kind });
		}
		return { events: [planCreated, ...content], value: null };
	});
	return { ok: true, planId, tasks: snapshot.tasks.length };
}
