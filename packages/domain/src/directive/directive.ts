import { DIRECTIVE_TYPES, type DirectiveType } from './directive-type.ts';
import { formatDocumentNumber, type DocumentNumber, type NumberStyle } from './document-number.ts';
import { formatDateVi, type IsoDate } from '../time/dates.ts';

/**
 * How a signer signs for a body: party 'T/M' (thay mặt), 'K/T' (ký thay), 'T/L' (thừa lệnh);
 * state 'TM.', 'KT.', 'TL.' for the same three.
 */
export type SignerCapacity = 'T/M' | 'K/T' | 'T/L' | 'TM.' | 'KT.' | 'TL.';

/** A directive document (văn bản): number, issuer, date, signer, subject, recipients. */
export interface Directive {
	id: string;
	type: DirectiveType;
	number: DocumentNumber | null;
	issuerUnitId: string;
	issuedOn: IsoDate;
	place: string;
	signer: { name: string; capacity: SignerCapacity | null; title: string } | null;
	subject: string;
	recipients: string[];
}

/** How one directive stands to another: a plan implements, a guidance guides, a copy copies. */
export type DirectiveRelationKind = 'implements' | 'guides' | 'copies' | 'continues';

/** A directed link in the cascade, e.g. 2241-CV/TU copies 69-KL/TW. */
export interface DirectiveRelation {
	fromId: string;
	toId: string;
	kind: DirectiveRelationKind;
}

/** The first line of a signature block split into capacity and body. */
export interface SignatureLine {
	capacity: SignerCapacity | null;
	body: string;
}

const PARTY_TO_STATE = { 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.' } as const;
const STATE_TO_PARTY = { 'TM.': 'T/M', 'KT.': 'K/T', 'TL.': 'T/L' } as const;

// Scanned documents write 'T / M', 'TM' without its dot, or wrap the line in bold markers.
const SIGNATURE = /^(T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|TM\.?|KT\.?|TL\.?)(?=\s|$)\s*(.*)$/isu;

/** Splits 'T/M BỘ CHÍNH TRỊ' into { capacity: 'T/M', body: 'BỘ CHÍNH TRỊ' }; capacity null when absent. */
export function parseSignatureLine(line: string): SignatureLine {
	const text = line
		.trim()
		.replace(/^\*+|\*+$/g, '')
		.trim();
	const m = SIGNATURE.exec(text);
	const written = m?.[1]?.replace(/\s+/g, '') ?? '';
	// a bare lower-case 'tm' or 'kt' starts ordinary words; only the capitals are a capacity
	if (m === null || (/^[a-z]+$/i.test(written) && written !== written.toUpperCase())) {
		return { capacity: null, body: text };
	}
	const raw = written.toUpperCase();
	const capacity: SignerCapacity =
		raw === 'T/M' || raw === 'K/T' || raw === 'T/L'
			? raw
			: `${raw.replace(/\.$/, '') as 'TM' | 'KT' | 'TL'}.`;
	return { capacity, body: (m[2] ?? '').trim() };
}

/** The capacity as the given layout writes it: party 'T/M', state 'TM.'. */
export function formatSignerCapacity(capacity: SignerCapacity, style: NumberStyle): SignerCapacity {
	switch (capacity) {
		case 'T/M':
		case 'K/T':
		case 'T/L':
			return style === 'party' ? capacity : PARTY_TO_STATE[capacity];
		case 'TM.':
		case 'KT.':
		case 'TL.':
			return style === 'state' ? capacity : STATE_TO_PARTY[capacity];
		default: {
			const unreachable: never = capacity;
			throw new Error(`unknown capacity ${String(unreachable)}`);
		}
	}
}

/** A directive as cited in running text: 'Kết luận số 69-KL/TW ngày 11/01/2024'. */
export function formatDirectiveCitation(directive: Pick<Directive, 'type' | 'number' | 'issuedOn'>): string {
	const name = DIRECTIVE_TYPES[directive.type];
	const number =
		directive.number === null ? '' : ` số ${formatDocumentNumber(directive.number, { prefix: false })}`;
	return `${name}${number} ngày ${formatDateVi(directive.issuedOn)}`;
}
