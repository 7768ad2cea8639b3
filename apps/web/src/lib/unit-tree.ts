/** A unit as the admin pages show it. */
export interface UnitItem {
	id: string;
	name: string;
	shortName: string;
	kind: 'party' | 'state' | 'other';
	parentId: string | null;
	accounts: number;
}

/** A unit with the units directly under it. */
export interface UnitNode extends UnitItem {
	children: UnitNode[];
}

const byName = (a: UnitItem, b: UnitItem) => a.name.localeCompare(b.name, 'vi');

/** The units as a tree, siblings in Vietnamese alphabetical order; a unit whose parent is missing is a root. */
export function buildUnitTree(units: UnitItem[]): UnitNode[] {
	const nodes = new Map(units.map((u) => [u.id, { ...u, children: [] as UnitNode[] }]));
	const roots: UnitNode[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
		(parent ? parent.children : roots).push(node);
	}
	const sort = (list: UnitNode[]) => {
		list.sort(byName);
		for (const n of list) sort(n.children);
	};
	sort(roots);
	return roots;
}

/** The tree in reading order with each unit's depth: for indented choice lists. */
export function flattenUnitTree(roots: UnitNode[]): Array<{ unit: UnitItem; depth: number }> {
	const out: Array<{ unit: UnitItem; depth: number }> = [];
	const walk = (list: UnitNode[], depth: number) => {
		for (const { children, ...unit } of list) {
			out.push({ unit, depth });
			walk(children, depth + 1);
		}
	};
	walk(roots, 0);
	return out;
}
