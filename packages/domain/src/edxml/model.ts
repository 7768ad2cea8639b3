/**
 * The edXML message model of QCVN 102:2016/BTTTT (namespace below): what e-office systems and the national
 * document exchange platform send each other. A document package carries a message header, a trace header
 * list and the document's files as attachments; a status message reports what happened to a sent package.
 * Only the fields of the public structure are modelled; dates are ISO 'YYYY-MM-DD' here, whatever the wire
 * writes.
 */

/** The standard's XML namespace. */
export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

/** An organisation as edXML names it: its identifier code (mã định danh) and names. */
export interface EdxmlOrgan {
	organId: string;
	organName: string;
	organizationInCharge: string;
	organAdd: string;
	email: string;
	telephone: string;
	fax: string;
	website: string;
}

/** The document a status or a response refers to. */
export interface EdxmlResponseFor {
	organId: string;
	code: string;
	/** ISO date, or null when the message does not give a readable one. */
	promulgationDate: string | null;
	documentId: string;
}

/** One hop the package went through: the organisation and when (ISO instant or the original text). */
export interface EdxmlTrace {
	organId: string;
	timestamp: string;
}

/** A file carried by the package. */
export interface EdxmlAttachment {
	contentId: string;
	name: string;
	contentType: string;
	description: string;
	bytes: Uint8Array;
}

/** The message header of a document package (MessageHeader). */
export interface EdxmlHeader {
	from: EdxmlOrgan;
	to: EdxmlOrgan[];
	documentId: string;
	/** CodeNumber, e.g. '2241'. */
	codeNumber: string;
	/** CodeNotation, e.g. 'CV/TU'. */
	codeNotation: string;
	place: string;
	/** ISO date of promulgation, null when unreadable. */
	promulgationDate: string | null;
	/** DocumentType/Type: the numeric code of the national list, as text. */
	documentType: string;
	documentTypeName: string;
	subject: string;
	content: string;
	signer: { competence: string; position: string; fullName: string };
	/** ISO date, null when none. */
	dueDate: string | null;
	toPlaces: string[];
	priority: string;
	steeringType: string;
	responseFor: EdxmlResponseFor[];
}

/** A document package: header, trace list, attachments. */
export interface EdxmlPackage {
	kind: 'package';
	header: EdxmlHeader;
	traces: EdxmlTrace[];
	attachments: EdxmlAttachment[];
}

/**
 * The status codes of a status message, as the exchange platform numbers them: 01 received (đã đến),
 * 02 refused (từ chối), 03 accepted (đã tiếp nhận), 04 assigned (phân công), 05 in progress (đang xử
 * lý), 06 done (hoàn thành).
 */
export const EDXML_STATUS_CODES = {
	'01': 'received',
	'02': 'refused',
	'03': 'accepted',
	'04': 'assigned',
	'05': 'in_progress',
	'06': 'done'
} as const;
export type EdxmlStatusCode = keyof typeof EDXML_STATUS_CODES;
export type EdxmlStatusName = (typeof EDXML_STATUS_CODES)[EdxmlStatusCode];

export function isEdxmlStatusCode(value: string): value is EdxmlStatusCode {
	return Object.hasOwn(EDXML_STATUS_CODES, value);
}

/** A status message (Status): who reports what about which document. */
export interface EdxmlStatusMessage {
	kind: 'status';
	responseFor: EdxmlResponseFor;
	from: EdxmlOrgan;
	statusCode: EdxmlStatusCode;
	description: string;
	/** ISO instant when readable, else the original text. */
	timestamp: string;
	staff: { department: string; staff: string };
}

export type EdxmlMessage = EdxmlPackage | EdxmlStatusMessage;

/** An organisation with only its code and name given; the other fields empty. */
export function edxmlOrgan(organId: string, organName: string, organizationInCharge = organName): EdxmlOrgan {
	return {
		organId,
		organName,
		organizationInCharge,
		organAdd: '',
		email: '',
		telephone: '',
		fax: '',
		website: ''
	};
}
