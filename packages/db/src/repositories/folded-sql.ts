import { foldVietnamese } from '@trienkhai/domain';
import { sql, type Expression, type RawBuilder } from 'kysely';

// Every precomposed Latin letter with a diacritic that foldVietnamese turns into one ASCII letter, both
// cases: translate() then folds in SQL as the domain folds in JavaScript, without the unaccent extension
// (which PGlite only has when loaded) and whatever the database's collation makes of lower().
const [FROM, TO] = (() => {
	let from = '';
	let to = '';
	const ranges: Array<[number, number]> = [
		[0x00c0, 0x024f],
		[0x1e00, 0x1eff]
	];
	for (const [start, end] of ranges) {
		for (let code = start; code <= end; code++) {
			const char = String.fromCodePoint(code);
			const folded = foldVietnamese(char);
			if (folded !== char && /^[a-z]$/.test(folded)) {
				from += char;
				to += folded;
			}
		}
	}
	return [from, to];
})();

/** SQL of `text` folded like foldVietnamese (no diacritics, đ → d, lower case). */
export function foldedSql(text: Expression<string | null>): RawBuilder<string> {
	return sql<string>`translate(lower(${text}), ${FROM}, ${TO})`;
}
