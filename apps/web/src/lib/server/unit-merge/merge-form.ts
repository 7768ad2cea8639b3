import type { Database, PreparedDatabase } from '@trienkhai/db';
import { fail } from '@sveltejs/kit';
import { formatDateVi, type Actor, type UnitMergePreview } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/server/admin/outcome.ts';
import { buildUnitTree, flattenUnitTree } from '#lib/unit-tree.ts';
import { mergeUnits, previewMerge, type MergeRefusal } from './unit-merge.ts';

type Db = Database['db'];

/** What the merge page's forms answer: the chosen units, the preview, or the outcome. */
export interface MergeFormResult {
	action: 'preview' | 'merge';
	ok: boolean;
	message: string;
	dissolvedUnitId: string;
	successorUnitId: string;
	preview: UnitMergePreview | null;
	/** The sentence on the dissolved units' own plans (owned or co-drafted), or '' when they have none. */
	ownedPlansMessage: string;
}

const REFUSED: Record<MergeRefusal, () => string> = {
	same_unit: m.admin_merge_refused_same_unit,
	unknown_unit: m.admin_merge_refused_unknown_unit,
	already_dissolved: m.admin_merge_refused_already_dissolved
};

/** The units a merge may name (not dissolved), in tree order with depth, and the units already merged. */
export async function mergePageData(db: Db) {
	const units = await db.selectFrom('units').selectAll().orderBy('name').execute();
	const names = new Map(units.map((u) => [u.id, u.name]));
	const open = units.filter((u) => u.dissolved_on === null);
	const tree = buildUnitTree(
		open.map((u) => ({
			id: u.id,
			name: u.name,
			shortName: u.short_name,
			kind: u.kind,
			parentId: u.parent_id,
			accounts: 0
		}))
	);
	return {
		units: flattenUnitTree(tree).map(({ unit, depth }) => ({
			id: unit.id,
			name: unit.name,
			shortName: unit.shortName,
			depth
		})),
		merged: units
			.filter((u) => u.dissolved_on !== null)
			.map((u) => ({
				id: u.id,
				name: u.name,
				successor: names.get(u.successor_id ?? '') ?? '',
				since: formatDateVi(u.dissolved_on!)
			}))
	};
}

function read(form: FormData) {
	return { dissolvedUnitId: text(form, 'dissolvedUnitId'), successorUnitId: text(form, 'successorUnitId') };
}

async function nameOf(db: Db, id: string): Promise<string> {
	return (await db.selectFrom('units').select('name').where('id', '=', id).executeTakeFirst())?.name ?? id;
}

/** The preview form: how many open tasks of how many plans the merge would move. */
export async function previewFromForm(db: Db, form: FormData) {
	const chosen = read(form);
	const base = { action: 'preview' as const, ...chosen, preview: null, ownedPlansMessage: '' };
	if (!chosen.dissolvedUnitId || !chosen.successorUnitId) {
		return fail(400, { ...base, ok: false, message: m.admin_merge_choose_both() });
	}
	const spec = { dissolvedUnitIds: [chosen.dissolvedUnitId], successorUnitId: chosen.successorUnitId };
	const outcome = await previewMerge(db, spec);
	if (!outcome.ok) return fail(400, { ...base, ok: false, message: REFUSED[outcome.refused]() });
	const names = {
		dissolved: await nameOf(db, chosen.dissolvedUnitId),
		successor: await nameOf(db, chosen.successorUnitId)
	};
	const { tasks, plans, leadTasks, coordinatorTasks } = outcome.preview;
	const message = m.admin_merge_preview({
		...names,
		tasks,
		plans,
		lead: leadTasks,
		coordinated: coordinatorTasks
	});
	// what passes as a whole besides tasks: the unit's own plans and the issued plans in its inbox
	const ownedPlansMessage = [
		outcome.ownedPlans > 0 ? m.admin_merge_owned_plans({ ...names, plans: outcome.ownedPlans }) : '',
		outcome.receivedPlans > 0 ? m.admin_merge_received_plans({ ...names, plans: outcome.receivedPlans }) : ''
	]
		.filter(Boolean)
		.join(' ');
	return {
		...base,
		ok: true,
		message,
		preview: outcome.preview,
		ownedPlansMessage
	} satisfies MergeFormResult;
}

/** The confirmed merge. */
export async function mergeFromForm(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	form: FormData,
	actor: Actor
) {
	const chosen = read(form);
	const base = { action: 'merge' as const, ...chosen, preview: null, ownedPlansMessage: '' };
	if (!chosen.dissolvedUnitId || !chosen.successorUnitId) {
		return fail(400, { ...base, ok: false, message: m.admin_merge_choose_both() });
	}
	const names = {
		dissolved: await nameOf(database.db, chosen.dissolvedUnitId),
		successor: await nameOf(database.db, chosen.successorUnitId)
	};
	const spec = { dissolvedUnitIds: [chosen.dissolvedUnitId], successorUnitId: chosen.successorUnitId };
	const outcome = await mergeUnits(database, spec, actor, new Date());
	if (!outcome.ok) return fail(400, { ...base, ok: false, message: REFUSED[outcome.refused]() });
	const message = m.admin_merge_done({
		...names,
		tasks: outcome.tasks,
		plans: outcome.plans,
		users: outcome.users
	});
	return { ...base, dissolvedUnitId: '', successorUnitId: '', ok: true, message } satisfies MergeFormResult;
}
