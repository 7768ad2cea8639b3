import { EDXML_NAMESPACE } from './model.ts';
import { fromBase64, readWireDate } from './wire.ts';
import {
	attribute,
	child,
	children,
	findElement,
	readXmlTree,
	text,
	XmlReadError,
	type XmlNode
} from './xml-tree.ts';

/*
 * Checks a document package against the structure of QCVN 102:2016 as far as it is public (the standard's
 * element list as the exchange platform's SDK and the e-office systems write it; the XSD itself is not
 * published): the namespace, the envelope with header and body, the mandatory MessageHeader elements (From
 * with OrganId and OrganName, at least one To with OrganId, Code with CodeNumber and CodeNotation,
 * PromulgationInfo with a date, DocumentType/Type, Subject), a TraceHeaderList with at least one
 * TraceHeader (OrganId, Timestamp), and a manifest Reference for every encoded attachment and back.
 */

/** One departure from the structure: the element's path and what is wrong with it. */
export interface EdxmlStructureProblem {
	path: string;
	problem: 'missing' | 'invalid';
}

function required(node: XmlNode | null, name: string, path: string, out: EdxmlStructureProblem[]): void {
	if (!text(node, name).trim()) out.push({ path: `${path}/${name}`, problem: 'missing' });
}

function checkHeader(h: XmlNode, out: EdxmlStructureProblem[]): void {
	const from = child(h, 'From');
	if (!from) out.push({ path: 'MessageHeader/From', problem: 'missing' });
	else for (const f of ['OrganId', 'OrganName']) required(from, f, 'MessageHeader/From', out);
	const to = children(h, 'To');
	if (to.length === 0) out.push({ path: 'MessageHeader/To', problem: 'missing' });
	to.forEach((t, i) => required(t, 'OrganId', `MessageHeader/To[${i + 1}]`, out));
	const code = child(h, 'Code');
	for (const f of ['CodeNumber', 'CodeNotation']) required(code, f, 'MessageHeader/Code', out);
	const promulgation = child(h, 'PromulgationInfo');
	const date = text(promulgation, 'PromulgationDate');
	if (!date.trim()) out.push({ path: 'MessageHeader/PromulgationInfo/PromulgationDate', problem: 'missing' });
	else if (!readWireDate(date))
		out.push({ path: 'MessageHeader/PromulgationInfo/PromulgationDate', problem: 'invalid' });
	required(child(h, 'DocumentType'), 'Type', 'MessageHeader/DocumentType', out);
	required(h, 'Subject', 'MessageHeader', out);
}

function checkTraces(tree: XmlNode, out: EdxmlStructureProblem[]): void {
	const traces = children(findElement(tree, 'TraceHeaderList'), 'TraceHeader');
	if (traces.length === 0) out.push({ path: 'TraceHeaderList/TraceHeader', problem: 'missing' });
	traces.forEach((t, i) => {
		required(t, 'OrganId', `TraceHeaderList/TraceHeader[${i + 1}]`, out);
		required(t, 'Timestamp', `TraceHeaderList/TraceHeader[${i + 1}]`, out);
	});
}

const bare = (id: string) => id.trim().replace(/^cid:/i, '');

function checkAttachments(tree: XmlNode, out: EdxmlStructureProblem[]): void {
	const manifest = findElement(tree, 'edXMLManifest') ?? findElement(tree, 'Manifest');
	const refs = children(manifest, 'Reference').map((r) => bare(text(r, 'ContentId') || attribute(r, 'href')));
	const encoded = children(findElement(tree, 'AttachmentEncoded'), 'Attachment');
	const ids = encoded.map((a) => bare(text(a, 'ContentId')));
	encoded.forEach((a, i) => {
		if (!refs.includes(ids[i] ?? ''))
			out.push({ path: `AttachmentEncoded/Attachment[${i + 1}]/ContentId`, problem: 'invalid' });
		if (!fromBase64(text(a, 'ContentTransferEncoded')))
			out.push({ path: `AttachmentEncoded/Attachment[${i + 1}]/ContentTransferEncoded`, problem: 'invalid' });
	});
	refs.forEach((id, i) => {
		if (!ids.includes(id)) out.push({ path: `edXMLManifest/Reference[${i + 1}]`, problem: 'invalid' });
	});
}

/** Every structural problem of a document package; an empty list means it conforms as far as checked. */
export function validateEdxmlPackage(xml: string): EdxmlStructureProblem[] {
	let tree: XmlNode;
	try {
		tree = readXmlTree(xml);
	} catch (error) {
		if (error instanceof XmlReadError) return [{ path: '/', problem: 'invalid' }];
		throw error;
	}
	const out: EdxmlStructureProblem[] = [];
	if (!xml.includes(`"${EDXML_NAMESPACE}"`)) out.push({ path: 'xmlns', problem: 'missing' });
	const envelope = findElement(tree, 'edXMLEnvelope');
	if (!envelope) return [...out, { path: 'edXMLEnvelope', problem: 'missing' }];
	const header = child(envelope, 'edXMLHeader');
	if (!header) out.push({ path: 'edXMLEnvelope/edXMLHeader', problem: 'missing' });
	if (!child(envelope, 'edXMLBody')) out.push({ path: 'edXMLEnvelope/edXMLBody', problem: 'missing' });
	const messageHeader = child(header, 'MessageHeader');
	if (!messageHeader) out.push({ path: 'edXMLHeader/MessageHeader', problem: 'missing' });
	else checkHeader(messageHeader, out);
	checkTraces(tree, out);
	checkAttachments(tree, out);
	return out;
}
