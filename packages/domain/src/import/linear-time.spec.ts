import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';

/** A plan of `n` lines of one shape under a tasks heading. */
function plan(n: number, line: (i: number) => string): string {
	const lines = ['KẾ HOẠCH', 'II. NHIỆM VỤ'];
	for (let i = 0; i < n; i++) lines.push(line(i));
	return lines.join('\n');
}

function seconds(text: string): number {
	const start = performance.now();
	importPlanText(text, { units: [] });
	return (performance.now() - start) / 1000;
}

// 20,000 lines took 90–125 s before (each line re-read its whole list or paragraph); now about 1–2 s on a
// shared two-core machine. The bound leaves room for a slow machine and still fails a quadratic parser.
describe('importer time grows linearly with the text', () => {
	it.each([
		['bullets', (i: number) => `- Nhiệm vụ số ${i} của sở`],
		['plus items', (i: number) => `+ Việc ${i}`],
		['lines of one paragraph cut at a width', (i: number) => `Dòng văn bản số ${i} không có gì`]
	])('reads 20,000 %s in under 10 s', (_name, line) => {
		expect(seconds(plan(20_000, line))).toBeLessThan(10);
	});
});
