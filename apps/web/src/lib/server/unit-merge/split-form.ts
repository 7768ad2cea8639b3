import type { Database, PreparedDatabase } from '@trienkhai/db';
import { fail } from '@sveltejs/kit';
import type { Actor } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/server/admin/outcome.ts';
import { splitUnit, type SplitRefusal } from './unit-split.ts';

type Db = Database['db'];

/** An open task of the unit being split, for the admin to give to one successor. */
export interface SplitTask {
	taskId: string;
	planTitle: string;
	code: string;
	content: string;
	role: 'lead' | 'coordinator';
}

/** What the split page's forms answer: the chosen units, the unit's open tasks and accounts, or the outcome. */
export interface SplitFormResult {
	action: 'preview' | 'split';
	ok: boolean;
	message: string;
	dissolvedUnitId: string;
	/** The main successor first, then the others. */
	successorIds: string[];
	tasks: SplitTask[];
	users: Array<{ id: string; name: string }>;
}

const REFUSED: Record<SplitRefusal, () => string> = {
	same_unit: m.admin_split_refused_same_unit,
	unknown_unit: m.admin_merge_refused_unknown_unit,
	already_dissolved: m.admin_merge_refused_already_dissolved,
	one_successor: m.admin_split_refused_one_successor,
	not_a_successor: m.admin_split_refused_one_successor
};

/** The successors named in the form, the main one first, blanks dropped (the page offers three places). */
function successorsOf(form: FormData): string[] {
	return ['mainSuccessorId', 'successor2Id', 'successor3Id'].map((name) => text(form, name)).filter(Boolean);
}

/** The unit's open tasks (it leads or coordinates), plan by plan, and its accounts. */
async function splitCandidates(db: Db, unitId: string) {
	const tasks = await db
		.selectFrom('tasks as t')
		.innerJoin('plans as p', 'p.id', 't.plan_id')
		.select(['t.id', 't.code', 't.content', 't.lead_unit_id', 'p.title'])
		.where('t.status', '<>', 'done')
		.where((eb) =>
			eb.or([
				eb('t.lead_unit_id', '=', unitId),
				eb.exists(
					eb
						.selectFrom('task_coordinators as c')
						.select('c.task_id')
						.whereRef('c.task_id', '=', 't.id')
						.where('c.unit_id', '=', unitId)
				)
			])
		)
		.orderBy('p.title')
		.orderBy('t.position')
		.execute();
	const users = await db
		.selectFrom('users')
		.select(['id', 'display_name'])
		.where('unit_id', '=', unitId)
		.orderBy('display_name')
		.execute();
	return {
		tasks: tasks.map((t) => ({
			taskId: t.id,
			planTitle: t.title,
			code: t.code,
			content: t.content.length > 160 ? `${t.content.slice(0, 157)}…` : t.content,
			role: t.lead_unit_id === unitId ? ('lead' as const) : ('coordinator' as const)
		})),
		users: users.map((u) => ({ id: u.id, name: u.display_name }))
	};
}

/** The preview: the unit's open tasks and accounts, each to be given to one of the successors. */
export async function splitPreviewFromForm(db: Db, form: FormData) {
	const dissolvedUnitId = text(form, 'dissolvedUnitId');
	const successorIds = successorsOf(form);
	const base = { action: 'preview' as const, dissolvedUnitId, successorIds, tasks: [], users: [] };
	if (!dissolvedUnitId || successorIds.length < 2) {
		return fail(400, { ...base, ok: false, message: m.admin_split_choose() });
	}
	if (successorIds.includes(dissolvedUnitId) || new Set(successorIds).size !== successorIds.length) {
		return fail(400, { ...base, ok: false, message: REFUSED.same_unit() });
	}
	const candidates = await splitCandidates(db, dissolvedUnitId);
	return { ...base, ...candidates, ok: true, message: '' } satisfies SplitFormResult;
}

/** The confirmed split: `task:<id>` and `user:<id>` fields name each one's successor (default: the main one). */
export async function splitFromForm(
	database: Pick<PreparedDatabase, 'db' | 'events'>,
	form: FormData,
	actor: Actor
) {
	const dissolvedUnitId = text(form, 'dissolvedUnitId');
	const [mainSuccessorId = '', ...others] = successorsOf(form);
	const base = { action: 'split' as const, dissolvedUnitId, successorIds: [], tasks: [], users: [] };
	const chosen = (prefix: string) =>
		[...form.keys()]
			.filter((key) => key.startsWith(prefix))
			.map((key) => [key.slice(prefix.length), text(form, key)] as const)
			.filter(([, unitId]) => unitId !== mainSuccessorId);
	const tasks = chosen('task:');
	const spec = {
		dissolvedUnitId,
		mainSuccessorId,
		shares: others.map((successorUnitId) => ({
			successorUnitId,
			taskIds: tasks.filter(([, unitId]) => unitId === successorUnitId).map(([taskId]) => taskId)
		})),
		userMoves: new Map(chosen('user:'))
	};
	const outcome = await splitUnit(database, spec, actor, new Date());
	if (!outcome.ok) return fail(400, { ...base, ok: false, message: REFUSED[outcome.refused]() });
	const message = m.admin_split_done({ tasks: outcome.tasks, plans: outcome.plans, users: outcome.users });
	return { ...base, ok: true, message } satisfies SplitFormResult;
}
