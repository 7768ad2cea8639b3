import { describe, expect, it } from 'vitest';
import { importPlanText } from './import-plan.ts';

function plan(lines: number): string {
	const text = ['KẾ HOẠCH', 'II. NHIỆM VỤ'];
	for (let i = 0; i < lines; i++) text.push(`- Nhiệm vụ số ${i}: Sở Y tế chủ trì, hoàn thành trong năm 2025`);
	return text.join('\n');
}

function msToRead(lines: number): number {
	const text = plan(lines);
	const started = performance.now();
	expect(importPlanText(text).tasks).toHaveLength(lines);
	return performance.now() - started;
}

// A 20,000-line paste once took 11 s where 5,000 took 0.6 s (quadratic). Four times the lines must take about
// four times as long: a quadratic reader would take sixteen.
describe('the text importer scales linearly', () => {
	it('reads 32,000 lines in less than 7 times what 8,000 take', () => {
		msToRead(2000); // warm up the JIT
		const small = Math.min(msToRead(8000), msToRead(8000));
		const large = msToRead(32_000);
		console.log(`8,000 lines ${Math.round(small)} ms, 32,000 lines ${Math.round(large)} ms`);
		expect(large / small).toBeLessThan(7);
	}, 60_000);
});
