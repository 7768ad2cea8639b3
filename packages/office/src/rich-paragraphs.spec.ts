import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from './plan-docx.ts';
import { samplePlan } from './sample-plan.ts';

/** The <w:p> elements of document.xml whose text contains `text`. */
function paragraphsWith(xml: string, text: string): string[] {
	return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)]
		.map((m) => m[0])
		.filter((p) => p.includes(text));
}

describe('section I with formatting in the plan DOCX', async () => {
	const plan = samplePlan();
	const bytes = await renderPlanDocx({
		...plan,
		sections: {
			...plan.sections,
			purposeRich: [
				{
					runs: [
						{ text: 'Mục đích ', bold: false, italic: false },
						{ text: 'trọng tâm', bold: true, italic: false }
					],
					list: null
				},
				{ runs: [{ text: 'Rà soát thủ tục', bold: false, italic: false }], list: 'bullet' },
				{ runs: [{ text: 'Báo cáo kết quả', bold: false, italic: false }], list: 'bullet' },
				{ runs: [{ text: 'Bước một', bold: false, italic: false }], list: 'ordered' }
			]
		}
	});
	const zip = await JSZip.loadAsync(bytes);
	const document = await zip.file('word/document.xml')!.async('string');
	const numbering = await zip.file('word/numbering.xml')!.async('string');

	it('writes a bold run as bold and the rest of the line as it is', () => {
		const [line] = paragraphsWith(document, 'trọng tâm');
		const runs = [...line!.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
		expect(runs.find((r) => r.includes('>trọng tâm<'))).toContain('<w:b/>');
		expect(runs.find((r) => r.includes('>Mục đích <'))).not.toContain('<w:b');
	});

	it('writes list items as numbered paragraphs: bullets with a bullet level, ordered ones with a decimal one', () => {
		const bullets = [
			...paragraphsWith(document, 'Rà soát thủ tục'),
			...paragraphsWith(document, 'Báo cáo kết quả')
		];
		expect(bullets).toHaveLength(2);
		for (const p of bullets)
			expect(p).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
		expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
		expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
		expect(paragraphsWith(document, 'Bước một')[0]).toContain('<w:numPr>');
	});
});
