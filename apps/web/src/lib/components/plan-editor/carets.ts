import * as Y from 'yjs';

/** Another person's caret in a text. */
export interface RemoteCaret {
	clientId: number;
	name: string;
	anchor: unknown;
}

/** A remote caret placed at its character offset in the text. */
export interface CaretMark extends RemoteCaret {
	index: number;
}

const COLOURS = ['#0369a1', '#b45309', '#7e22ce', '#be123c', '#047857', '#4338ca'];

/** The colour of one person's caret and name, the same in every text. */
export const caretColour = (clientId: number): string => COLOURS[clientId % COLOURS.length]!;

/**
 * Where the others' carets are in `text` now: each Y.RelativePosition (as JSON) made absolute, dropped when it
 * points into another text or cannot be read; in text order.
 */
export function caretMarks(text: Y.Text, carets: readonly RemoteCaret[]): CaretMark[] {
	const doc = text.doc;
	if (!doc) return [];
	return carets
		.flatMap((c) => {
			try {
				const position = Y.createAbsolutePositionFromRelativePosition(
					Y.createRelativePositionFromJSON(c.anchor),
					doc
				);
				return position && position.type === text ? [{ ...c, index: position.index }] : [];
			} catch {
				return [];
			}
		})
		.sort((a, b) => a.index - b.index);
}
