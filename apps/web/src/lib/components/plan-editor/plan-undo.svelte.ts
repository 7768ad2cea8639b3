import { planDocumentRoots } from '@trienkhai/domain';
import * as Y from 'yjs';

/** The transaction origin of typing in a collaborative text (collab-text.svelte). */
export const LOCAL_INPUT = 'local-input';

/** Typing pauses longer than this start a new undo step even within a word. */
const CAPTURE_TIMEOUT_MS = 1000;

/**
 * Undo and redo of this user's own edits of a plan (Yjs's UndoManager): only changes made here are tracked
 * (typing, fields, structure), never what arrives from the others or from local storage, so undoing brings
 * back exactly what this user changed and the result syncs to everyone as a new edit. Typing is grouped in
 * words: the editor calls `boundary()` before an edit that starts a new word.
 */
export class PlanUndo {
	canUndo = $state(false);
	canRedo = $state(false);
	/** The deletion that is still the last step, offered for undo ("Đã xóa nhiệm vụ 2 · Hoàn tác"). */
	removal = $state<{ label: string } | null>(null);

	private readonly manager: Y.UndoManager;
	private readonly doc: Y.Doc;
	private lastRemoval: { step: unknown; label: string } | null = null;

	constructor(doc: Y.Doc) {
		this.doc = doc;
		const roots = planDocumentRoots(doc);
		this.manager = new Y.UndoManager(
			[roots.plan, roots.groups, roots.groupOrder, roots.tasks, roots.taskOrder],
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Yjs's own option, never rendered
			{ trackedOrigins: new Set<unknown>([null, LOCAL_INPUT]), captureTimeout: CAPTURE_TIMEOUT_MS }
		);
		const changed = () => this.refresh();
		this.manager.on('stack-item-added', changed);
		this.manager.on('stack-item-popped', changed);
		this.manager.on('stack-cleared', changed);
	}

	/** The next edit starts a step of its own (a new word, a field, a structural change). */
	boundary(): void {
		this.manager.stopCapturing();
	}

	undo(): void {
		this.manager.undo();
	}

	redo(): void {
		this.manager.redo();
	}

	/** Runs a deletion as one step of its own and offers it for undo while it stays the last step. */
	remove(label: string, change: (doc: Y.Doc) => void): void {
		this.manager.stopCapturing();
		change(this.doc);
		this.manager.stopCapturing();
		const step = this.manager.undoStack.at(-1);
		this.lastRemoval = step ? { step, label } : null;
		this.refresh();
	}

	/** Brings the last deletion back (for everyone: the undo is a new edit that syncs). */
	restoreRemoval(): void {
		if (this.removal) this.manager.undo();
	}

	destroy(): void {
		this.manager.destroy();
	}

	private refresh(): void {
		this.canUndo = this.manager.canUndo();
		this.canRedo = this.manager.canRedo();
		if (this.lastRemoval && this.manager.undoStack.at(-1) !== this.lastRemoval.step) this.lastRemoval = null;
		this.removal = this.lastRemoval ? { label: this.lastRemoval.label } : null;
	}
}
