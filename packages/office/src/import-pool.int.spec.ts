import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportPool, type ImportPool } from './import-pool.ts';
import {
	bombDocx,
	manyEntriesDocx,
	manyParagraphsDocx,
	smallPlanDocx,
	truncatedDocx
} from './testing/hostile-docx.ts';

const units = [{ id: 'syt', name: 'Sở Y tế', shortName: 'SYT', kind: 'state' as const, parentId: null }];

/** The largest resident set seen while `work` runs, over what it was before, in MB. */
async function peakGrowthMb<T>(work: Promise<T>): Promise<{ result: T; growthMb: number }> {
	const before = process.memoryUsage().rss;
	let peak = before;
	let done = false;
	const sampler = (async () => {
		while (!done) {
			peak = Math.max(peak, process.memoryUsage().rss);
			await sleep(5);
		}
	})();
	const result = await work;
	done = true;
	await sampler;
	return { result, growthMb: (peak - before) / 1024 / 1024 };
}

// Real worker threads (piscina) running the real reader on hostile files.
describe('import pool', () => {
	let pool: ImportPool;

	beforeAll(async () => {
		pool = createImportPool({ threads: 1, timeoutMs: 120_000 });
		// a warm thread, so its start-up is not counted as the bomb's memory
		await pool.read({ source: { kind: 'docx', bytes: await smallPlanDocx() }, units });
	});

	afterAll(async () => {
		await pool?.close();
	});

	it('reads a plan in a worker thread and matches its units', async () => {
		const result = await pool.read({ source: { kind: 'docx', bytes: await smallPlanDocx() }, units });
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.plan.tasks.map((t) => t.leadUnitId)).toEqual(['syt']);
	});

	it('refuses a 200 KB zip bomb (200 MB inflated) while memory grows by less than 50 MB', async () => {
		const bomb = await bombDocx(200 * 1024 * 1024);
		expect(bomb.byteLength).toBeLessThan(400 * 1024);
		const { result, growthMb } = await peakGrowthMb(
			pool.read({ source: { kind: 'docx', bytes: bomb }, units })
		);
		expect(result).toEqual({ ok: false, problem: 'too-large-inflated' });
		expect(growthMb).toBeLessThan(50);
	});

	it('refuses truncated XML, too many paragraphs and too many entries, each by name', async () => {
		const read = async (bytes: Uint8Array) => pool.read({ source: { kind: 'docx', bytes }, units });
		expect(await read(await truncatedDocx())).toEqual({ ok: false, problem: 'bad-xml' });
		const many = await manyParagraphsDocx(100_000);
		expect(many.byteLength).toBeLessThan(100 * 1024);
		expect(await read(many)).toEqual({ ok: false, problem: 'too-many-paragraphs' });
		expect(await read(await manyEntriesDocx(1200))).toEqual({ ok: false, problem: 'too-many-entries' });
		expect(await read(new TextEncoder().encode('not a zip'))).toEqual({ ok: false, problem: 'not-docx' });
	});

	it('stops a job past its time limit and serves the next one', async () => {
		const hurried = createImportPool({ threads: 1, timeoutMs: 50 });
		try {
			const lines = ['KẾ HOẠCH', 'II. NHIỆM VỤ'];
			for (let i = 0; i < 20_000; i++) lines.push(`- Nhiệm vụ số ${i}`);
			const result = await hurried.read({ source: { kind: 'text', text: lines.join('\n') }, units });
			expect(result).toEqual({ ok: false, problem: 'timeout' });
		} finally {
			await hurried.close();
		}
		const next = await pool.read({
			source: { kind: 'text', text: 'II. NHIỆM VỤ\n1. Sở Y tế chủ trì' },
			units
		});
		expect(next.ok).toBe(true);
	});

	it('keeps the calling thread free while a 20,000-line text is read', async () => {
		// 1,000 tasks of 20 lines each, in ten sections
		const lines = ['KẾ HOẠCH'];
		for (let i = 0; i < 1000; i++) {
			if (i % 100 === 0)
				lines.push(`${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][i / 100]}. NHIỆM VỤ`);
			lines.push(`${(i % 100) + 1}. Sở Y tế chủ trì nhiệm vụ số ${i}.`);
			for (let j = 0; j < 19; j++) lines.push(`Nội dung chi tiết dòng ${j} của nhiệm vụ ${i}.`);
		}
		const job = pool.read({ source: { kind: 'text', text: lines.join('\n') }, units, maxTasks: 1000 });
		// how late a 10 ms timer fires, again and again, while the job runs (parsing inline stalls it for seconds)
		const lateness: number[] = [];
		let running = true;
		void job.finally(() => (running = false));
		while (running) {
			const start = performance.now();
			await sleep(10);
			lateness.push(performance.now() - start - 10);
		}
		const result = await job;
		expect(result.ok && result.plan.tasks.length).toBeGreaterThan(900);
		lateness.sort((a, b) => a - b);
		const p95 = lateness[Math.floor(lateness.length * 0.95)] ?? 0;
		// bounds for a shared, loaded machine; the result's copy back to this thread is the largest stall
		expect(p95).toBeLessThan(100);
		expect(lateness.at(-1)).toBeLessThan(500);
	});

	it('refuses, in the worker, a text of more tasks than a plan may hold', async () => {
		const lines = ['KẾ HOẠCH', 'II. NHIỆM VỤ'];
		for (let i = 0; i < 20_000; i++) lines.push(`- Sở Y tế chủ trì nhiệm vụ số ${i}`);
		const result = await pool.read({
			source: { kind: 'text', text: lines.join('\n') },
			units,
			maxTasks: 1000
		});
		expect(result).toEqual({ ok: false, problem: 'too-many-tasks' });
	});
});
