import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildPeriodicReport, reportPeriodOf } from '@trienkhai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanDocx } from './plan-docx.ts';
import { renderReportDocx } from './report-docx.ts';
import { samplePlan } from './sample-plan.ts';

const run = promisify(execFile);

/** Converts a DOCX to PDF with LibreOffice in a private profile; throws when the conversion fails. */
async function toPdf(dir: string, name: string, bytes: Uint8Array): Promise<Buffer> {
	const file = path.join(dir, `${name}.docx`);
	await fs.writeFile(file, bytes);
	await run(
		'soffice',
		[
			`-env:UserInstallation=file://${dir}/profile`,
			'--headless',
			'--convert-to',
			'pdf',
			'--outdir',
			dir,
			file
		],
		{ timeout: 150_000 }
	);
	return fs.readFile(path.join(dir, `${name}.pdf`));
}

/** Page sizes in points from the pages' MediaBoxes (LibreOffice also writes a square union box on /Pages: skipped). */
function pageSizes(pdf: Buffer): string[] {
	return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)]
		.map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`)
		.filter((size) => size.split('x')[0] !== size.split('x')[1]);
}

describe('DOCX renders in LibreOffice', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-docx-pdf-'));
	});
	afterAll(async () => {
		if (process.env.KEEP_DOCX_PDF) return;
		await fs.rm(dir, { recursive: true, force: true });
	});

	it(
		'converts the plan to a PDF with A4 portrait pages then the landscape appendix',
		{ timeout: 180_000 },
		async () => {
			const pdf = await toPdf(dir, 'plan', await renderPlanDocx(samplePlan()));
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			const sizes = pageSizes(pdf);
			// A4 in points: 595 x 842
			expect(sizes[0]).toBe('595x842');
			expect(sizes.at(-1)).toBe('842x595');
			expect(sizes.length).toBeGreaterThanOrEqual(2);
		}
	);

	it('converts a periodic report', { timeout: 180_000 }, async () => {
		const plan = samplePlan();
		const report = buildPeriodicReport({
			planReference: 'Kế hoạch số 1520/KH-UBND ngày 01/08/2024 của Ủy ban nhân dân tỉnh Quảng Bình',
			groups: plan.groups,
			period: { kind: 'quarter', ...reportPeriodOf('quarter', '2024-10-01') },
			unit: null,
			now: new Date('2025-01-20T03:00:00Z')
		});
		const pdf = await toPdf(
			dir,
			'report',
			await renderReportDocx({ ...plan, number: null, date: null, report })
		);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pageSizes(pdf).at(-1)).toBe('842x595');
	});
});
