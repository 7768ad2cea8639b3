import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import type { ImportJson } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli.ts';

const corpus = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../../../packages/domain/src/import/corpus'
);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const out: string[] = [];
	const err: string[] = [];
	const sink = (to: string[]): Writable =>
		new Writable({
			write(chunk: Buffer | string, _encoding, done) {
				to.push(chunk.toString());
				done();
			}
		});
	const io: CliIo = { env: {}, cwd: corpus, stdout: sink(out), stderr: sink(err) };
	const code = await runCli(args, io);
	return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('trienkhai import <file.pdf>', () => {
	it('prints the JSON contract for a PDF as for its text', async () => {
		const pdf = await cli(['import', 'son-la-qd-254-bao-ve-bmnn.pdf', '--json']);
		const txt = await cli(['import', 'son-la-qd-254-bao-ve-bmnn.txt', '--json']);
		expect(pdf.code).toBe(0);
		const fromPdf = JSON.parse(pdf.stdout) as ImportJson;
		const fromText = JSON.parse(txt.stdout) as ImportJson;
		expect(Object.keys(fromPdf)).toEqual(['document', 'tasks']);
		expect(Object.keys(fromPdf.tasks[0] ?? {})).toEqual([
			'code',
			'content',
			'lead',
			'coordinators',
			'deadline',
			'output',
			'source'
		]);
		expect(fromPdf.document.number).toBe('254');
		expect(fromPdf.tasks.map((t) => [t.code, t.lead, t.coordinators])).toEqual(
			fromText.tasks.map((t) => [t.code, t.lead, t.coordinators])
		);
	}, 60_000);

	it('refuses a damaged PDF with a Vietnamese message', async () => {
		const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-pdf-'));
		await fs.writeFile(path.join(dir, 'hong.pdf'), '%PDF-1.7 cắt ngang');
		const result = await cli(['import', path.join(dir, 'hong.pdf')]);
		await fs.rm(dir, { recursive: true, force: true });
		expect(result.code).not.toBe(0);
		expect(result.stderr).toMatch(/Tệp PDF bị hỏng hoặc không phải PDF/);
	});
});
