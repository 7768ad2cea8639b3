import JSZip from 'jszip';
import { DocxReadError, type DocxLimits } from './docx-limits.ts';

/** The zip package of a `.docx`, opened without inflating anything yet; refused past the entry limit. */
export async function openDocxZip(bytes: Uint8Array, limits: DocxLimits): Promise<JSZip> {
	let zip: JSZip;
	try {
		zip = await JSZip.loadAsync(bytes);
	} catch {
		throw new DocxReadError(
			'not-docx',
			'Tệp không phải tài liệu Word (.docx) hợp lệ / not a valid .docx file'
		);
	}
	if (Object.keys(zip.files).length > limits.maxEntries) {
		throw new DocxReadError('too-many-entries', `more than ${limits.maxEntries} files in the package`);
	}
	return zip;
}

/**
 * One part of the package as text, inflated as a stream and abandoned as soon as it passes `maxXmlBytes`,
 * so a bomb (a few hundred KB inflating to gigabytes) costs at most the limit in memory. Null when absent.
 */
export async function readZipText(zip: JSZip, path: string, limits: DocxLimits): Promise<string | null> {
	const file = zip.file(path);
	if (file === null) return null;
	const chunks: Buffer[] = [];
	let total = 0;
	// JSZip's stream is an old-style one (events, no async iteration); pausing it stops the inflating
	const stream = file.nodeStream('nodebuffer');
	await new Promise<void>((resolve, reject) => {
		stream.on('data', (chunk: Buffer) => {
			total += chunk.byteLength;
			if (total > limits.maxXmlBytes) {
				stream.pause();
				stream.removeAllListeners('data');
				chunks.length = 0;
				reject(new DocxReadError('too-large-inflated', `${path} inflates past ${limits.maxXmlBytes} bytes`));
				return;
			}
			chunks.push(chunk);
		});
		stream.on('end', () => resolve());
		stream.on('error', (error: unknown) =>
			reject(new DocxReadError('not-docx', `${path} cannot be inflated: ${String(error)}`))
		);
	});
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, total));
	} catch {
		throw new DocxReadError('bad-xml', `${path} is not UTF-8`);
	}
}
