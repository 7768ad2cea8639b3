import fs from 'node:fs/promises';
import path from 'node:path';
import {
	DIRECTIVE_TYPES,
	blocksFromText,
	formatDateVi,
	importPlan,
	toImportJson,
	type ImportBlock,
	type ImportedPlan
} from '@trienkhai/domain';
import { DocxReadError, PdfReadError, readDocxBlocks, readPdfBlocks } from '@trienkhai/office';
import { readEdxmlBytes } from './edxml-file.ts';

/** Files `trienkhai import` reads, by extension. */
export const IMPORT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.text', '.md', '.xml', '.edxml'] as const;

/** A file that cannot be imported, with a message in Vietnamese and English. */
export class ImportFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportFileError';
	}
}

/** Reads a .docx, a .pdf (text layer, or OCR of a scan) or a UTF-8 text file into importer blocks. */
export async function readImportFile(file: string): Promise<ImportBlock[]> {
	const ext = path.extname(file).toLowerCase();
	if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
		throw new ImportFileError(
			`Định dạng tệp không được hỗ trợ / unsupported file type: ${ext === '' ? '(không có đuôi / none)' : ext} ` +
				`(hỗ trợ / supported: ${IMPORT_EXTENSIONS.join(', ')})`
		);
	}
	let bytes: Uint8Array;
	try {
		bytes = await fs.readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ImportFileError(
			code === 'ENOENT'
				? `Không tìm thấy tệp / file not found: ${file}`
				: code === 'EISDIR'
					? `Đây là thư mục, không phải tệp / is a directory: ${file}`
					: `Không đọc được tệp / cannot read file: ${file} (${code ?? String(error)})`
		);
	}
	if (ext === '.xml' || ext === '.edxml') {
		// an edXML package (QCVN 102:2016): the tasks come from its attached Word or text file
		let attachment;
		try {
			attachment = readEdxmlBytes(bytes, file).attachment;
		} catch (error) {
			throw new ImportFileError(error instanceof Error ? error.message : String(error));
		}
		if (attachment.kind === 'text') return blocksFromText(new TextDecoder().decode(attachment.bytes));
		bytes = attachment.bytes;
	}
	if (ext === '.docx' || ext === '.xml' || ext === '.edxml') {
		try {
			return await readDocxBlocks(bytes);
		} catch (error) {
			if (error instanceof DocxReadError) throw new ImportFileError(`${error.message}: ${file}`);
			throw error;
		}
	}
	if (ext === '.pdf') {
		try {
			return await readPdfBlocks(bytes);
		} catch (error) {
			if (error instanceof PdfReadError) throw new ImportFileError(`${error.message}: ${file}`);
			throw error;
		}
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ImportFileError(`Tệp văn bản không phải UTF-8 / text file is not UTF-8: ${file}`);
	}
	return blocksFromText(text.replace(/^\uFEFF/, ''));
}

function cut(text: string, width: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}

/** A readable Vietnamese summary: the document, then one line per task. */
export function describeImport(plan: ImportedPlan): string {
	const d = plan.document;
	const number = d.number === null ? '—' : `${d.number}${d.style === 'party' ? '-' : '/'}${d.symbol ?? ''}`;
	const lines = [
		`Văn bản: ${d.type === null ? '—' : DIRECTIVE_TYPES[d.type]} số ${number}` +
			(d.date === null ? '' : `, ngày ${formatDateVi(d.date)}`) +
			(d.issuer === null ? '' : `, ${d.issuer}`),
		...(d.title === null ? [] : [`Trích yếu: ${d.title}`]),
		...d.implements.map((c) => `Thực hiện: ${c.text}`),
		`Nhiệm vụ: ${plan.tasks.length} trong ${plan.groups.length} nhóm`,
		''
	];
	if (plan.tasks.length > 0) {
		lines.push(`${'Mã'.padEnd(12)} ${'Chủ trì'.padEnd(32)} ${'Thời hạn'.padEnd(22)} Nội dung`);
		for (const t of plan.tasks) {
			lines.push(
				`${cut(t.code, 12)} ${cut(t.lead ?? '(chưa rõ)', 32)} ${cut(t.deadline?.text ?? '—', 22)} ${cut(t.content, 60).trimEnd()}`
			);
		}
		lines.push('');
	}
	for (const w of plan.warnings) lines.push(`Lưu ý: ${w}`);
	return `${lines.join('\n')}\n`;
}

/** `trienkhai import <file> [--json]`: reads a plan file and prints what the importer found. */
export async function importCommand(
	args: readonly string[],
	options: { json: boolean; cwd: string }
): Promise<{ ok: true; output: string } | { ok: false; message: string }> {
	if (args.length !== 1 || args[0] === undefined) {
		return {
			ok: false,
			message:
				args.length === 0
					? 'Thiếu tệp kế hoạch / missing plan file: trienkhai import <tệp.docx|tệp.pdf|tệp.txt> [--json]'
					: 'Thừa tham số / too many arguments: trienkhai import <tệp.docx|tệp.pdf|tệp.txt> [--json]'
		};
	}
	try {
		const blocks = await readImportFile(path.resolve(options.cwd, args[0]));
		const plan = importPlan(blocks);
		return {
			ok: true,
			output: options.json ? `${JSON.stringify(toImportJson(plan))}\n` : describeImport(plan)
		};
	} catch (error) {
		if (error instanceof ImportFileError) return { ok: false, message: error.message };
		throw error;
	}
}
