export {
	EDXML_NAMESPACE,
	EDXML_STATUS_CODES,
	edxmlOrgan,
	isEdxmlStatusCode,
	type EdxmlAttachment,
	type EdxmlHeader,
	type EdxmlMessage,
	type EdxmlOrgan,
	type EdxmlPackage,
	type EdxmlResponseFor,
	type EdxmlStatusCode,
	type EdxmlStatusMessage,
	type EdxmlStatusName,
	type EdxmlTrace
} from './model.ts';
export { EdxmlError, parseEdxml, type EdxmlErrorCode } from './parse.ts';
export { serialiseEdxmlPackage, serialiseEdxmlStatus } from './serialise.ts';
export { validateEdxmlPackage, type EdxmlStructureProblem } from './validate.ts';
export { normaliseOrganId, organIdLevel, parentOrganId } from './organ-id.ts';
export { readWireDate, writeWireDate } from './wire.ts';
export { EDXML_STATUS_VI } from './status-labels.ts';
