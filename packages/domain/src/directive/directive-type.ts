import { foldVietnamese } from '../text/fold.ts';

/**
 * Document type codes as written in a document's symbol, with their Vietnamese names. Party codes
 * follow Hướng dẫn 36-HD/VPTW, state codes Nghị định 30/2020/NĐ-CP; BS is the party's copy.
 */
export const DIRECTIVE_TYPES = {
	NQ: 'Nghị quyết',
	KL: 'Kết luận',
	CT: 'Chỉ thị',
	QĐ: 'Quyết định',
	KH: 'Kế hoạch',
	CTr: 'Chương trình',
	HD: 'Hướng dẫn',
	CV: 'Công văn',
	BC: 'Báo cáo',
	TB: 'Thông báo',
	SY: 'Bản sao y',
	SL: 'Bản sao lục',
	BS: 'Bản sao',
	QC: 'Quy chế',
	QyĐ: 'Quy định',
	NĐ: 'Nghị định',
	TT: 'Thông tư',
	TTr: 'Tờ trình',
	ĐA: 'Đề án',
	PA: 'Phương án',
	BB: 'Biên bản',
	CĐ: 'Công điện',
	GM: 'Giấy mời'
} as const;

/** A document type code, e.g. 'KL' or 'QĐ'. */
export type DirectiveType = keyof typeof DIRECTIVE_TYPES;

const CODES = Object.keys(DIRECTIVE_TYPES) as DirectiveType[];

/** True when the code is exactly one of DIRECTIVE_TYPES. */
export function isDirectiveType(code: string): code is DirectiveType {
	return Object.hasOwn(DIRECTIVE_TYPES, code);
}

// Typists write 'QD' for 'QĐ' and titles are upper-cased ('CTR', 'QĐ-TTG'); fold both away.
const BY_FOLDED_CODE = new Map<string, DirectiveType>(CODES.map((c) => [foldVietnamese(c), c]));

/** Canonical type for a code written in any case or without đ ('qd', 'CTR' → 'QĐ', 'CTr'). */
export function directiveTypeFromCode(code: string): DirectiveType | null {
	if (isDirectiveType(code)) return code;
	return BY_FOLDED_CODE.get(foldVietnamese(code)) ?? null;
}

// Other names the same types go by in running text.
const NAME_ALIASES: Record<string, DirectiveType> = {
	'chuong trinh hanh dong': 'CTr',
	'sao y': 'SY',
	'sao y ban chinh': 'SY',
	'ban sao y ban chinh': 'SY',
	'sao luc': 'SL',
	'thong bao ket luan': 'TB'
};

const BY_FOLDED_NAME = new Map<string, DirectiveType>([
	...CODES.map((c): [string, DirectiveType] => [foldVietnamese(DIRECTIVE_TYPES[c]), c]),
	...Object.entries(NAME_ALIASES)
]);

/** Type for a Vietnamese name, ignoring case and diacritics: 'Kết luận' → 'KL'. */
export function directiveTypeFromName(name: string): DirectiveType | null {
	return BY_FOLDED_NAME.get(foldVietnamese(name)) ?? null;
}
