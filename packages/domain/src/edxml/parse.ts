import {
	isEdxmlStatusCode,
	type EdxmlAttachment,
	type EdxmlHeader,
	type EdxmlMessage,
	type EdxmlOrgan,
	type EdxmlPackage,
	type EdxmlResponseFor,
	type EdxmlStatusMessage,
	type EdxmlTrace
} from './model.ts';
import { fromBase64, readWireDate, readWireInstant } from './wire.ts';
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

/** Why a text is not an edXML message this code can read; `detail` names the element at fault. */
export type EdxmlErrorCode = 'not_xml' | 'not_edxml' | 'missing_field' | 'bad_attachment' | 'bad_status';

export class EdxmlError extends Error {
	readonly code: EdxmlErrorCode;
	readonly detail: string;

	constructor(code: EdxmlErrorCode, detail: string) {
		super(`${code}: ${detail}`);
		this.name = 'EdxmlError';
		this.code = code;
		this.detail = detail;
	}
}

/** Reads an edXML document package or status message. Throws EdxmlError with what is wrong. */
export function parseEdxml(xml: string): EdxmlMessage {
	let tree: XmlNode;
	try {
		tree = readXmlTree(xml);
	} catch (error) {
		if (error instanceof XmlReadError) throw new EdxmlError('not_xml', error.message);
		throw error;
	}
	const messageHeader = findElement(tree, 'MessageHeader');
	if (messageHeader) return readPackage(tree, messageHeader);
	const status = findElement(tree, 'Status');
	if (status && child(status, 'StatusCode')) return readStatus(status);
	throw new EdxmlError('not_edxml', 'MessageHeader');
}

function organ(node: XmlNode | null): EdxmlOrgan {
	return {
		organId: text(node, 'OrganId').trim(),
		organName: text(node, 'OrganName').trim(),
		organizationInCharge: text(node, 'OrganizationInCharge').trim(),
		organAdd: text(node, 'OrganAdd'),
		email: text(node, 'Email'),
		telephone: text(node, 'Telephone'),
		fax: text(node, 'Fax'),
		website: text(node, 'Website')
	};
}

function responseFor(node: XmlNode): EdxmlResponseFor {
	return {
		organId: text(node, 'OrganId').trim(),
		code: text(node, 'Code').trim(),
		promulgationDate: readWireDate(text(node, 'PromulgationDate')),
		documentId: text(node, 'DocumentId').trim()
	};
}

function readHeader(h: XmlNode): EdxmlHeader {
	const from = child(h, 'From');
	if (!from || !text(from, 'OrganId').trim()) throw new EdxmlError('missing_field', 'From/OrganId');
	const code = child(h, 'Code');
	const promulgation = child(h, 'PromulgationInfo');
	const type = child(h, 'DocumentType');
	const signer = child(h, 'SignerInfo');
	const other = child(h, 'OtherInfo');
	return {
		from: organ(from),
		to: children(h, 'To').map(organ),
		documentId: text(h, 'DocumentId').trim(),
		codeNumber: text(code, 'CodeNumber').trim(),
		codeNotation: text(code, 'CodeNotation').trim(),
		place: text(promulgation, 'Place').trim(),
		promulgationDate: readWireDate(text(promulgation, 'PromulgationDate')),
		documentType: text(type, 'Type').trim(),
		documentTypeName: text(type, 'TypeName').trim(),
		subject: text(h, 'Subject').trim(),
		content: text(h, 'Content').trim(),
		signer: {
			competence: text(signer, 'Competence').trim(),
			position: text(signer, 'Position').trim(),
			fullName: text(signer, 'FullName').trim()
		},
		dueDate: readWireDate(text(h, 'DueDate')),
		toPlaces: children(child(h, 'ToPlaces'), 'Place')
			.map((p) => text(p, '#text').trim())
			.filter(Boolean),
		priority: text(other, 'Priority').trim(),
		steeringType: text(h, 'SteeringType').trim(),
		responseFor: children(h, 'ResponseFor').map(responseFor)
	};
}

function readTraces(tree: XmlNode): EdxmlTrace[] {
	return children(findElement(tree, 'TraceHeaderList'), 'TraceHeader').map((t) => ({
		organId: text(t, 'OrganId').trim(),
		timestamp: readWireInstant(text(t, 'Timestamp'))
	}));
}

/** `cid:x`, `<x>` and `x` name the same part. */
const bareCid = (id: string) => id.trim().replace(/^cid:/i, '').replace(/^<|>$/g, '');

/**
 * The attachments: each encoded Attachment (base64 in ContentTransferEncoded), named by the manifest's
 * Reference with the same content id when the Attachment itself has no name.
 */
function readAttachments(tree: XmlNode): EdxmlAttachment[] {
	const manifest = findElement(tree, 'edXMLManifest') ?? findElement(tree, 'Manifest');
	const references = new Map(
		children(manifest, 'Reference').map((r) => [
			bareCid(text(r, 'ContentId') || attribute(r, 'href')),
			{
				name: text(r, 'AttachmentName').trim(),
				type: text(r, 'ContentType').trim(),
				description: text(r, 'Description')
			}
		])
	);
	return children(findElement(tree, 'AttachmentEncoded'), 'Attachment').map((a, i) => {
		const contentId = bareCid(text(a, 'ContentId'));
		const ref = references.get(contentId);
		const name = text(a, 'AttachmentName').trim() || ref?.name || '';
		const bytes = fromBase64(text(a, 'ContentTransferEncoded'));
		if (!bytes) throw new EdxmlError('bad_attachment', name || `#${i + 1}`);
		return {
			contentId,
			name,
			contentType: text(a, 'ContentType').trim() || ref?.type || 'application/octet-stream',
			description: text(a, 'Description') || ref?.description || '',
			bytes
		};
	});
}

function readPackage(tree: XmlNode, header: XmlNode): EdxmlPackage {
	return {
		kind: 'package',
		header: readHeader(header),
		traces: readTraces(tree),
		attachments: readAttachments(tree)
	};
}

function readStatus(status: XmlNode): EdxmlStatusMessage {
	const code = text(status, 'StatusCode').trim().padStart(2, '0');
	if (!isEdxmlStatusCode(code)) throw new EdxmlError('bad_status', code);
	const about = child(status, 'ResponseFor');
	if (!about) throw new EdxmlError('missing_field', 'Status/ResponseFor');
	const from = child(status, 'From');
	if (!from || !text(from, 'OrganId').trim()) throw new EdxmlError('missing_field', 'Status/From/OrganId');
	const staff = child(status, 'StaffInfo');
	return {
		kind: 'status',
		responseFor: responseFor(about),
		from: organ(from),
		statusCode: code,
		description: text(status, 'Description').trim(),
		timestamp: readWireInstant(text(status, 'Timestamp')),
		staff: { department: text(staff, 'Department').trim(), staff: text(staff, 'Staff').trim() }
	};
}
