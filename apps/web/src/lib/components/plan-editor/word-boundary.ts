/**
 * True when changing `before` into `after` starts a new word: the inserted text begins with a space or
 * punctuation, or it replaces a selection. Undo steps end there, so Ctrl+Z takes back one word at a time;
 * deleting (Backspace held down) stays one step until a pause.
 */
export function startsNewWord(before: string, after: string): boolean {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (
		end < before.length - start &&
		end < after.length - start &&
		before[before.length - 1 - end] === after[after.length - 1 - end]
	)
		end++;
	const inserted = after.slice(start, after.length - end);
	const removed = before.length - start - end;
	if (removed > 0) return inserted !== '';
	return /^[\s.,;:!?()"“”'-]/u.test(inserted);
}
