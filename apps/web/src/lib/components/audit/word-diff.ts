import { diffWordsWithSpace } from 'diff';

/** One run of a word diff: kept, inserted or deleted text. */
export interface DiffPart {
	op: 'same' | 'ins' | 'del';
	text: string;
}

/** A readable word-by-word comparison of two texts (whitespace kept, so the result reads as prose). */
export function wordDiff(from: string, to: string): DiffPart[] {
	return diffWordsWithSpace(from, to).map((part) => ({
		op: part.added ? 'ins' : part.removed ? 'del' : 'same',
		text: part.value
	}));
}
