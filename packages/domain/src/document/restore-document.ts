import * as Y from 'yjs';
import type { Actor } from '../plan/actor.ts';
import type {
	ChangeableTaskField,
	ContentEvent,
	TaskCreated,
	TaskFieldValues,
	TaskGroupCreated
} from '../plan/content.events.ts';
import { deriveContentEvents, sameJson } from './derive-events.ts';
import {
	deleteGroup,
	deleteTask,
	setGroupField,
	setPlanSection,
	setTaskContent,
	setTaskField
} from './edit-plan-document.ts';
import {
	UNGROUPED_KEY,
	groupToYMap,
	planDocumentRoots,
	taskOrderKey,
	taskToYMap,
	type PlanDocumentRoots,
	type PlanDocumentSnapshot
} from './plan-document.ts';
import { readPlanDocument } from './read-plan-document.ts';

/*
 * Compensating edits: the Yjs protocol cannot reject an update, so the sync server applies a client's
 * update to a shadow copy of the plan and, when the rights check refuses it, writes the inverse edits into
 * the shadow. The diff shadow → main (Y.encodeStateAsUpdate(shadow, Y.encodeStateVector(main))) then holds
 * the refused structs, already deleted, plus the compensation, and is applied to main and sent to everyone.
 *
 * Why refused content does not travel in that diff: with gc on (the Y.Doc default) Yjs replaces the
 * content of every item deleted in a transaction by its length (ContentDeleted, or a bare GC struct under a
 * deleted type) when that transaction ends. So the diff must be encoded after restoreDocument has returned:
 * encoded inside the same transaction (an observer, or a transact wrapping apply + restore + encode), the
 * deleted items still hold their text and it leaks. A doc made with `gc: false`, a gcFilter returning false,
 * or an UndoManager on the shadow leaks it too: it marks `keep` the items deleted by transactions it tracks,
 * and by default it tracks origin null, i.e. a restore called without an origin. Structs that could not be
 * integrated (missing dependencies) wait in the store unread, yet encodeStateAsUpdate sends them on: see
 * hasPendingUpdates. What gc cannot remove is the key of a map entry (with the root's name at the top
 * level): the first item under a key keeps it, so the id of a refused task, or a refused unknown key,
 * travels on in the diff, content-less.
 *
 * Positions: an event's index is the place in its group as the reader reads it, not a Y.Array index (order
 * arrays may hold ids of deleted tasks, duplicates after concurrent moves, non-strings). Items are placed
 * right after the one that must precede them, so stale entries never shift the result.
 */

const SYSTEM: Actor = { userId: '', unitId: '' };

/** Passes of derive + apply before restoreDocument gives up (a hostile layout can need a second one). */
const MAX_PASSES = 4;

