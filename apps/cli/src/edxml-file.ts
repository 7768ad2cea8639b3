import { EdxmlError, parseEdxml, type EdxmlPackage } from '@trienkhai/domain';

/** The package of an edXML file and the attached file the tasks are read from (the first .docx or .txt). */
export function readEdxmlBytes(
	bytes: Uint8Array,
	file: string
): { pkg: EdxmlPackage; attachment: { name: string; bytes: Uint8Array; kind: 'docx' | 'text' } } {
	let xml: string;
	try {
		xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (error) {
		throw new Error(`Tệp edXML không phải UTF-8 / edXML file is not UTF-8: ${file}`, { cause: error });
	}
	let pkg;
	try {
		pkg = parseEdxml(xml);
	} catch (error) {
		if (error instanceof EdxmlError) {
			throw new Error(
				`Không phải gói edXML đọc được / not a readable edXML package (${error.code}: ${error.detail}): ${file}`,
				{ cause: error }
			);
		}
		throw error;
	}
	if (pkg.kind !== 'package')
		throw new Error(`Đây là thông điệp trạng thái / this is a status message: ${file}`);
	const docx = pkg.attachments.find(
		(a) => /\.docx$/i.test(a.name) || a.contentType.includes('wordprocessingml')
	);
	const txt = pkg.attachments.find((a) => /\.txt$/i.test(a.name) || a.contentType.startsWith('text/plain'));
	const chosen = docx ?? txt;
	if (!chosen)
		throw new Error(`Gói edXML không có tệp .docx/.txt đính kèm / no .docx or .txt attachment: ${file}`);
	return {
		pkg,
		attachment: { name: chosen.name, bytes: chosen.bytes, kind: chosen === docx ? 'docx' : 'text' }
	};
}
