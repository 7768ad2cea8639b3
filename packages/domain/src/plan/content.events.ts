import type { Actor } from './actor.ts';
import type { Deadline } from './deadline.ts';
import type { DenyReason } from '../rights/rights.ts';

/**
 * Events of what a plan says, as edited in the co-edited document: derived by the sync server from each
 * accepted update (who changed which task, which field, old → new), or written by the importer and the
 * demo loader. `taskId` is null for events about the plan or a task group.
 */
interface ContentEventBase<T extends string, D> {
	type: T;
	taskId: string | null;
	actor: Actor;
	/** ISO instant */
	at: string;
	data: D;
}

/** The plan-level texts: title and the narrative sections I. and III. of a plan. */
export type PlanSection = 'title' | 'purpose' | 'organisation';

/** A plan text was edited; typing is coalesced per user per short window. */
export type PlanSectionEdited = ContentEventBase<
	'PlanSectionEdited',
	{ section: PlanSection; from: string; to: string }
>;

/** A task group (a numbered heading of section II) was added at `index` among the groups. */
export type TaskGroupCreated = ContentEventBase<
	'TaskGroupCreated',
	{ groupId: string; code: string; title: string; index: number }
>;
/** A task group's code or title changed. */
export type TaskGroupChanged = ContentEventBase<
	'TaskGroupChanged',
	{ groupId: string; field: 'code' | 'title'; from: string; to: string }
>;
/** A task group moved to `index` among the groups. */
export type TaskGroupMoved = ContentEventBase<
	'TaskGroupMoved',
	{ groupId: string; from: number; to: number }
>;
/** An empty task group was removed (its tasks are deleted or moved out first). */
export type TaskGroupDeleted = ContentEventBase<'TaskGroupDeleted', { groupId: string; code: string }>;

/** A task was added at `index` within its group (null: outside any group). */
export type TaskCreated = ContentEventBase<
	'TaskCreated',
	{
		groupId: string | null;
		index: number;
		code: string;
		content: string;
		leadUnitId: string | null;
		coordinatorUnitIds: string[];
		deadline: Deadline | null;
		output: string | null;
	}
>;
/** A task was removed from the plan. */
export type TaskDeleted = ContentEventBase<'TaskDeleted', { code: string }>;
/** A task moved within or across groups. */
export type TaskMoved = ContentEventBase<
	'TaskMoved',
	{ fromGroupId: string | null; fromIndex: number; toGroupId: string | null; toIndex: number }
>;

/** The scalar and list fields a TaskFieldChanged carries, with their value types. */
export interface TaskFieldValues {
	code: string;
	leadUnitId: string | null;
	coordinatorUnitIds: string[];
	deadline: Deadline | null;
	output: string | null;
	difficulties: string | null;
	extensionRequest: string | null;
}
export type ChangeableTaskField = keyof TaskFieldValues;

/** One field of a task changed from one value to another. */
export type TaskFieldChanged = {
	[F in ChangeableTaskField]: ContentEventBase<
		'TaskFieldChanged',
		{ field: F; from: TaskFieldValues[F]; to: TaskFieldValues[F] }
	>;
}[ChangeableTaskField];

/** A task's text was edited (coalesced typing): whole old and new text, so the audit can show a diff. */
export type TaskTextEdited = ContentEventBase<
	'TaskTextEdited',
	{ field: 'content'; from: string; to: string }
>;

/** A coordinating unit wrote or changed its contribution note on a task. */
export type TaskContributionNoted = ContentEventBase<
	'TaskContributionNoted',
	{ unitId: string; from: string | null; to: string | null }
>;

/**
 * An edit was refused by the rights check (docs/rights.md): logged so the owner unit sees attempts. Nothing of
 * the refused content is applied; `field` names what was touched where known.
 */
export type PermissionDenied = ContentEventBase<
	'PermissionDenied',
	{ action: string; field: string | null; reason: DenyReason }
>;

/** Every content event of a plan stream. */
export type ContentEvent =
	| PlanSectionEdited
	| TaskGroupCreated
	| TaskGroupChanged
	| TaskGroupMoved
	| TaskGroupDeleted
	| TaskCreated
	| TaskDeleted
	| TaskMoved
	| TaskFieldChanged
	| TaskTextEdited
	| TaskContributionNoted
	| PermissionDenied;

/** The content event type names, for validating stored events. */
export const CONTENT_EVENT_TYPES = [
	'PlanSectionEdited',
	'TaskGroupCreated',
	'TaskGroupChanged',
	'TaskGroupMoved',
	'TaskGroupDeleted',
	'TaskCreated',
	'TaskDeleted',
	'TaskMoved',
	'TaskFieldChanged',
	'TaskTextEdited',
	'TaskContributionNoted',
	'PermissionDenied'
] as const satisfies ReadonlyArray<ContentEvent['type']>;
