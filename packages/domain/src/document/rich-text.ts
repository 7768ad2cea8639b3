import type { PlanSection } from '../plan/content.events.ts';

/*
 * Section I (Mục đích, yêu cầu) is rich text: the same Y.Text as before, with formatting attributes in the
 * form Quill's delta gives them (docs/domain.md, "Rich text in section I"). Inline: `bold`, `italic` (true).
 * Per paragraph: `list` ('bullet' or 'ordered') on the newline that ends the paragraph. A plain text is a
 * rich text without attributes, so plans written before read as they did. Its string (Y.Text#toString) is
 * the section's text everywhere else: events, search, time travel, diffs.
 */

/** The plan sections that may hold formatting; the others stay plain. */
export const RICH_SECTIONS: ReadonlySet<PlanSection> = new Set<PlanSection>(['purpose']);

/** The list kinds a paragraph may be. */
export type RichListKind = 'bullet' | 'ordered';

/** A run of text with its inline formatting. */
export interface RichRun {
	text: string;
	bold: boolean;
	italic: boolean;
}

/** A paragraph: its runs, and whether it is an item of a list. */
export interface RichParagraph {
	runs: RichRun[];
	list: RichListKind | null;
}

/** One op of a Y.Text delta (Y.Text#toDelta()). */
export interface RichDeltaOp {
	insert: unknown;
	attributes?: Record<string, unknown>;
}

const INLINE: Record<string, (value: unknown) => boolean> = {
	bold: (value) => value === true,
	italic: (value) => value === true
};
const isList = (value: unknown): value is RichListKind => value === 'bullet' || value === 'ordered';

/**
 * What is wrong with a rich text's delta, or null: embeds, attributes other than those above, and a list
 * attribute on anything but newlines are outside the layout.
 */
export function richTextProblem(delta: readonly RichDeltaOp[]): string | null {
	for (const op of delta) {
		if (typeof op.insert !== 'string') return 'embedded_content';
		for (const [key, value] of Object.entries(op.attributes ?? {})) {
			if (key === 'list') {
				if (!isList(value) || !/^\n+$/u.test(op.insert)) return 'unknown_format';
			} else if (!INLINE[key]?.(value)) return 'unknown_format';
		}
	}
	return null;
}

/**
 * A rich text's paragraphs, as a document shows them: one per line, empty lines included, the last line
 * only when it holds text. Unknown attributes are ignored.
 */
export function richParagraphs(delta: readonly RichDeltaOp[]): RichParagraph[] {
	const paragraphs: RichParagraph[] = [];
	let runs: RichRun[] = [];
	for (const op of delta) {
		if (typeof op.insert !== 'string') continue;
		const attributes = op.attributes ?? {};
		const parts = op.insert.split('\n');
		parts.forEach((text, i) => {
			if (i > 0) {
				paragraphs.push({ runs, list: isList(attributes.list) ? attributes.list : null });
				runs = [];
			}
			if (text !== '')
				runs.push({ text, bold: attributes.bold === true, italic: attributes.italic === true });
		});
	}
	if (runs.length > 0) paragraphs.push({ runs, list: null });
	return paragraphs;
}
