/*
 * The organisation identifier code (mã định danh) of the national code list (QĐ 20/2020/QĐ-TTg): four
 * groups written from the lowest level to the highest, 'LLL.KK.JJ.Xnn': Xnn the level-1 body (a letter and
 * two digits, e.g. H for the provinces), JJ level 2, KK level 3, LLL level 4; a level left unused is zeros.
 * 000.00.00.H41 is a level-1 body, 000.00.12.H41 a level-2 body under it.
 */

const ORGAN_ID = /^(\d{3})\.(\d{2})\.(\d{2})\.([A-Z]\d{2})$/;

/** The code written the one way the list writes it (trimmed, upper case); null when it is not a code. */
export function normaliseOrganId(text: string): string | null {
	const code = text.trim().toUpperCase();
	return ORGAN_ID.test(code) ? code : null;
}

/** The level (1 to 4) of a code; null when it is not a code or a lower group is set under a zero one. */
export function organIdLevel(code: string): number | null {
	const m = ORGAN_ID.exec(code);
	if (!m) return null;
	const [l4, l3, l2] = [m[1], m[2], m[3]].map((g) => Number(g));
	if (l4 && (!l3 || !l2)) return null;
	if (l3 && !l2) return null;
	return l4 ? 4 : l3 ? 3 : l2 ? 2 : 1;
}

/** The code of the body one level up (null for level 1 or a non-code). */
export function parentOrganId(code: string): string | null {
	const m = ORGAN_ID.exec(code);
	const level = organIdLevel(code);
	if (!m || level === null || level === 1) return null;
	if (level === 4) return `000.${m[2]}.${m[3]}.${m[4]}`;
	if (level === 3) return `000.00.${m[3]}.${m[4]}`;
	return `000.00.00.${m[4]}`;
}
