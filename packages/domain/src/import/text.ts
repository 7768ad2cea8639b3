import { foldVietnamese } from '../text/fold.ts';

/** Drops Markdown emphasis and stray spacing that text exports leave around words. */
export function cleanText(text: string): string {
	return text
		.replace(/\*\*/g, '')
		.replace(/(^|[\s(“"])\*(?=\S)|(?<=\S)\*(?=[\s,.;:)”"]|$)/gu, '$1')
		.replace(/^\*+$/, '')
		.replace(/[ \t\u00a0]+/g, ' ')
		.trim();
}

/** True when every letter is a capital ('KẾ HOẠCH', 'UBND TỈNH QUẢNG BÌNH'). */
export function isCapitals(text: string): boolean {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Folded text for keyword tests. */
export function fold(text: string): string {
	return foldVietnamese(text);
}
