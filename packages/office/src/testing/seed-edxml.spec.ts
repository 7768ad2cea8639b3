import { describe, expect, it } from 'vitest';
import { importPlan, parseEdxml, validateEdxmlPackage } from '@trienkhai/domain';
import { readDocxBlocks } from '../docx-read.ts';
import { seedLetterPackage } from './seed-edxml.ts';

describe('the 2241-CV/TU package of the tests', () => {
	it('conforms, and its attachment reads as the letter with its one assignment', async () => {
		const { xml, docx } = await seedLetterPackage();
		expect(validateEdxmlPackage(xml)).toEqual([]);
		const parsed = parseEdxml(xml);
		if (parsed.kind !== 'package') throw new Error('not a package');
		expect(parsed.attachments[0]?.bytes).toEqual(docx);
		const plan = importPlan(await readDocxBlocks(docx));
		expect(plan.document).toMatchObject({ number: '2241', symbol: 'CV/TU', date: '2024-01-22' });
		expect(plan.tasks.map((t) => [t.lead, t.coordinators, t.deadline?.due])).toEqual([
			['Ban Tuyên giáo Tỉnh ủy', ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], '2024-02-27']
		]);
	});
});
