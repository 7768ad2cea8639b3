import { foldVietnamese } from '@trienkhai/domain';

/** A unit in tree order with its depth (0: a root such as Ban Chấp hành Trung ương or Chính phủ). */
export interface TreeUnit {
	id: string;
	name: string;
	shortName: string;
	depth: number;
	/** Merged into another unit: kept so tasks that name it still read, never offered for a new choice. */
	dissolved?: boolean;
}

/** A unit as a picker offers it: the full name, and the group it is listed under (central or a province). */
export interface PickerUnit {
	id: string;
	name: string;
	shortName: string;
	group: string;
	/** Merged into another unit: shown where already chosen, never offered. */
	dissolved: boolean;
	/** Name and short name folded (no diacritics, lower case), for matching what is typed. */
	search: string;
}

/** The province of a provincial body's name ('Tỉnh ủy Quảng Bình', 'UBND tỉnh Quảng Nam'), or null. */
function provinceOf(name: string): string | null {
	const match = /(?:tỉnh ủy|thành ủy|tỉnh|thành phố)\s+(.+)$/iu.exec(name);
	return match ? match[1]!.trim() : null;
}

/**
 * The picker's units, grouped by level: the central bodies under `central`, each province's party and state
 * bodies together under `provinceLabel(province)` (found from the unit's ancestor just below the roots).
 */
export function pickerUnits(
	units: readonly TreeUnit[],
	labels: { central: string; province: (name: string) => string }
): PickerUnit[] {
	const ancestors: TreeUnit[] = [];
	return units.map((unit) => {
		ancestors.length = unit.depth;
		ancestors.push(unit);
		const province = unit.depth >= 1 ? provinceOf(ancestors[1]!.name) : null;
		return {
			id: unit.id,
			name: unit.name,
			shortName: unit.shortName,
			group: province === null ? labels.central : labels.province(province),
			dissolved: unit.dissolved === true,
			// 'Sở KH&CN' is also found as 'khcn'
			search: foldVietnamese(
				`${unit.name} ${unit.shortName} ${unit.shortName.replace(/[^\p{L}\p{N}\s]/gu, '')}`
			)
		};
	});
}

/**
 * The units offered for what is typed: those whose name or short name holds every word, with or without
 * diacritics ("tai chinh"); a unit merged into another is never offered (its successor is).
 */
export function matchUnits(units: readonly PickerUnit[], typed: string): PickerUnit[] {
	const words = foldVietnamese(typed).split(/\s+/).filter(Boolean);
	return units.filter((u) => !u.dissolved && words.every((w) => u.search.includes(w)));
}

/** Units in groups, groups and units in the order they come. */
export function groupUnits(units: readonly PickerUnit[]): Array<{ label: string; units: PickerUnit[] }> {
	const groups = new Map<string, PickerUnit[]>();
	for (const unit of units) {
		const list = groups.get(unit.group);
		if (list) list.push(unit);
		else groups.set(unit.group, [unit]);
	}
	return [...groups].map(([label, list]) => ({ label, units: list }));
}
