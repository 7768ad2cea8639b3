import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { seedLetterPackage } from '@trienkhai/office/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli.ts';

function sink(): Writable & { text: () => string } {
	const chunks: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			chunks.push(chunk.toString());
			done();
		}
	});
	return Object.assign(stream, { text: () => chunks.join('') });
}

describe('trienkhai import of an edXML package', () => {
	let dir = '';
	beforeAll(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-edxml-'));
	});
	afterAll(async () => {
		await fs.rm(dir, { recursive: true, force: true });
	});
	const cli = async (args: string[]) => {
		const stdout = sink();
		const stderr = sink();
		const io: CliIo = { env: {}, cwd: dir, stdout, stderr };
		const code = await runCli(args, io);
		return { code, stdout: stdout.text(), stderr: stderr.text() };
	};

	it('reads the tasks of the package’s attached Word file', async () => {
		const { xml } = await seedLetterPackage();
		await fs.writeFile(path.join(dir, '2241.edxml'), xml);
		const result = await cli(['import', '2241.edxml', '--json']);
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout) as {
			document: { number: string };
			tasks: Array<{ lead: string }>;
		};
		expect(json.document.number).toBe('2241');
		expect(json.tasks.map((t) => t.lead)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
	});

	it('exits 2 with a clear message on XML that is not a package', async () => {
		await fs.writeFile(path.join(dir, 'x.xml'), '<html/>');
		const result = await cli(['import', 'x.xml']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(
			'Không phải gói edXML đọc được / not a readable edXML package (not_edxml'
		);
	});
});
