import { directiveTypeFromCode, directiveTypeFromName, type DirectiveType } from './directive-type.ts';
import { parseVietnameseDate, type IsoDate } from '../time/dates.ts';
import { foldVietnamese } from '../text/fold.ts';

/** Party numbers read 'Số 69-KL/TW', state numbers 'Số: 709/QĐ-TTg'. */
export type NumberStyle = 'party' | 'state';

/** A document's number and symbol (số, ký hiệu), split into parts and kept as written. */
export interface DocumentNumber {
	number: string;
	/** Only state legal documents carry a year: '30/2020/NĐ-CP'. */
	year: string | null;
	type: DirectiveType | null;
	/** The type code as written (canonical case), '' when the symbol has none ('06/2021/HĐND'). */
	typeCode: string;
	issuerCode: string;
	/** The layout the number was written in, which sloppy documents sometimes get wrong ('69/KL-TW'). */
	style: NumberStyle;
	/** The part after the number (and year), normalised: 'QĐ-TTg', 'KL/TW', 'NĐ-CP'. */
	symbol: string;
}

const CODE = String.raw`\p{L}[\p{L}\d&]*`;
const DASH = '[-–—]';
const PARTY = new RegExp(
	String.raw`^(\d{1,6}[a-z]?)(\s*${DASH}\s*|\s+)(${CODE})\/(${CODE}(?:\s*${DASH}\s*${CODE})*)$`,
	'u'
);
const STATE = new RegExp(
	String.raw`^(\d{1,6}[a-z]?)\/(?:(\d{4})\/)?(${CODE})(?:\s*${DASH}\s*(${CODE}(?:\s*${DASH}\s*${CODE})*))?$`,
	'u'
);
const PREFIX = /^(?:số|so)\s*[:.]?\s*/iu;

// Issuer codes whose official spelling is not all capitals; upper-cased titles lose it.
const MIXED_CASE_ISSUERS = new Map<string, string>([['ttg', 'TTg']]);

function canonicalIssuer(issuer: string): string {
	return issuer
		.split(new RegExp(`\\s*${DASH}\\s*`, 'u'))
		.map((part) => MIXED_CASE_ISSUERS.get(foldVietnamese(part)) ?? part)
		.join('-');
}

/** Builds a DocumentNumber from its parts, deriving `type` and `symbol`. */
export function createDocumentNumber(parts: {
	number: string;
	year?: string | null;
	typeCode: string;
	issuerCode: string;
	style: NumberStyle;
}): DocumentNumber {
	const type = parts.typeCode === '' ? null : directiveTypeFromCode(parts.typeCode);
	const typeCode = type ?? parts.typeCode;
	const year = parts.style === 'state' ? (parts.year ?? null) : null;
	let symbol: string;
	if (parts.style === 'party') symbol = `${typeCode}/${parts.issuerCode}`;
	else if (typeCode === '') symbol = parts.issuerCode;
	else if (parts.issuerCode === '') symbol = typeCode;
	else symbol = `${typeCode}-${parts.issuerCode}`;
	return {
		number: parts.number,
		year,
		type,
		typeCode,
		issuerCode: parts.issuerCode,
		style: parts.style,
		symbol
	};
}

/**
 * Reads a document number with or without its 'Số'/'Số:' prefix, in party ('69-KL/TW', '69 KL/TW',
 * '149 - HD/BTGTW') or state layout ('709/QĐ-TTg', '30/2020/NĐ-CP', '06/2021/HĐND'). Null for anything else.
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
	const body = text
		.normalize('NFC')
		.trim()
		.replace(/^[*_\s]+|[*_\s.,;:)]+$/gu, '')
		.replace(PREFIX, '')
		.replace(/\s*\/\s*/g, '/');

	const party = PARTY.exec(body);
	if (party !== null) {
		const [, number = '', separator = '', typeCode = '', issuer = ''] = party;
		// '13 NQ/TW' is a number only when the word after the space is a real type code
		if (separator.trim() === '' && directiveTypeFromCode(typeCode) === null) return null;
		return createDocumentNumber({ number, typeCode, issuerCode: canonicalIssuer(issuer), style: 'party' });
	}

	const state = STATE.exec(body);
	if (state !== null) {
		const [, number = '', year = null, first = '', rest] = state;
		const firstIsType = directiveTypeFromCode(first) !== null;
		if (rest === undefined) {
			return createDocumentNumber({
				number,
				year,
				typeCode: firstIsType ? first : '',
				issuerCode: firstIsType ? '' : canonicalIssuer(first),
				style: 'state'
			});
		}
		// 'UBND-KGVX' (a state công văn) has no type code: the whole symbol names the issuer
		return createDocumentNumber({
			number,
			year,
			typeCode: firstIsType ? first : '',
			issuerCode: canonicalIssuer(firstIsType ? rest : `${first}-${rest}`),
			style: 'state'
		});
	}
	return null;
}

