import {
	addGroup,
	addTask,
	deleteGroup,
	deleteTask,
	letterAt,
	moveGroup,
	moveTask,
	setGroupField,
	setTaskField,
	type PlanDocumentSnapshot,
	type PlanDocumentTask,
	type TaskFieldValues
} from '@trienkhai/domain';
import type * as Y from 'yjs';
import { m } from '#lib/paraglide/messages.js';
import type { PlanSync } from '#lib/plan-sync/plan-sync.svelte.ts';
import { readDeadlineInput } from './deadline-input.ts';
import type { PlanUndo } from './plan-undo.svelte.ts';
import type { TaskEdits } from './task-edits.ts';

/** A deletion waiting for the user's confirmation: the question, what the undo bar says after, the change. */
export interface PendingRemoval {
	question: string;
	done: string;
	remove: (doc: Y.Doc) => void;
}

/** What the edits read from the editor, as it is at the moment of the edit. */
export interface PlanEditsContext {
	planId: () => string;
	sync: () => PlanSync | null;
	undo: () => PlanUndo | null;
	view: () => PlanDocumentSnapshot;
	groupNumber: (group: { id: string; code: string }) => string;
	/** Asks the user to confirm a deletion (the editor's dialog). */
	confirmRemoval: (removal: PendingRemoval) => void;
}

/**
 * Every change the plan editor makes to the shared document: tasks and groups added, moved, deleted (after a
 * confirmation) and their fields set, each field change an undo step of its own. Refused deadlines are kept
 * by task, so the message shows under the field that still holds what was typed.
 */
export class PlanEdits {
	deadlineErrors = $state<Record<string, string>>({});
	readonly task: TaskEdits;

	constructor(private readonly ctx: PlanEditsContext) {
		this.task = {
			setText: (task, field, value) =>
				this.setTaskValue(task, field, value.trim() === '' ? null : value.trim()),
			setDeadline: (task, value) => this.setDeadline(task, value),
			setLead: (task, id) => this.setTaskValue(task, 'leadUnitId', id),
			setCoordinators: (task, ids) => this.setTaskValue(task, 'coordinatorUnitIds', ids),
			saveReports: (task, difficulties, extensionRequest) =>
				this.saveReports(task, difficulties, extensionRequest),
			move: (task, by) =>
				this.withDoc((doc) => moveTask(doc, task.id, task.groupId, Math.max(0, task.index + by))),
			remove: (task) =>
				ctx.confirmRemoval({
					question: m.task_delete_confirm({ code: task.code }),
					done: m.task_removed({ code: task.code }),
					remove: (doc) => deleteTask(doc, task.id)
				}),
			focus: (taskId, field) => ctx.sync()?.focus(taskId, field),
			cursor: (taskId, anchor) => ctx.sync()?.cursor(taskId, anchor),
			boundary: () => ctx.undo()?.boundary()
		};
	}

	private withDoc(change: (doc: Y.Doc) => void): void {
		const doc = this.ctx.sync()?.doc;
		if (doc) change(doc);
	}

	/** A field's change is an undo step of its own. */
	private step(change: (doc: Y.Doc) => void): void {
		this.withDoc((doc) => {
			const undo = this.ctx.undo();
			undo?.boundary();
			change(doc);
			undo?.boundary();
		});
	}

	private setTaskValue<F extends keyof TaskFieldValues>(
		task: PlanDocumentTask,
		field: F,
		value: TaskFieldValues[F]
	): void {
		this.step((doc) => setTaskField(doc, task.id, field, value));
	}

	private setDeadline(task: PlanDocumentTask, value: string): void {
		const read = readDeadlineInput(value);
		const others = Object.fromEntries(Object.entries(this.deadlineErrors).filter(([id]) => id !== task.id));
		this.deadlineErrors = read.ok
			? others
			: { ...others, [task.id]: m.deadline_impossible({ date: read.impossible }) };
		if (read.ok) this.setTaskValue(task, 'deadline', read.deadline);
	}

	/** The lead unit's difficulties and extension request, into the document in one change; empty clears. */
	private saveReports(task: PlanDocumentTask, difficulties: string, extensionRequest: string): void {
		const next = {
			difficulties: difficulties.trim() === '' ? null : difficulties.trim(),
			extensionRequest: extensionRequest.trim() === '' ? null : extensionRequest.trim()
		};
		this.withDoc((doc) =>
			doc.transact(() => {
				if (next.difficulties !== task.difficulties)
					setTaskField(doc, task.id, 'difficulties', next.difficulties);
				if (next.extensionRequest !== task.extensionRequest)
					setTaskField(doc, task.id, 'extensionRequest', next.extensionRequest);
			})
		);
	}

	/** A task at the end of `groupId` (or of the tasks outside groups), numbered at its place. */
	newTask(groupId: string | null): void {
		const view = this.ctx.view();
		const siblings = view.tasks.filter((t) => t.groupId === groupId);
		const group = view.groups.find((g) => g.id === groupId);
		this.withDoc((doc) =>
			addTask(doc, {
				id: `${this.ctx.planId()}/${crypto.randomUUID()}`,
				groupId,
				// created with its number at its place, so the log names it as the screens do
				code: group
					? `${this.ctx.groupNumber(group)}.${letterAt(siblings.length)}`
					: String(view.groups.length + siblings.length + 1),
				content: ''
			})
		);
	}

	newGroup(): void {
		const count = this.ctx.view().groups.length;
		this.withDoc((doc) =>
			addGroup(doc, { id: `${this.ctx.planId()}/${crypto.randomUUID()}`, code: String(count + 1), title: '' })
		);
	}

	setGroupTitle(groupId: string, title: string): void {
		this.step((doc) => setGroupField(doc, groupId, 'title', title));
	}

	moveGroup(groupId: string, index: number): void {
		this.withDoc((doc) => moveGroup(doc, groupId, Math.max(0, index)));
	}

	removeGroup(group: { id: string; code: string }): void {
		const code = this.ctx.groupNumber(group);
		this.ctx.confirmRemoval({
			question: m.group_delete_confirm({ code }),
			done: m.group_removed({ code }),
			remove: (doc) => deleteGroup(doc, group.id)
		});
	}
}
