import type Quill from 'quill';
import type { Delta, EmitterSource } from 'quill';
import type * as Y from 'yjs';
import { LOCAL_INPUT } from './plan-undo.svelte.ts';

/** The formats section I knows (rich-text.ts in the domain); Quill is limited to them. */
export const RICH_FORMATS = ['bold', 'italic', 'list'] as const;

type Op = Delta['ops'][number];

/** How far into the document as it was a Quill change reaches (retains and deletes). */
function reach(ops: readonly Op[]): number {
	let at = 0;
	for (const op of ops) {
		if (typeof op.retain === 'number') at += op.retain;
		else if (typeof op.delete === 'number') at += op.delete;
	}
	return at;
}

/**
 * Keeps a Quill editor and a Y.Text the same, both ways. The user's edits go to the Y.Text as LOCAL_INPUT,
 * so the plan's own undo (Ctrl+Z, word by word) takes them back like any field's; everyone else's arrive
 * as Quill changes of their own. Quill always ends with a newline a plain text need not have: a change
 * reaching it (a list made of the last line) first gives the Y.Text that newline.
 */
export function bindQuill(text: Y.Text, quill: Quill, DeltaClass: new (ops: Op[]) => Delta): () => void {
	// text inserted by others takes no formatting from its neighbours in Quill: every known one is set
	const none = Object.fromEntries(RICH_FORMATS.map((f) => [f, false]));
	const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
		if (transaction.origin === LOCAL_INPUT) return;
		const ops = (event.delta as Op[]).map((op) =>
			op.insert === undefined ? op : { ...op, attributes: { ...none, ...(op.attributes ?? {}) } }
		);
		quill.updateContents(new DeltaClass(ops), 'silent');
	};
	const onChange = (delta: Delta, _old: Delta, source: EmitterSource) => {
		if (source !== 'user') return;
		const doc = text.doc;
		if (!doc) return;
		doc.transact(() => {
			if (reach(delta.ops) > text.length) text.insert(text.length, '\n');
			text.applyDelta(delta.ops);
		}, LOCAL_INPUT);
	};
	quill.setContents(new DeltaClass(text.toDelta() as Op[]), 'silent');
	text.observe(observer);
	quill.on('text-change', onChange);
	return () => {
		text.unobserve(observer);
		quill.off('text-change', onChange);
	};
}