/** Writes a number in its own layout: 'Số: 709/QĐ-TTg', 'Số 69-KL/TW'; `prefix: false` drops 'Số'. */
export function formatDocumentNumber(n: DocumentNumber, opts: { prefix?: boolean } = {}): string {
	const prefix = opts.prefix ?? true;
	if (n.style === 'party') return `${prefix ? 'Số ' : ''}${n.number}-${n.symbol}`;
	return `${prefix ? 'Số: ' : ''}${n.number}/${n.year === null ? '' : `${n.year}/`}${n.symbol}`;
}

/** A layout-, case- and accent-independent key: '69/KL-TW' and 'Số 69-KL/TW' get the same one. */
export function documentNumberKey(n: DocumentNumber): string {
	const number = n.number.replace(/^0+(?=\d)/, '');
	return foldVietnamese([number, n.year ?? '', n.typeCode, n.issuerCode].join('|')).replace(/\s/g, '');
}

/** True when two numbers name the same document, however each was written. */
export function sameDocumentNumber(a: DocumentNumber, b: DocumentNumber): boolean {
	return documentNumberKey(a) === documentNumberKey(b);
}

/** A citation of another document found in running text. */
export interface DocumentReference {
	type: DirectiveType | null;
	number: DocumentNumber;
	date: IsoDate | null;
	/** The citation as it appears, from the type name (or 'số') to the date if any. */
	raw: string;
	/** Offset of `raw` in the NFC form of the searched text (the same text for ordinary input). */
	index: number;
}

// Candidates in running text: codes must start with a capital, which keeps '5 năm/lần' out.
const UPPER_CODE = String.raw`\p{Lu}[\p{L}\d&]*`;
const GAP = '[ \\t\\u00a0]';
const CANDIDATE = new RegExp(
	String.raw`(?<![\p{L}\p{N}\/.\-])(?:` +
		String.raw`\d{1,6}[a-z]?(?:${GAP}*${DASH}${GAP}*|${GAP}+)${UPPER_CODE}${GAP}*\/${GAP}*${UPPER_CODE}(?:${DASH}${UPPER_CODE})*` +
		String.raw`|\d{1,6}[a-z]?\/(?:\d{4}\/)?${UPPER_CODE}(?:${DASH}${UPPER_CODE})*` +
		String.raw`)(?![\p{L}\p{N}])`,
	'gu'
);
const DATE_AFTER = new RegExp(
	String.raw`${GAP}*,?${GAP}*ngày${GAP}+(\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`,
	'iuy'
);
const MAX_NAME_WORDS = 4;

/** Finds where the citation starts: at the type name before the number, else at 'số', else at the number. */
function citationStart(text: string, start: number): { start: number; type: DirectiveType | null } {
	// a citation never starts on an earlier line: headers stack unrelated words above a number
	const windowStart = Math.max(0, start - 60, text.lastIndexOf('\n', start - 1) + 1);
	const tokens = [...text.slice(windowStart, start).matchAll(/\S+/gu)].map((m) => ({
		word: m[0],
		index: windowStart + m.index
	}));
	// the first token may be a cut-off word
	if (windowStart > 0 && !/\s/u.test(text[windowStart - 1] ?? ' ')) tokens.shift();
	let last = tokens.length - 1;
	let found = { start, type: null as DirectiveType | null };
	const so = tokens[last];
	if (so !== undefined && /^(so|so:)$/.test(foldVietnamese(so.word))) {
		found = { start: so.index, type: null };
		last -= 1;
	}
	for (let count = Math.min(MAX_NAME_WORDS, last + 1); count >= 1; count--) {
		const words = tokens.slice(last - count + 1, last + 1);
		const first = words[0];
		if (first === undefined) continue;
		const lead = /^[^\p{L}]*/u.exec(first.word)?.[0].length ?? 0;
		// an opening bracket or quote may cling to the name, but a word without letters is not part of it
		if (lead === first.word.length) continue;
		const type = directiveTypeFromName(
			words
				.map((w) => w.word)
				.join(' ')
				.slice(lead)
		);
		if (type !== null) return { start: first.index + lead, type };
	}
	return found;
}

/**
 * Finds citations such as 'Kết luận số 69-KL/TW ngày 11/01/2024' or 'Quyết định 229/QĐ-TTg ngày 13/3/2024'.
 * The type comes from the number's code, or from the word before 'số' when the code has none.
 */
export function findDocumentReferences(text: string): DocumentReference[] {
	const source = text.normalize('NFC');
	const found: DocumentReference[] = [];
	for (const m of source.matchAll(CANDIDATE)) {
		const number = parseDocumentNumber(m[0]);
		if (number === null) continue;
		const { start, type: namedType } = citationStart(source, m.index);
		let end = m.index + m[0].length;
		DATE_AFTER.lastIndex = end;
		const dateMatch = DATE_AFTER.exec(source);
		const date = dateMatch?.[1] === undefined ? null : parseVietnameseDate(dateMatch[1]);
		if (dateMatch !== null && date !== null) end = DATE_AFTER.lastIndex;
		found.push({ type: number.type ?? namedType, number, date, raw: source.slice(start, end), index: start });
	}
	return found;
}
