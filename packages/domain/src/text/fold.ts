/**
 * Folds Vietnamese text for search and matching: no diacritics, đ → d, lower case, single spaces.
 * 'Đổi mới Sáng tạo' → 'doi moi sang tao'.
 */
export function foldVietnamese(s: string): string {
	return (
		s
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			// đ/Đ are letters of their own, not d + a mark, so NFD leaves them alone
			.replace(/[đĐ]/g, 'd')
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** True when `needle` occurs in `haystack` ignoring diacritics, case and spacing. */
export function includesFolded(haystack: string, needle: string): boolean {
	return foldVietnamese(haystack).includes(foldVietnamese(needle));
}
