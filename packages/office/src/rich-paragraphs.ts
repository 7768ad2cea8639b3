import { AlignmentType, LevelFormat, Paragraph, type INumberingOptions } from 'docx';
import type { RichParagraph } from '@trienkhai/domain';
import { mm, run } from './official-layout.ts';

/** The numbering definitions the body's lists use: Word's own bullets and 1. 2. 3. */
export const LIST_NUMBERING: INumberingOptions['config'] = [
	{
		reference: 'rich-bullet',
		levels: [
			{
				level: 0,
				format: LevelFormat.BULLET,
				text: '-',
				alignment: AlignmentType.LEFT,
				style: { paragraph: { indent: { left: mm(15), hanging: mm(5) } } }
			}
		]
	},
	{
		reference: 'rich-ordered',
		levels: [
			{
				level: 0,
				format: LevelFormat.DECIMAL,
				text: '%1.',
				alignment: AlignmentType.LEFT,
				style: { paragraph: { indent: { left: mm(15), hanging: mm(5) } } }
			}
		]
	}
];

/**
 * Paragraphs of a rich text (section I) in the body's style: bold and italic runs as written, list items
 * as Word list paragraphs (each numbered list starts again at 1), empty lines left out as in plain sections.
 */
export function richBodyParagraphs(paragraphs: readonly RichParagraph[]): Paragraph[] {
	const out: Paragraph[] = [];
	let instance = 0;
	let previous: RichParagraph['list'] = null;
	for (const paragraph of paragraphs) {
		const runs = paragraph.runs.filter((r) => r.text.trim() !== '');
		if (runs.length === 0) continue;
		if (paragraph.list === 'ordered' && previous !== 'ordered') instance++;
		previous = paragraph.list;
		const children = paragraph.runs.map((r) =>
			run(r.text, { bold: r.bold || undefined, italics: r.italic || undefined })
		);
		out.push(
			paragraph.list === null
				? new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, children })
				: new Paragraph({
						alignment: AlignmentType.JUSTIFIED,
						numbering: {
							reference: `rich-${paragraph.list}`,
							level: 0,
							...(paragraph.list === 'ordered' ? { instance } : {})
						},
						children
					})
		);
	}
	return out;
}
