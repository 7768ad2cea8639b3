import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { findForeignContent } from './foreign-content.ts';
import { createPlanDocument, emptyPlanSnapshot, planDocumentRoots } from './plan-document.ts';
import { readPlanDocument } from './read-plan-document.ts';
import { richParagraphs, richTextProblem } from './rich-text.ts';

function purposeOf(doc: Y.Doc): Y.Text {
	return planDocumentRoots(doc).plan.get('purpose') as Y.Text;
}

describe('rich text of section I', () => {
	it('reads bold runs and list items as paragraphs; plain text is one paragraph a line', () => {
		expect(
			richParagraphs([
				{ insert: 'Mục đích ' },
				{ insert: 'quan trọng', attributes: { bold: true } },
				{ insert: '\nRà soát' },
				{ insert: '\n', attributes: { list: 'bullet' } },
				{ insert: 'Báo cáo' },
				{ insert: '\n', attributes: { list: 'bullet' } }
			])
		).toEqual([
			{
				runs: [
					{ text: 'Mục đích ', bold: false, italic: false },
					{ text: 'quan trọng', bold: true, italic: false }
				],
				list: null
			},
			{ runs: [{ text: 'Rà soát', bold: false, italic: false }], list: 'bullet' },
			{ runs: [{ text: 'Báo cáo', bold: false, italic: false }], list: 'bullet' }
		]);
		expect(richParagraphs([{ insert: 'Một\n\nHai' }]).map((p) => p.runs.map((r) => r.text))).toEqual([
			['Một'],
			[],
			['Hai']
		]);
	});

	it('knows bold, italic and lists only, lists on newlines only', () => {
		expect(richTextProblem([{ insert: 'a', attributes: { bold: true, italic: true } }])).toBeNull();
		expect(richTextProblem([{ insert: 'a', attributes: { color: 'red' } }])).toBe('unknown_format');
		expect(richTextProblem([{ insert: 'a', attributes: { list: 'bullet' } }])).toBe('unknown_format');
		expect(richTextProblem([{ insert: { image: 'x' } }])).toBe('embedded_content');
	});

	it('is part of the layout in section I, foreign in section III; the string reads as before', () => {
		const doc = createPlanDocument({ ...emptyPlanSnapshot('Kế hoạch'), purpose: 'Mục đích\nRà soát' });
		purposeOf(doc).format(0, 8, { bold: true });
		purposeOf(doc).format(8, 1, { list: 'bullet' });
		expect(findForeignContent(doc)).toEqual([]);
		expect(readPlanDocument(doc).purpose).toBe('Mục đích\nRà soát');
		purposeOf(doc).format(0, 2, { color: '#f00' });
		expect(findForeignContent(doc)).toEqual(['plan.purpose: unknown_format']);
		const organisation = planDocumentRoots(doc).plan.get('organisation') as Y.Text;
		organisation.insert(0, 'Giao', { bold: true });
		expect(findForeignContent(doc)).toContain('plan.organisation: formatted_text');
	});
});
