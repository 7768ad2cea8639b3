import { foldVietnamese } from '@trienkhai/domain';

/** A LIKE pattern over folded text (no diacritics, lower case), with LIKE's wildcards escaped. */
export function foldedLikePattern(query: string): string {
	const folded = foldVietnamese(query).replace(/[\\%_]/g, (c) => `\\${c}`);
	return `%${folded}%`;
}
