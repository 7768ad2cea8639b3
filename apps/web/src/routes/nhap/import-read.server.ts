import type { ImportProblem } from '@trienkhai/office';
import { m } from '#lib/paraglide/messages.js';

/** The largest upload or paste the importer reads. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Why the text could not be read. */
export class ImportReadError extends Error {}

/** What was uploaded or pasted, ready for the importer. */
export type ImportSource = { kind: 'text'; text: string } | { kind: 'docx' | 'pdf'; bytes: Uint8Array };

/** Reads the upload (.docx, .pdf, .txt) or the paste: size-checked, UTF-8, and not a binary file. */
export async function readImportSource(form: FormData): Promise<ImportSource> {
	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_IMPORT_BYTES) throw new ImportReadError(m.import_error_too_large());
		const name = file.name.toLowerCase();
		const bytes = new Uint8Array(await file.arrayBuffer());
		if (name.endsWith('.docx')) return { kind: 'docx', bytes };
		if (name.endsWith('.pdf')) return { kind: 'pdf', bytes };
		if (!name.endsWith('.txt') && !name.endsWith('.md'))
			throw new ImportReadError(m.import_error_file_type());
		return { kind: 'text', text: decodeText(bytes) };
	}
	const pasted = form.get('text');
	const text = typeof pasted === 'string' ? pasted : '';
	if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES)
		throw new ImportReadError(m.import_error_too_large());
	if (text.trim() === '') throw new ImportReadError(m.import_error_empty());
	return { kind: 'text', text };
}

function decodeText(bytes: Uint8Array): string {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ImportReadError(m.import_error_unreadable());
	}
	// a binary file that happens to be valid UTF-8 still has control characters everywhere
	// eslint-disable-next-line no-control-regex
	const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
	if (controls > 0 && controls * 100 > text.length) throw new ImportReadError(m.import_error_unreadable());
	if (text.trim() === '') throw new ImportReadError(m.import_error_empty());
	return text;
}

/** The Vietnamese (or English) sentence for a file the import pool did not read. */
export function importProblemMessage(problem: ImportProblem): string {
	switch (problem) {
		case 'not-docx':
		case 'no-body':
			return m.import_error_unreadable();
		case 'bad-xml':
			return m.import_error_bad_xml();
		case 'too-many-entries':
		case 'too-large-inflated':
			return m.import_error_inflated();
		case 'too-many-paragraphs':
			return m.import_error_paragraphs();
		case 'pdf-protected':
			return m.import_error_pdf_protected();
		case 'pdf-scan-without-ocr':
			return m.import_error_pdf_scan();
		case 'pdf-unreadable':
			return m.import_error_unreadable();
		case 'too-many-tasks':
			return m.import_error_tasks();
		case 'timeout':
			return m.import_error_timeout();
		case 'busy':
			return m.import_error_busy();
		case 'failed':
			return m.import_error_failed();
	}
}
