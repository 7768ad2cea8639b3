import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { blocksFromText, importPlan } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { PdfReadError, readPdfBlocks, tesseractOcr } from './pdf-read.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../domain/src/import/corpus');
const read = async (file: string): Promise<Uint8Array> => new Uint8Array(await fs.readFile(file));

async function ocrInstalled(): Promise<boolean> {
	try {
		const { stdout } = await promisify(execFile)('tesseract', ['--list-langs']);
		await promisify(execFile)('pdftoppm', ['-v']);
		return /^vie$/m.test(stdout);
	} catch {
		return false;
	}
}

describe('PDF reader', () => {
	it('reads a text-layer PDF (LibreOffice export of a corpus plan) to the same tasks as its text', async () => {
		const fromPdf = importPlan(
			await readPdfBlocks(await read(path.join(corpus, 'son-la-qd-254-bao-ve-bmnn.pdf')))
		);
		const text = await fs.readFile(path.join(corpus, 'son-la-qd-254-bao-ve-bmnn.txt'), 'utf8');
		const fromText = importPlan(blocksFromText(text));
		expect(fromPdf.document.number).toBe('254');
		expect(fromPdf.tasks.length).toBe(fromText.tasks.length);
		expect(fromPdf.tasks.map((t) => [t.code, t.lead])).toEqual(fromText.tasks.map((t) => [t.code, t.lead]));
		expect(fromPdf.tasks.find((t) => t.lead === 'Sở Tài chính')?.content).toMatch(
			/^Căn cứ dự toán do Công an tỉnh lập/
		);
	}, 60_000);

	it('refuses a damaged file with a Vietnamese message', async () => {
		await expect(readPdfBlocks(new TextEncoder().encode('%PDF-1.7 cắt ngang'))).rejects.toThrow(
			/Tệp PDF bị hỏng hoặc không phải PDF/
		);
	});

	it('says so clearly when a scan comes without an OCR engine', async () => {
		const scan = await read(path.join(here, 'fixtures/son-la-254-trang-3-ban-quet.pdf'));
		const error: unknown = await readPdfBlocks(scan, () => Promise.resolve(null)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(PdfReadError);
		expect((error as Error).message).toMatch(/bản quét.*tesseract-ocr-vie/);
	});

	it('reads a scanned page through Tesseract when it is installed, else gives the clear message', async () => {
		const scan = await read(path.join(here, 'fixtures/son-la-254-trang-3-ban-quet.pdf'));
		if (!(await ocrInstalled())) {
			await expect(readPdfBlocks(scan, tesseractOcr)).rejects.toThrow(/tesseract-ocr-vie/);
			return;
		}
		const plan = importPlan(await readPdfBlocks(scan, tesseractOcr));
		const leads = plan.tasks.map((t) => t.lead);
		expect(leads).toContain('Công an tỉnh');
		expect(leads).toContain('Sở Nội vụ');
		expect(plan.tasks.find((t) => t.lead === 'Sở Nội vụ')?.content).toMatch(/Văn phòng UBND tỉnh/);
	}, 180_000);
});
