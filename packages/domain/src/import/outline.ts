import { fromRoman, indexOfLetter } from '../plan/numbering.ts';

/** How a paragraph is numbered: 'I.', '1.', '2.1.', 'a)', '-', '+', '•'. */
export type MarkerKind =
	'roman' | 'arabic' | 'decimal2' | 'decimal3' | 'decimal4' | 'letter' | 'dash' | 'plus' | 'bullet';

/** A numbered paragraph split into its marker and its own text. */
export interface Marker {
	kind: MarkerKind;
	/** As written, without punctuation: 'II', '3', '2.1', 'đ'; '' for bullets. */
	label: string;
	text: string;
}

/** Reads the outline marker at the start of a paragraph, or null for an ordinary paragraph. */
export function readMarker(text: string): Marker | null {
	const roman = /^([IVXL]{1,6})\s*[.):]\s*(.*)$/su.exec(text);
	if (roman?.[1] !== undefined) {
		const n = fromRoman(roman[1]);
		if (n !== null && n <= 30) return { kind: 'roman', label: roman[1], text: roman[2] ?? '' };
	}
	const decimal = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+|\)\s*)(.*)$/su.exec(text);
	if (decimal?.[1] !== undefined) {
		const depth = decimal[1].split('.').length;
		const kind = depth === 2 ? 'decimal2' : depth === 3 ? 'decimal3' : 'decimal4';
		return { kind, label: decimal[1], text: decimal[2] ?? '' };
	}
	const arabic = /^(\d{1,2})\s*[.)]\s*(.*)$/su.exec(text);
	if (arabic?.[1] !== undefined && !/^\d/.test(arabic[2] ?? '')) {
		return { kind: 'arabic', label: arabic[1], text: arabic[2] ?? '' };
	}
	const letter = /^([a-zđ])\s*[)]\s*(.*)$|^([a-zđ])\.\s+(.*)$/su.exec(text);
	const letterLabel = letter?.[1] ?? letter?.[3];
	if (letterLabel !== undefined && indexOfLetter(letterLabel) >= 0) {
		return { kind: 'letter', label: letterLabel, text: letter?.[2] ?? letter?.[4] ?? '' };
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
