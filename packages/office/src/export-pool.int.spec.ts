import { newReportTask } from '@trienkhai/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { runExportJob } from './export-job.ts';
import { createImportPool } from './import-pool.ts';
import { samplePlan } from './sample-plan.ts';

const NOW = new Date('2025-01-20T03:00:00Z');

/** A plan of `n` tasks in one group: seconds of work for the DOCX writer. */
function hugePlan(n: number) {
	const plan = samplePlan();
	const tasks = Array.from({ length: n }, (_, i) =>
		newReportTask({
			id: `t${i}`,
			code: `1.${i}`,
			content: `Nhiệm vụ số ${i} `.repeat(20),
			leadName: 'Sở Y tế'
		})
	);
	return { ...plan, groups: [{ ...plan.groups[0]!, tasks }] };
}

// Real worker threads (piscina), the same pool that reads imports.
describe('exports in the pool', () => {
	const pool = createImportPool({ threads: 1, exportTimeoutMs: 60_000 });
	const impatient = createImportPool({ threads: 1, exportTimeoutMs: 50 });

	afterAll(async () => {
		await Promise.all([pool.close(), impatient.close()]);
	});

	it('writes the plan DOCX and the statistics XLSX in a worker thread, as the inline writer does', async () => {
		const docx = await pool.render({ kind: 'plan-docx', input: samplePlan() });
		expect(docx.ok).toBe(true);
		if (!docx.ok) return;
		expect(Buffer.from(docx.bytes.subarray(0, 2)).toString()).toBe('PK');
		const plan = samplePlan();
		const input = { title: plan.title, groups: plan.groups, now: NOW };
		const xlsx = await pool.render({ kind: 'statistics-xlsx', input });
		expect(xlsx.ok).toBe(true);
		if (xlsx.ok) expect(xlsx.bytes.byteLength).toBeGreaterThan(1000);
		const inline = await runExportJob({ kind: 'statistics-xlsx', input });
		expect(inline.byteLength).toBeGreaterThan(1000);
	});

	it('stops an export that takes longer than its time limit, and the pool goes on working', async () => {
		const slow = await impatient.render({ kind: 'plan-docx', input: hugePlan(5000) });
		expect(slow).toEqual({ ok: false, problem: 'timeout' });
		const small = await pool.render({ kind: 'plan-docx', input: samplePlan() });
		expect(small.ok).toBe(true);
	});
});
