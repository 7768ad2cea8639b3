import { createHmac, timingSafeEqual } from 'node:crypto';
import {
	createDirective,
	getUnit,
	SIGNER_CAPACITIES,
	unitsByOrganId,
	type Database,
	type ImportPlanInput
} from '@trienkhai/db';
import {
	directiveTypeFromName,
	documentNumberKey,
	EdxmlError,
	formatDocumentNumber,
	parseDocumentNumber,
	parseEdxml,
	type EdxmlAttachment,
	type EdxmlPackage,
	type EdxmlTrace
} from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { ImportReadError, MAX_IMPORT_BYTES, type ImportSource } from './import-read.server.ts';
import type { ImportDraft } from './import.server.ts';

/*
 * edXML packages in the import flow: the package's header gives the document's metadata (number, date,
 * place, type, subject, issuer by its code, signer, recipients, due date), its attached Word file the
 * tasks through the importer. The header travels in the preview sealed with an HMAC, so what is registered
 * on confirm is what the package said, not what a browser posted.
 */

/** A package is its attachments in base64 (a third larger) plus the header. */
const MAX_EDXML_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 256 * 1024;

/** A unit edXML names, matched to the directory by its code (null: no unit has the code). */
export interface EdxmlParty {
	organId: string;
	name: string;
	unitId: string | null;
}

/** The header as the preview shows it. */
export interface EdxmlDraftHeader {
	documentId: string;
	number: string | null;
	date: string | null;
	place: string;
	type: string;
	subject: string;
	issuer: EdxmlParty;
	signer: { competence: string; position: string; fullName: string };
	recipients: EdxmlParty[];
	toPlaces: string[];
	dueDate: string | null;
	traces: EdxmlTrace[];
	attachment: string;
	/** Where the header and the attached document disagree, in Vietnamese. */
	mismatches: string[];
	seal: string;
}

export type DraftWithEdxml = ImportDraft & { edxml: EdxmlDraftHeader | null };

const isEdxmlName = (name: string) => /\.(xml|edxml)$/i.test(name);

/** The Word (or text) file the tasks come from: the first .docx, else the first .txt. */
function planAttachment(pkg: EdxmlPackage): EdxmlAttachment {
	const docx = pkg.attachments.find(
		(a) => /\.docx$/i.test(a.name) || a.contentType.includes('wordprocessingml')
	);
	const txt = pkg.attachments.find((a) => /\.txt$/i.test(a.name) || a.contentType.startsWith('text/plain'));
	const chosen = docx ?? txt;
	if (!chosen) throw new ImportReadError(m.edxml_error_no_attachment());
	return chosen;
}

function readPackage(xml: string): EdxmlPackage {
	try {
		const message = parseEdxml(xml);
		if (message.kind !== 'package') throw new ImportReadError(m.edxml_error_status_message());
		return message;
	} catch (error) {
		if (!(error instanceof EdxmlError)) throw error;
		switch (error.code) {
			case 'not_xml':
				throw new ImportReadError(m.edxml_error_not_xml({ detail: error.detail }));
			case 'not_edxml':
			case 'bad_status':
				throw new ImportReadError(m.edxml_error_not_edxml());
			case 'missing_field':
				throw new ImportReadError(m.edxml_error_missing({ field: error.detail }));
			case 'bad_attachment':
				throw new ImportReadError(m.edxml_error_attachment({ name: error.detail }));
		}
	}
}

/** An uploaded edXML package read for the importer; null when the upload is not one (.xml, .edxml). */
export async function readEdxmlUpload(
	form: FormData
): Promise<{ pkg: EdxmlPackage; source: ImportSource } | null> {
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0 || !isEdxmlName(file.name)) return null;
	if (file.size > MAX_EDXML_BYTES) throw new ImportReadError(m.import_error_too_large());
	let xml: string;
	try {
		xml = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
	} catch {
		throw new ImportReadError(m.import_error_unreadable());
	}
	const pkg = readPackage(xml);
	const attachment = planAttachment(pkg);
	if (/\.txt$/i.test(attachment.name) || attachment.contentType.startsWith('text/plain')) {
		return { pkg, source: { kind: 'text', text: new TextDecoder().decode(attachment.bytes) } };
	}
	// the Word attachment is read with the other imports, in the import pool's worker threads
	return { pkg, source: { kind: 'docx', bytes: attachment.bytes } };
}

/** The number as the registry writes it ('2241-CV/TU', '1234/KH-UBND'); null when the header has none. */
export function headerNumber(codeNumber: string, codeNotation: string): string | null {
	if (!codeNumber || !codeNotation) return null;
	const written = `${codeNumber}${/^[^/]+-/.test(codeNotation) ? '/' : '-'}${codeNotation}`;
	const parsed = parseDocumentNumber(written);
	return parsed ? formatDocumentNumber(parsed) : written;
}

/** A number without its 'Số' prefix, for sentences. */
const bare = (number: string) => number.replace(/^Số:?\s*/u, '');

/** The unit that sent a package, by its code; null when no unit has it. */
export async function packageIssuerUnitId(db: Database['db'], pkg: EdxmlPackage): Promise<string | null> {
	return (
		(await unitsByOrganId(db, [pkg.header.from.organId])).get(pkg.header.from.organId.toUpperCase())?.id ??
		null
	);
}