function yMap(value: unknown): Y.Map<unknown> | null {
	return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

function isGroup(roots: PlanDocumentRoots, groupId: string | null): boolean {
	return groupId === null || (groupId !== UNGROUPED_KEY && roots.groups.get(groupId) instanceof Y.Map);
}

function removeAll(array: Y.Array<unknown>, id: string): void {
	for (let i = array.length - 1; i >= 0; i--) if (array.get(i) === id) array.delete(i, 1);
}

/**
 * Inserts `id` into `array` so that the reader, which reads `others` from it now (listed ids first, in order
 * of first occurrence, then the ids it misses), reads `id` at `index` among them.
 */
function insertAt(array: Y.Array<unknown>, others: readonly string[], id: string, index: number): void {
	const at = Math.max(0, Math.min(Number.isInteger(index) ? index : others.length, others.length));
	if (at === 0) return array.insert(0, [id]);
	const raw = array.toArray();
	const previous = others[at - 1]!;
	const position = raw.indexOf(previous);
	if (position >= 0) return array.insert(position + 1, [id]);
	// `previous` is among the ids the array misses, which are read after the listed ones: list them up to it
	array.push([...others.slice(0, at).filter((other) => !raw.includes(other)), id]);
}

/** The order array of a taskOrder key, created when missing or not an array. */
function orderArray(roots: PlanDocumentRoots, key: string): Y.Array<unknown> {
	const existing = roots.taskOrder.get(key);
	if (existing instanceof Y.Array) return existing as Y.Array<unknown>;
	const array = new Y.Array<unknown>();
	roots.taskOrder.set(key, array);
	return array;
}

/*
 * The reader's order of one group's tasks, and of the groups, without reading the whole document (a
 * restore places many items): the same rules as Reader.groups and Reader.order, checked against the reader
 * by the property tests.
 */

/** Ids of the tasks read in a group (taskOrder key), in read order, `except` left out. */
function readTaskOrder(roots: PlanDocumentRoots, key: string, except: string): string[] {
	const members = new Set<string>();
	for (const [id, value] of roots.tasks.entries()) {
		if (id === except || !(value instanceof Y.Map)) continue;
		const groupId: unknown = (value as Y.Map<unknown>).get('groupId');
		const read = typeof groupId === 'string' && isGroup(roots, groupId) ? groupId : null;
		if (taskOrderKey(read) === key) members.add(id);
	}
	const array = roots.taskOrder.get(key);
	const listed = array instanceof Y.Array ? (array.toArray() as unknown[]) : [];
	const placed = new Set(listed.filter((id): id is string => typeof id === 'string' && members.has(id)));
	return [...placed, ...[...members].filter((id) => !placed.has(id)).sort()];
}

/** Ids of the groups in read order, `except` left out. */
function readGroupOrder(roots: PlanDocumentRoots, except: string): string[] {
	const valid = (id: unknown): id is string => typeof id === 'string' && id !== except && isGroup(roots, id);
	const placed = new Set(roots.groupOrder.toArray().filter(valid));
	return [...placed, ...[...roots.groups.keys()].filter((id) => valid(id) && !placed.has(id)).sort()];
}

/** Puts a task (already in the tasks map) at `index` within a group, touching only the order arrays. */
function placeTask(doc: Y.Doc, taskId: string, groupId: string | null, index: number): boolean {
	const roots = planDocumentRoots(doc);
	const task = yMap(roots.tasks.get(taskId));
	if (task === null || !isGroup(roots, groupId)) return false;
	for (const order of roots.taskOrder.values()) if (order instanceof Y.Array) removeAll(order, taskId);
	if (task.get('groupId') !== groupId) task.set('groupId', groupId);
	const key = taskOrderKey(groupId);
	insertAt(orderArray(roots, key), readTaskOrder(roots, key, taskId), taskId, index);
	return true;
}

/** Puts a group at `index` among the groups. */
function placeGroup(doc: Y.Doc, groupId: string, index: number): boolean {
	const roots = planDocumentRoots(doc);
	if (!isGroup(roots, groupId)) return false;
	removeAll(roots.groupOrder, groupId);
	insertAt(roots.groupOrder, readGroupOrder(roots, groupId), groupId, index);
	return true;
}

/** Creates a group, or brings an existing one to the event's code and title, then places it. */
function createGroup(doc: Y.Doc, data: TaskGroupCreated['data']): void {
	const roots = planDocumentRoots(doc);
	if (data.groupId === UNGROUPED_KEY) return;
	const existing = yMap(roots.groups.get(data.groupId));
	if (existing === null) {
		roots.groups.set(data.groupId, groupToYMap(data));
	} else {
		if (existing.get('code') !== data.code) setGroupField(doc, data.groupId, 'code', data.code);
		setGroupField(doc, data.groupId, 'title', data.title);
	}
	orderArray(roots, data.groupId);
	placeGroup(doc, data.groupId, data.index);
}

/** Creates a task, or brings an existing one to the event's fields, then places it. */
function createTask(doc: Y.Doc, taskId: string, data: TaskCreated['data']): void {
	const roots = planDocumentRoots(doc);
	if (!isGroup(roots, data.groupId)) return;
	const existing = yMap(roots.tasks.get(taskId));
	if (existing === null) {
		roots.tasks.set(taskId, taskToYMap({ ...data, difficulties: null, extensionRequest: null }));
	} else {
		setTaskContent(doc, taskId, data.content);
		const fields = ['code', 'leadUnitId', 'coordinatorUnitIds', 'deadline', 'output'] as const;
		for (const field of fields) {
			if (!sameJson(existing.get(field), data[field])) setField(doc, taskId, field, data[field]);
		}
	}
	placeTask(doc, taskId, data.groupId, data.index);
}

function setField(doc: Y.Doc, taskId: string, field: ChangeableTaskField, value: unknown): void {
	setTaskField(doc, taskId, field, value as TaskFieldValues[ChangeableTaskField]);
}

function applyEvent(doc: Y.Doc, event: ContentEvent): void {
	switch (event.type) {
		case 'PlanSectionEdited':
			return setPlanSection(doc, event.data.section, event.data.to);
		case 'TaskGroupCreated':
			return createGroup(doc, event.data);
		case 'TaskGroupChanged':
			setGroupField(doc, event.data.groupId, event.data.field, event.data.to);
			return;
		case 'TaskGroupMoved':
			placeGroup(doc, event.data.groupId, event.data.to);
			return;
		case 'TaskGroupDeleted':
			deleteGroup(doc, event.data.groupId);
			return;
		case 'TaskCreated':
			if (event.taskId !== null) createTask(doc, event.taskId, event.data);
			return;
		case 'TaskDeleted':
			if (event.taskId !== null) deleteTask(doc, event.taskId);
			return;
		case 'TaskMoved':
			if (event.taskId !== null) placeTask(doc, event.taskId, event.data.toGroupId, event.data.toIndex);
			return;
		case 'TaskFieldChanged':
			if (event.taskId !== null) setField(doc, event.taskId, event.data.field, event.data.to);
			return;
		case 'TaskTextEdited':
			if (event.taskId !== null) setTaskContent(doc, event.taskId, event.data.to);
			return;
		case 'TaskContributionNoted':
		case 'PermissionDenied':
			return;
		default: {
			const unreachable: never = event;
			throw new Error(`unknown content event ${JSON.stringify(unreachable)}`);
		}
	}
}

const NOT_EDITS: ReadonlySet<ContentEvent['type']> = new Set(['TaskContributionNoted', 'PermissionDenied']);

/**
 * Makes, in one transaction, the document edits that content events describe (the inverse of
 * deriveContentEvents): texts by minimal replacement, tasks and groups created, moved and deleted, task
 * fields set. Indices are places as the reader reads them. Edits naming what is not there are skipped;
 * PermissionDenied and TaskContributionNoted change nothing.
 */
export function applyContentEvents(doc: Y.Doc, events: readonly ContentEvent[], origin?: unknown): void {
	if (events.every((event) => NOT_EDITS.has(event.type))) return;
	doc.transact(() => {
		for (const event of events) applyEvent(doc, event);
	}, origin);
}

/**
 * Brings the document back to `target` (a snapshot as readPlanDocument returns it) with the fewest edits
 * it can find: only the texts, fields, tasks and groups that differ are touched, so concurrent typing
 * elsewhere survives. Returns whether it changed anything. Encode the diff to send after it returns (see
 * the notes on gc above).
 */
export function restoreDocument(doc: Y.Doc, target: PlanDocumentSnapshot, origin?: unknown): boolean {
	let changed = false;
	doc.transact(() => {
		for (let pass = 0; pass < MAX_PASSES; pass++) {
			const events = deriveContentEvents(readPlanDocument(doc), target, SYSTEM, '');
			if (events.length === 0) return;
			applyContentEvents(doc, events);
			changed = true;
		}
	}, origin);
	return changed;
}

/**
 * Whether the document holds updates it could not integrate (their dependencies are missing). The reader
 * and the rights check cannot see them, yet Y.encodeStateAsUpdate sends them on to whoever syncs: an update
 * that leaves a shadow doc with pending structs or deletions must be refused as a whole.
 */
export function hasPendingUpdates(doc: Y.Doc): boolean {
	return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}
