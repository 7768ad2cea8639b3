import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '@trienkhai/db';
import { readDocxBlocks } from '@trienkhai/office';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli.ts';

const QB = 'plan-ubnd-qb-kl69';
const QB_TITLE_START = 'Triển khai thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024';

describe('npx trienkhai export on the embedded demo database', () => {
	let dir: string;
	const out: string[] = [];
	const err: string[] = [];
	const io = (): CliIo => ({
		env: { DATA_DIR: dir, DATABASE_URL: '' },
		cwd: dir,
		stdout: { write: (s: string) => out.push(s) } as unknown as CliIo['stdout'],
		stderr: { write: (s: string) => err.push(s) } as unknown as CliIo['stderr']
	});
	const exportTo = async (format: string, file: string) => {
		out.length = 0;
		err.length = 0;
		const code = await runCli(['export', QB, '--format', format, '--out', file], io());
		return { code, stdout: out.join(''), stderr: err.join('') };
	};

	beforeAll(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-export-'));
		const prepared = await prepareDatabase(
			{ kind: 'pglite', dataDir: path.join(dir, 'pglite') },
			{ demo: true }
		);
		await prepared.close();
	});

	afterAll(async () => {
		await fs.rm(dir, { recursive: true, force: true });
	});

	it('writes the plan as an official DOCX whose text has the plan title and its tasks', async () => {
		const result = await exportTo('docx', 'ke-hoach.docx');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const file = path.join(dir, 'ke-hoach.docx');
		const bytes = await fs.readFile(file);
		expect(result.stdout).toBe(`Đã xuất / exported: ${file} (${bytes.byteLength} byte)\n`);
		expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
		const text = (await readDocxBlocks(bytes))
			.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flat().map((c) => c.text)))
			.join('\n');
		expect(text).toContain('KẾ HOẠCH');
		expect(text).toContain(QB_TITLE_START);
		expect(text).toContain('Sở Khoa học và Công nghệ');
	});

	it('writes the task list and the statistics as XLSX workbooks', async () => {
		for (const [format, name] of [
			['xlsx', 'nhiem-vu.xlsx'],
			['stats', 'thong-ke.xlsx']
		] as const) {
			const result = await exportTo(format, name);
			expect(result.code, result.stderr).toBe(0);
			const bytes = await fs.readFile(path.join(dir, name));
			expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
			// an XLSX is a zip package with its workbook part named in the central directory
			expect(bytes.includes(Buffer.from('xl/workbook.xml'))).toBe(true);
			expect(bytes.byteLength).toBeGreaterThan(4_000);
		}
	});

	it('writes the audit log as CSV for Excel: UTF-8 BOM, a header row, one row per event', async () => {
		const result = await exportTo('csv', 'nhat-ky.csv');
		expect(result.code, result.stderr).toBe(0);
		const text = await fs.readFile(path.join(dir, 'nhat-ky.csv'), 'utf8');
		expect(text.startsWith('\ufeffThời gian,Người thực hiện,Đơn vị,Nhiệm vụ,Loại sự kiện,Nội dung\r\n')).toBe(
			true
		);
		const rows = text.trimEnd().split('\r\n');
		expect(rows.length).toBeGreaterThan(20);
		expect(rows[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
	});

	it('names the file after the plan when --out is left out', async () => {
		out.length = 0;
		expect(await runCli(['export', QB, '--format', 'stats', '--json'], io())).toBe(0);
		const result = JSON.parse(out.join('')) as { file: string; bytes: number };
		expect(path.basename(result.file)).toMatch(
			/^thong-ke-ke-hoach-trien-khai-thuc-hien-quyet-dinh-so-709.*\.xlsx$/
		);
		expect((await fs.stat(result.file)).size).toBe(result.bytes);
	});

	it('refuses an unknown plan with exit code 2 and writes nothing', async () => {
		const result = await runCliCapture(['export', 'khong-co-ke-hoach', '--out', 'x.docx']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('Không tìm thấy kế hoạch / no such plan: khong-co-ke-hoach\n');
		await expect(fs.stat(path.join(dir, 'x.docx'))).rejects.toThrow();
	});

	it('refuses a bad --format or a missing plan id with exit code 2 and the usage', async () => {
		const bad = await runCliCapture(['export', QB, '--format', 'pdf', '--out', 'y.pdf']);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('Định dạng không hợp lệ / unknown format: pdf (docx, xlsx, stats, csv)');
		await expect(fs.stat(path.join(dir, 'y.pdf'))).rejects.toThrow();
		const missing = await runCliCapture(['export']);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('Thiếu mã kế hoạch / missing plan id');
	});

	async function runCliCapture(argv: string[]) {
		out.length = 0;
		err.length = 0;
		const code = await runCli(argv, io());
		return { code, stdout: out.join(''), stderr: err.join('') };
	}
});