/** The registry entry of this issuer with this number, however it was written; null when none. */
async function registryEntry(
	db: Database['db'],
	issuerUnitId: string | null,
	number: string
): Promise<string | null> {
	const parsed = parseDocumentNumber(number);
	if (!issuerUnitId || !parsed) return null;
	const rows = await db
		.selectFrom('directives')
		.select(['id', 'number', 'symbol', 'number_display'])
		.where('issuer_unit_id', '=', issuerUnitId)
		.where('number', '=', parsed.number)
		.execute();
	const key = documentNumberKey(parsed);
	const same = rows.find((r) => {
		const p = parseDocumentNumber(r.number_display ?? `${r.number}-${r.symbol}`);
		return p !== null && documentNumberKey(p) === key;
	});
	return same?.id ?? null;
}

const sealOf = (header: Omit<EdxmlDraftHeader, 'seal'>, secret: string) =>
	createHmac('sha256', `edxml-draft:${secret}`).update(JSON.stringify(header)).digest('hex');

/**
 * The preview of a package: the attachment's draft with the header's number, date and issuer (the header
 * is what the sender's system registered), the header for the preview, and what disagrees.
 */
export async function withEdxmlHeader(
	db: Database['db'],
	draft: ImportDraft,
	pkg: EdxmlPackage,
	secret: string
): Promise<DraftWithEdxml> {
	const h = pkg.header;
	const units = await unitsByOrganId(db, [h.from.organId, ...h.to.map((t) => t.organId)]);
	const party = (o: { organId: string; organName: string }): EdxmlParty => {
		const unit = units.get(o.organId.toUpperCase());
		return { organId: o.organId, name: unit?.name ?? o.organName, unitId: unit?.id ?? null };
	};
	const number = headerNumber(h.codeNumber, h.codeNotation);
	const mismatches: string[] = [];
	if (number && draft.number && number !== draft.number) {
		mismatches.push(m.edxml_mismatch_number({ header: bare(number), attachment: bare(draft.number) }));
	}
	if (h.promulgationDate && draft.date && h.promulgationDate !== draft.date) {
		mismatches.push(m.edxml_mismatch_date({ header: h.promulgationDate, attachment: draft.date }));
	}
	const header: Omit<EdxmlDraftHeader, 'seal'> = {
		documentId: h.documentId,
		number,
		date: h.promulgationDate,
		place: h.place,
		type: h.documentTypeName,
		subject: h.subject,
		issuer: party(h.from),
		signer: h.signer,
		recipients: h.to.map(party),
		toPlaces: h.toPlaces,
		dueDate: h.dueDate,
		traces: pkg.traces,
		attachment: planAttachment(pkg).name,
		mismatches
	};
	return {
		...draft,
		documentId: number ? await registryEntry(db, header.issuer.unitId, number) : draft.documentId,
		title: draft.title || h.subject,
		number: number ?? draft.number,
		date: h.promulgationDate ?? draft.date,
		issuer: header.issuer.name,
		edxml: { ...header, seal: sealOf(header, secret) }
	};
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The sealed header of a confirmed draft: null when the draft is no package's, 'forged' when the seal fails. */
export function sealedHeader(json: string, secret: string): EdxmlDraftHeader | null | 'forged' {
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return null;
	}
	const edxml = isRecord(raw) ? raw['edxml'] : null;
	if (!isRecord(edxml)) return null;
	const { seal, ...rest } = edxml;
	if (typeof seal !== 'string') return 'forged';
	const expected = Buffer.from(sealOf(rest as Omit<EdxmlDraftHeader, 'seal'>, secret), 'hex');
	const given = Buffer.from(seal, 'hex');
	return given.length === expected.length && timingSafeEqual(given, expected)
		? (edxml as unknown as EdxmlDraftHeader)
		: 'forged';
}

/**
 * The registry entry the confirmed plan is the document of: the one the preview matched, else the package's
 * document registered now. A unit registers what it issues, and also what a package addressed to it (its
 * code among the recipients) carries. Answers the id, or why it could not be registered.
 */
export async function registerPackageDocument(
	db: Database['db'],
	user: { unitId: string; isAdmin: boolean },
	header: EdxmlDraftHeader,
	input: ImportPlanInput
): Promise<{ ok: true; directiveId: string | null } | { ok: false; message: string }> {
	if (input.documentId) return { ok: true, directiveId: input.documentId };
	if (!header.issuer.unitId)
		return { ok: false, message: m.edxml_error_issuer_unknown({ code: header.issuer.organId }) };
	if (!header.date) return { ok: false, message: m.edxml_error_missing({ field: 'PromulgationDate' }) };
	const own = await getUnit(db, user.unitId);
	const addressed = header.recipients.some((r) => own?.organ_id && r.organId.toUpperCase() === own.organ_id);
	const parsed = header.number ? parseDocumentNumber(header.number) : null;
	const type = parsed?.type ?? directiveTypeFromName(header.type);
	if (!type) return { ok: false, message: m.edxml_error_type({ type: header.type }) };
	const result = await createDirective(
		db,
		{ unitId: user.unitId, isAdmin: user.isAdmin || addressed },
		{
			type,
			number: header.number ?? '',
			issuerUnitId: header.issuer.unitId,
			issuedOn: header.date,
			place: header.place || header.issuer.name,
			signerName: header.signer.fullName,
			signerCapacity: (SIGNER_CAPACITIES as readonly string[]).includes(header.signer.competence)
				? header.signer.competence
				: '',
			signerTitle: header.signer.position,
			subject: header.subject,
			recipients: [...header.toPlaces, ...header.recipients.map((r) => r.name)]
		}
	);
	if (result.ok) return { ok: true, directiveId: result.id };
	return {
		ok: false,
		message: m.edxml_error_register({ fields: result.errors.map((e) => `${e.field}: ${e.code}`).join(', ') })
	};
}
