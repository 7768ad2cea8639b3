/** The Vietnamese alphabet as used for sub-items a) b) c) d) đ) e) g) …: no f, j, w, z. */
export const VIETNAMESE_LETTERS = [
	'a',
	'b',
	'c',
	'd',
	'đ',
	'e',
	'g',
	'h',
	'i',
	'k',
	'l',
	'm',
	'n',
	'o',
	'p',
	'q',
	'r',
	's',
	't',
	'u',
	'v',
	'x',
	'y'
] as const;

const BASE = VIETNAMESE_LETTERS.length;

/**
 * The sub-item letter at a 0-based index: 0 → 'a', 4 → 'đ', 22 → 'y'. Past 'y' it continues
 * 'aa', 'ab' … like spreadsheet columns, for the rare list that long.
 */
export function letterAt(index: number): string {
	if (!Number.isInteger(index) || index < 0) throw new RangeError(`invalid letter index ${index}`);
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % BASE;
		out = (VIETNAMESE_LETTERS[r] ?? '') + out;
		n = Math.floor((n - 1) / BASE);
	}
	return out;
}

/** The 0-based index of a sub-item letter ('a', 'đ)', 'B.'), or -1 when it is not one. */
export function indexOfLetter(letter: string): number {
	const s = letter.trim().replace(/[).]$/, '').normalize('NFC').toLowerCase();
	if (s === '') return -1;
	let n = 0;
	for (const ch of s) {
		const i = (VIETNAMESE_LETTERS as readonly string[]).indexOf(ch);
		if (i < 0) return -1;
		n = n * BASE + i + 1;
	}
	return n - 1;
}

const ROMAN: ReadonlyArray<[number, string]> = [
	[1000, 'M'],
	[900, 'CM'],
	[500, 'D'],
	[400, 'CD'],
	[100, 'C'],
	[90, 'XC'],
	[50, 'L'],
	[40, 'XL'],
	[10, 'X'],
	[9, 'IX'],
	[5, 'V'],
	[4, 'IV'],
	[1, 'I']
];

/** Roman numeral for 1–3999, as section headings use: 2 → 'II'. */
export function toRoman(n: number): string {
	if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`);
	let rest = n;
	let out = '';
	for (const [value, symbol] of ROMAN) {
		while (rest >= value) {
			out += symbol;
			rest -= value;
		}
	}
	return out;
}

/** Value of a canonical Roman numeral, any case ('IV', 'iv'); null for anything else ('IIII', 'VX'). */
export function fromRoman(s: string): number | null {
	const upper = s.trim().toUpperCase();
	if (!/^[MDCLXVI]+$/.test(upper)) return null;
	let n = 0;
	let i = 0;
	for (const [value, symbol] of ROMAN) {
		while (upper.startsWith(symbol, i)) {
			n += value;
			i += symbol.length;
		}
	}
	return i === upper.length && n <= 3999 && toRoman(n) === upper ? n : null;
}

/**
 * A task code from its positions or written parts: taskCode([2, 3, 1, 2]) and
 * taskCode(['II', 3, 'a', 2]) both give 'II.3.a.2'. Numbers are 1-based and written by level:
 * Roman for sections, Arabic for items, letters for sub-items, Arabic below that.
 */
export function taskCode(parts: ReadonlyArray<number | string>): string {
	return parts
		.map((part, level) => {
			if (typeof part === 'string') return part.trim().replace(/[).]$/, '');
			if (level === 0) return toRoman(part);
			if (level === 2) return letterAt(part - 1);
			if (!Number.isInteger(part) || part < 1) throw new RangeError(`invalid item number ${part}`);
			return String(part);
		})
		.join('.');
}

/** Splits 'II.3.a.2' (or 'II.3.a)') into its written parts. */
export function parseTaskCode(code: string): string[] {
	return code
		.split('.')
		.map((p) => p.trim().replace(/\)$/, ''))
		.filter((p) => p !== '');
}

function partRank(part: string): number {
	if (/^\d+$/.test(part)) return Number(part);
	const roman = fromRoman(part);
	// 'c', 'd', 'i', 'l', 'm', 'v', 'x' are both letters and numerals; sections are written in capitals
	if (roman !== null && part === part.toUpperCase()) return roman;
	const letter = indexOfLetter(part);
	return letter >= 0 ? letter + 1 : Number.MAX_SAFE_INTEGER;
}

/** Orders task codes the way the plan reads: 'I.2' < 'I.10' < 'II.1.a' < 'II.1.b' < 'II.1.đ'. */
export function compareTaskCodes(a: string, b: string): number {
	const pa = parseTaskCode(a);
	const pb = parseTaskCode(b);
	for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
		const x = pa[i] ?? '';
		const y = pb[i] ?? '';
		const diff = partRank(x) - partRank(y);
		if (diff !== 0) return diff;
		if (x !== y) return x < y ? -1 : 1;
	}
	return pa.length - pb.length;
}
