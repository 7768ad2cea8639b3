import { unitDescendantIds } from '@trienkhai/domain';

type Row = { id: string; name: string; short_name: string; parent_id: string | null };

/** The place a body's name ends with: its last capitalised words ('Tỉnh ủy Long An' → 'Long An'). */
export function placeOf(name: string): string {
	const words = name.trim().split(/\s+/u);
	let start = words.length;
	while (start > 0 && /^\p{Lu}/u.test(words[start - 1] ?? '')) start--;
	return start > 0 && start < words.length ? words.slice(start).join(' ') : '';
}

/**
 * The units for matching the names of a document whose issuer is known (an edXML package's sender): the
 * issuer and everything under it first, each also under the name the issuer's own letters use, without the
 * place ('Ban Tuyên giáo Tỉnh ủy Long An' is 'Ban Tuyên giáo Tỉnh ủy' in a letter of Tỉnh ủy Long An);
 * then the rest. The importer takes the first unit a name matches, so the issuer's own unit wins over
 * another province's unit of the same short name.
 */
export function issuerUnitsFirst<T extends Row>(units: readonly T[], issuerUnitId: string): T[] {
	const issuer = units.find((u) => u.id === issuerUnitId);
	if (!issuer) return [...units];
	const tree = new Set([
		issuerUnitId,
		...unitDescendantIds(
			units.map((u) => ({
				id: u.id,
				parentId: u.parent_id,
				name: u.name,
				shortName: u.short_name,
				kind: 'other' as const
			})),
			issuerUnitId
		)
	]);
	const place = placeOf(issuer.name);
	const local: T[] = [];
	for (const u of units.filter((x) => tree.has(x.id))) {
		const relative = place && u.name.endsWith(` ${place}`) ? u.name.slice(0, -place.length - 1) : '';
		if (relative)
			local.push({ ...u, name: relative, short_name: relative.replace(/\s+(tỉnh|huyện|thành phố)$/u, '') });
		local.push(u);
	}
	return [...local, ...units.filter((u) => !tree.has(u.id))];
}
