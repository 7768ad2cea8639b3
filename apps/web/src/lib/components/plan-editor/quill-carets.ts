import type Quill from 'quill';
import type QuillCursors from 'quill-cursors';

/** Others' carets drawn in a Quill editor by its `cursors` module (quill-cursors). */
export interface CaretLayer {
	/** Shows exactly these carets (at their offsets), removing any other. */
	show(marks: ReadonlyArray<{ clientId: number; name: string; index: number; colour: string }>): void;
}

export function showCarets(quill: Quill): CaretLayer {
	const cursors = quill.getModule('cursors') as QuillCursors;
	return {
		show(marks) {
			const wanted = new Set(marks.map((mark) => String(mark.clientId)));
			for (const cursor of cursors.cursors()) if (!wanted.has(cursor.id)) cursors.removeCursor(cursor.id);
			for (const mark of marks) {
				const id = String(mark.clientId);
				cursors.createCursor(id, mark.name, mark.colour);
				cursors.moveCursor(id, { index: mark.index, length: 0 });
			}
		}
	};
}
