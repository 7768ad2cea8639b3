import {
	batchEventTypes,
	planAudience,
	type ChangeNotice,
	type PlanAudience,
	type PreparedDatabase
} from '@trienkhai/db';
import type { PlanVisibility } from '#lib/plan-visibility.ts';

/**
 * What the per-user streams need to know of one committed batch: who may read its plan, which units have
 * work in it, and which kinds of events it holds. Looked up once per notice, however many streams are open.
 */
export interface NoticeFacts {
	visibility: PlanVisibility & Pick<PlanAudience, 'taskUnitIds'>;
	/** The owner, the co-drafters and the units asked for opinions. */
	planUnitIds: ReadonlySet<string>;
	/** The lead and coordinating units of its tasks. */
	taskUnitIds: ReadonlySet<string>;
	/** The batch's event types. */
	types: ReadonlySet<string>;
}

async function lookUp(database: PreparedDatabase, notice: ChangeNotice): Promise<NoticeFacts | null> {
	const [audience, types] = await Promise.all([
		planAudience(database.db, notice.planId),
		notice.eventSeqs ? batchEventTypes(database.db, notice.planId, notice.eventSeqs) : Promise.resolve([])
	]);
	if (!audience) return null;
	return {
		visibility: audience,
		planUnitIds: new Set([audience.ownerUnitId, ...audience.coDrafterUnitIds, ...audience.opinionUnitIds]),
		taskUnitIds: new Set(audience.taskUnitIds),
		types: new Set(types)
	};
}

const known = new WeakMap<ChangeNotice, Promise<NoticeFacts | null>>();

/** The facts of a change notice (null: its plan is gone), shared by every stream that hears it. */
export function noticeFacts(database: PreparedDatabase, notice: ChangeNotice): Promise<NoticeFacts | null> {
	let facts = known.get(notice);
	if (!facts) {
		facts = lookUp(database, notice);
		known.set(notice, facts);
	}
	return facts;
}
