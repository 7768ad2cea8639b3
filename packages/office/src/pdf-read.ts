import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { blocksFromText, type ImportBlock } from '@trienkhai/domain';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

const run = promisify(execFile);

/** A PDF the importer cannot read, with the reason in Vietnamese. */
export class PdfReadError extends Error {
	readonly reason: 'damaged' | 'protected' | 'empty' | 'scan-without-ocr';
	constructor(message: string, reason: PdfReadError['reason']) {
		super(message);
		this.name = 'PdfReadError';
		this.reason = reason;
	}
}

/** Reads the text of scanned pages: page images in, text out; null when no OCR engine is installed. */
export type PdfOcr = (bytes: Uint8Array, pages: number) => Promise<string | null>;

// a page with fewer letters than this has no text layer: a scan
const SCANNED_PAGE_LETTERS = 40;

interface Line {
	y: number;
	items: { x: number; end: number; text: string }[];
}

/** The items of one page as lines, top to bottom; a wide gap between two items becomes a tab (a table's columns). */
function pageLines(items: readonly TextItem[]): string[] {
	const lines: Line[] = [];
	for (const item of items) {
		if (item.str === '') continue;
		const transform = item.transform as number[];
		const x = transform[4] ?? 0;
		const y = transform[5] ?? 0;
		const height = Math.abs(transform[3] ?? item.height) || 10;
		let line = lines.find((l) => Math.abs(l.y - y) < height * 0.5);
		if (line === undefined) {
			line = { y, items: [] };
			lines.push(line);
		}
		line.items.push({ x, end: x + item.width, text: item.str });
	}
	lines.sort((a, b) => b.y - a.y);
	return lines.map((line) => {
		const parts = [...line.items].sort((a, b) => a.x - b.x);
		let out = '';
		let end: number | null = null;
		for (const p of parts) {
			if (end !== null) {
				const gap = p.x - end;
				if (gap > 24) out += '\t';
				else if (gap > 1 && !out.endsWith(' ') && !p.text.startsWith(' ')) out += ' ';
			}
			out += p.text;
			end = p.end;
		}
		return out.replace(/[ \u00a0]+/g, ' ').trimEnd();
	});
}

/** The text layer of every page, pages separated by a form feed; also how many pages look scanned. */
async function textLayer(bytes: Uint8Array): Promise<{ text: string; pages: number; scanned: number }> {
	// a copy: pdf.js takes the buffer over, and refuses a Node Buffer
	const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
	let doc;
	try {
		doc = await task.promise;
	} catch (error) {
		const name = (error as { name?: string }).name;
		throw name === 'PasswordException'
			? new PdfReadError('Tệp PDF có mật khẩu: hãy gỡ mật khẩu rồi nhập lại', 'protected')
			: new PdfReadError('Tệp PDF bị hỏng hoặc không phải PDF: không đọc được', 'damaged');
	}
	try {
		const pages: string[] = [];
		let scanned = 0;
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const items = content.items.filter((i): i is TextItem => 'str' in i);
			const lines = pageLines(items);
			if (lines.join('').replace(/[^\p{L}]/gu, '').length < SCANNED_PAGE_LETTERS) scanned++;
			pages.push(lines.join('\n'));
			page.cleanup();
		}
		return { text: pages.join('\n\f'), pages: doc.numPages, scanned };
	} finally {
		await task.destroy();
	}
}

/**
 * Debian's Tesseract with its Vietnamese data (`tesseract-ocr-vie`), pages rasterised by poppler's `pdftoppm`
 * at 300 dpi; null when either program or the Vietnamese data is missing.
 */
export const tesseractOcr: PdfOcr = async (bytes, pages) => {
	try {
		const { stdout } = await run('tesseract', ['--list-langs']);
		if (!/^vie$/m.test(stdout)) return null;
		await run('pdftoppm', ['-v']);
	} catch {
		return null;
	}
	const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-ocr-'));
	try {
		await fs.writeFile(path.join(dir, 'in.pdf'), bytes);
		await run('pdftoppm', ['-r', '300', '-gray', '-png', path.join(dir, 'in.pdf'), path.join(dir, 'page')], {
			timeout: 60_000 * Math.max(1, pages)
		});
		const images = (await fs.readdir(dir)).filter((f) => f.endsWith('.png')).sort();
		const texts: string[] = [];
		for (const image of images) {
			const { stdout } = await run('tesseract', [path.join(dir, image), '-', '-l', 'vie', '--psm', '4'], {
				maxBuffer: 16 * 1024 * 1024,
				timeout: 120_000
			});
			texts.push(stdout);
		}
		return texts.join('\n\f');
	} finally {
		await fs.rm(dir, { recursive: true, force: true });
	}
};

/**
 * Reads a PDF into importer blocks: the text layer when it has one (lines rebuilt from the positions of the
 * words; a wide gap is a table column), the scanned pages through OCR otherwise. Throws PdfReadError with a
 * Vietnamese message on a damaged or protected file, and on a scan when no OCR engine is installed.
 */
export async function readPdfBlocks(bytes: Uint8Array, ocr: PdfOcr = tesseractOcr): Promise<ImportBlock[]> {
	const layer = await textLayer(bytes);
	if (layer.pages === 0) throw new PdfReadError('Tệp PDF không có trang nào', 'empty');
	if (layer.scanned * 2 <= layer.pages) return blocksFromText(layer.text);
	const text = await ocr(bytes, layer.pages);
	if (text === null) {
		throw new PdfReadError(
			'Tệp PDF là bản quét (không có lớp chữ) và máy chủ chưa cài Tesseract với dữ liệu tiếng Việt ' +
				'(gói tesseract-ocr-vie và poppler-utils) để nhận dạng chữ: hãy nhập bản .docx hoặc PDF có lớp chữ',
			'scan-without-ocr'
		);
	}
	return blocksFromText(text);
}
