import { XMLBuilder } from 'fast-xml-parser';
import {
	EDXML_NAMESPACE,
	type EdxmlHeader,
	type EdxmlOrgan,
	type EdxmlPackage,
	type EdxmlResponseFor,
	type EdxmlStatusMessage
} from './model.ts';
import { toBase64, writeWireDate, writeWireInstant } from './wire.ts';

/*
 * Writes edXML in the layout the exchange platform's SDK uses: an `edXML` root in the standard's namespace,
 * the `edXML:edXMLEnvelope` (header: MessageHeader or Status, TraceHeaderList; body: the manifest of
 * attachment references), and the files base64-encoded in `AttachmentEncoded` after the envelope.
 * fast-xml-parser's builder escapes every text and attribute.
 */

const XLINK = 'http://www.w3.org/1999/xlink';
const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	format: true,
	indentBy: '  ',
	suppressEmptyNode: false
});

type Tree = { [key: string]: string | Tree | Tree[] };

const p = (name: string) => `edXML:${name}`;

function organ(o: EdxmlOrgan): Tree {
	return {
		[p('OrganId')]: o.organId,
		[p('OrganizationInCharge')]: o.organizationInCharge,
		[p('OrganName')]: o.organName,
		[p('OrganAdd')]: o.organAdd,
		[p('Email')]: o.email,
		[p('Telephone')]: o.telephone,
		[p('Fax')]: o.fax,
		[p('Website')]: o.website
	};
}

function responseFor(r: EdxmlResponseFor): Tree {
	return {
		[p('OrganId')]: r.organId,
		[p('Code')]: r.code,
		[p('PromulgationDate')]: r.promulgationDate ? writeWireDate(r.promulgationDate) : '',
		[p('DocumentId')]: r.documentId
	};
}

function messageHeader(h: EdxmlHeader): Tree {
	return {
		[p('From')]: organ(h.from),
		[p('To')]: h.to.map(organ),
		[p('DocumentId')]: h.documentId,
		[p('Code')]: { [p('CodeNumber')]: h.codeNumber, [p('CodeNotation')]: h.codeNotation },
		[p('PromulgationInfo')]: {
			[p('Place')]: h.place,
			[p('PromulgationDate')]: h.promulgationDate ? writeWireDate(h.promulgationDate) : ''
		},
		[p('DocumentType')]: { [p('Type')]: h.documentType, [p('TypeName')]: h.documentTypeName },
		[p('Subject')]: h.subject,
		[p('Content')]: h.content,
		[p('SignerInfo')]: {
			[p('Competence')]: h.signer.competence,
			[p('Position')]: h.signer.position,
			[p('FullName')]: h.signer.fullName
		},
		[p('DueDate')]: h.dueDate ? writeWireDate(h.dueDate) : '',
		[p('ToPlaces')]: { [p('Place')]: h.toPlaces.map((place) => ({ '#text': place })) },
		[p('OtherInfo')]: { [p('Priority')]: h.priority },
		[p('SteeringType')]: h.steeringType,
		[p('ResponseFor')]: h.responseFor.map(responseFor)
	};
}

function envelope(header: Tree, body: Tree | null, extra: Tree = {}): string {
	const tree = {
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		edXML: {
			'@_xmlns': EDXML_NAMESPACE,
			[p('edXMLEnvelope')]: {
				'@_xmlns:edXML': EDXML_NAMESPACE,
				[p('edXMLHeader')]: header,
				...(body ? { [p('edXMLBody')]: body } : {})
			},
			...extra
		}
	};
	return String(builder.build(tree));
}

/** The XML of a document package. */
export function serialiseEdxmlPackage(pkg: EdxmlPackage): string {
	const header: Tree = {
		[p('MessageHeader')]: messageHeader(pkg.header),
		[p('TraceHeaderList')]: {
			[p('TraceHeader')]: pkg.traces.map((t) => ({
				[p('OrganId')]: t.organId,
				[p('Timestamp')]: Number.isNaN(Date.parse(t.timestamp)) ? t.timestamp : writeWireInstant(t.timestamp)
			}))
		}
	};
	const body: Tree = {
		[p('edXMLManifest')]: {
			'@_version': '1.0',
			[p('Reference')]: pkg.attachments.map((a) => ({
				'@_xmlns:xlink': XLINK,
				'@_xlink:href': `cid:${a.contentId}`,
				[p('ContentId')]: `cid:${a.contentId}`,
				[p('ContentType')]: a.contentType,
				[p('Description')]: a.description,
				[p('AttachmentName')]: a.name
			}))
		}
	};
	const attachments: Tree = {
		AttachmentEncoded: {
			Attachment: pkg.attachments.map((a) => ({
				ContentType: a.contentType,
				ContentId: a.contentId,
				Description: a.description,
				ContentTransferEncoded: toBase64(a.bytes),
				AttachmentName: a.name
			}))
		}
	};
	return envelope(header, body, pkg.attachments.length > 0 ? attachments : {});
}

/** The XML of a status message. */
export function serialiseEdxmlStatus(status: EdxmlStatusMessage): string {
	return envelope(
		{
			[p('Status')]: {
				[p('ResponseFor')]: responseFor(status.responseFor),
				[p('From')]: organ(status.from),
				[p('StatusCode')]: status.statusCode,
				[p('Description')]: status.description,
				[p('Timestamp')]: Number.isNaN(Date.parse(status.timestamp))
					? status.timestamp
					: writeWireInstant(status.timestamp),
				[p('StaffInfo')]: { [p('Department')]: status.staff.department, [p('Staff')]: status.staff.staff }
			}
		},
		null
	);
}
