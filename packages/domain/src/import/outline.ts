import { fromRoman, indexOfLetter } from '../plan/numbering.ts';

/** How a paragraph is numbered: 'Điều 1.', 'B.' (a part above the romans), 'I.', '1.', '2.1.', 'a)', '-', '+', '•'. */
export type MarkerKind =
	| 'article'
	| 'part'
	| 'roman'
	| 'arabic'
	| 'decimal2'
	| 'decimal3'
	| 'decimal4'
	| 'letter'
	| 'dash'
	| 'plus'
	| 'bullet';

/** A numbered paragraph split into its marker and its own text. */
export interface Marker {
	kind: MarkerKind;
	/** As written, without punctuation: 'II', '3', '2.1', 'đ'; '' for bullets. */
	label: string;
	text: string;
}

// What closes a label: 'I.', '1)', 'a)', and in party and older texts 'I-', '1 –', '1/', 'a/', 'a-'. A dash or
// a slash counts only before a space, so 'V/v', '1/2025' and 'e-learning' stay text.
const CLOSE = String.raw`(?:\s*[.):]|\s*[/\-–—](?=\s))`;
const ROMAN_MARKER = new RegExp(String.raw`^([IVXL]{1,6})${CLOSE}\s*(.*)$`, 'su');
const DECIMAL_MARKER = new RegExp(
	String.raw`^(\d{1,2}(?:\.\d{1,2}){1,3})(?:\.?\s*[/\-–—]\s+|\.?\s+|\.?\)\s*)(.*)$`,
	'su'
);
const ARABIC_MARKER = new RegExp(String.raw`^(\d{1,3})(?:\s*[.)]|\s*[/\-–—](?=\s))\s*(.*)$`, 'su');
const LETTER_MARKER = /^([a-zđ])\s*\)\s*(.*)$|^([a-zđ])\.\s+(.*)$|^([a-zđ])\s*[/\-–—]\s+(.*)$/su;
const ARTICLE_MARKER = /^Điều\s+(\d{1,3})\s*[.:]\s*(.*)$/su;
// 'B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP': a capital (not a roman numeral) and a title in capitals
const PART_MARKER = /^([A-HĐ])\.\s+(\p{Lu}[\p{Lu}\d\s,;\-–()/]*?)[.:]?$/u;

/** Reads the outline marker at the start of a paragraph, or null for an ordinary paragraph. */
export function readMarker(text: string): Marker | null {
	const article = ARTICLE_MARKER.exec(text);
	if (article?.[1] !== undefined) return { kind: 'article', label: article[1], text: article[2] ?? '' };
	const part = PART_MARKER.exec(text);
	if (part?.[1] !== undefined && /\s/.test(part[2] ?? ''))
		return { kind: 'part', label: part[1], text: part[2] ?? '' };
	const roman = ROMAN_MARKER.exec(text);
	if (roman?.[1] !== undefined) {
		const n = fromRoman(roman[1]);
		if (n !== null && n <= 30) return { kind: 'roman', label: roman[1], text: roman[2] ?? '' };
	}
	// '4.1.a. Sở Xây dựng …': a lettered item under '4.1.' written with its parent's number
	const numberedLetter = /^\d{1,2}(?:\.\d{1,2}){1,3}\.([a-zđ])[.)]\s+(.*)$/su.exec(text);
	if (numberedLetter?.[1] !== undefined && indexOfLetter(numberedLetter[1]) >= 0)
		return { kind: 'letter', label: numberedLetter[1], text: numberedLetter[2] ?? '' };
	const decimal = DECIMAL_MARKER.exec(text);
	if (decimal?.[1] !== undefined) {
		const depth = decimal[1].split('.').length;
		const kind = depth === 2 ? 'decimal2' : depth === 3 ? 'decimal3' : 'decimal4';
		return { kind, label: decimal[1], text: decimal[2] ?? '' };
	}
	const arabic = ARABIC_MARKER.exec(text);
	if (arabic?.[1] !== undefined && !/^\d/.test(arabic[2] ?? '')) {
		return { kind: 'arabic', label: arabic[1], text: arabic[2] ?? '' };
	}
	const letter = LETTER_MARKER.exec(text);
	const letterLabel = letter?.[1] ?? letter?.[3] ?? letter?.[5];
	if (letterLabel !== undefined && indexOfLetter(letterLabel) >= 0) {
		return { kind: 'letter', label: letterLabel, text: letter?.[2] ?? letter?.[4] ?? letter?.[6] ?? '' };
	}
	const dash = /^[-–—]\s*(.*)$/su.exec(text);
	if (dash !== null) return { kind: 'dash', label: '', text: dash[1] ?? '' };
	const plus = /^\+\s*(.*)$/su.exec(text);
	if (plus !== null) return { kind: 'plus', label: '', text: plus[1] ?? '' };
	const bullet = /^[•·▪◦●○■□✓➢►❖*]\s*(.*)$/su.exec(text);
	if (bullet !== null && (bullet[1] ?? '') !== '')
		return { kind: 'bullet', label: '', text: bullet[1] ?? '' };
	return null;
}

/** True for the kinds numbered by their position among siblings rather than by a written label. */
export function isOrdinalKind(kind: MarkerKind | 'para' | 'root'): boolean {
	return kind === 'dash' || kind === 'plus' || kind === 'bullet' || kind === 'para';
}
