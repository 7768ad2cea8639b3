// Hostile Word files for the importer's limits tests and the hostile-user benchmark, built as a stream so the
// test process never holds what they inflate to.
import { Readable } from 'node:stream';
import JSZip from 'jszip';

const HEAD =
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
	'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const TAIL = '</w:body></w:document>';

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

async function pack(documentXml: string | Readable, extra: Record<string, string> = {}): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
	zip.file('word/document.xml', documentXml, { binary: false });
	for (const [name, content] of Object.entries(extra)) zip.file(name, content);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
}

/** A `.docx` whose document.xml inflates to about `inflatedBytes` of whitespace between two paragraphs. */
export async function bombDocx(inflatedBytes: number): Promise<Uint8Array> {
	const chunk = ' '.repeat(1024 * 1024);
	let left = inflatedBytes;
	const body = Readable.from(
		(function* () {
			yield HEAD + paragraph('KẾ HOẠCH');
			while (left > 0) {
				const n = Math.min(left, chunk.length);
				left -= n;
				yield chunk.slice(0, n);
			}
			yield paragraph('II. NHIỆM VỤ') + TAIL;
		})()
	);
	return pack(body);
}

/** A plan of `n` one-line task paragraphs: small when zipped (a 100,000-paragraph one is about 15 KB). */
export async function manyParagraphsDocx(n: number): Promise<Uint8Array> {
	const parts = [HEAD, paragraph('KẾ HOẠCH'), paragraph('II. NHIỆM VỤ')];
	for (let i = 0; i < n; i++) parts.push(paragraph('- Sở Y tế chủ trì thực hiện'));
	parts.push(TAIL);
	return pack(parts.join(''));
}

/** A `.docx` whose document.xml stops in the middle of an element. */
export async function truncatedDocx(): Promise<Uint8Array> {
	const xml = HEAD + paragraph('KẾ HOẠCH') + paragraph('II. NHIỆM VỤ') + paragraph('1. Sở Y tế chủ trì');
	return pack(xml.slice(0, xml.length - 17));
}

/** A `.docx` with `n` extra empty files in its package. */
export async function manyEntriesDocx(n: number): Promise<Uint8Array> {
	const extra: Record<string, string> = {};
	for (let i = 0; i < n; i++) extra[`customXml/item${i}.xml`] = '';
	return pack(HEAD + paragraph('KẾ HOẠCH') + TAIL, extra);
}

/** A small valid plan, for the pool's happy path. */
export async function smallPlanDocx(): Promise<Uint8Array> {
	return pack(
		HEAD +
			[
				'KẾ HOẠCH',
				'Triển khai thử',
				'II. NHIỆM VỤ',
				'1. Sở Y tế chủ trì rà soát quy trình; hoàn thành Quý II/2025.'
			]
				.map(paragraph)
				.join('') +
			TAIL
	);
}
