/** Whether a body belongs to the party, the state, or neither (front, unions, universities…). */
export type UnitKind = 'party' | 'state' | 'other';

/** A body (cơ quan, đơn vị, cấp ủy) that owns plans and leads or coordinates tasks. */
export interface Unit {
	id: string;
	name: string;
	shortName: string;
	kind: UnitKind;
	parentId: string | null;
}

/** A unit with its subordinate units, for tree pickers and roll-ups. */
export interface UnitTreeNode {
	unit: Unit;
	children: UnitTreeNode[];
}

function byId(units: readonly Unit[]): Map<string, Unit> {
	return new Map(units.map((u) => [u.id, u]));
}

/** The chain of superiors of a unit, nearest first, excluding itself; stops safely on a cycle. */
export function unitAncestors(units: readonly Unit[], id: string): Unit[] {
	const index = byId(units);
	const seen = new Set<string>([id]);
	const chain: Unit[] = [];
	let parentId = index.get(id)?.parentId ?? null;
	while (parentId !== null && !seen.has(parentId)) {
		const parent = index.get(parentId);
		if (parent === undefined) break;
		chain.push(parent);
		seen.add(parentId);
		parentId = parent.parentId;
	}
	return chain;
}

/** The ids of every unit below the given one (not including it). */
export function unitDescendantIds(units: readonly Unit[], id: string): string[] {
	const children = childrenIndex(units);
	const out: string[] = [];
	const seen = new Set<string>([id]);
	const queue = [id];
	for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
		for (const child of children.get(next) ?? []) {
			if (seen.has(child.id)) continue;
			seen.add(child.id);
			out.push(child.id);
			queue.push(child.id);
		}
	}
	return out;
}

function childrenIndex(units: readonly Unit[]): Map<string, Unit[]> {
	const children = new Map<string, Unit[]>();
	for (const u of units) {
		if (u.parentId === null) continue;
		const list = children.get(u.parentId) ?? [];
		list.push(u);
		children.set(u.parentId, list);
	}
	return children;
}

/**
 * Arranges units as a forest in input order. Units whose parent is unknown become roots; units
 * caught in a parent cycle (bad data) are surfaced as roots too rather than silently dropped.
 */
export function buildUnitTree(units: readonly Unit[]): UnitTreeNode[] {
	const index = byId(units);
	const children = childrenIndex(units);
	const placed = new Set<string>();
	const build = (unit: Unit): UnitTreeNode => {
		placed.add(unit.id);
		const kids = (children.get(unit.id) ?? []).filter((c) => !placed.has(c.id));
		return { unit, children: kids.map(build) };
	};
	const roots: UnitTreeNode[] = [];
	for (const u of units) {
		if (!placed.has(u.id) && (u.parentId === null || !index.has(u.parentId))) roots.push(build(u));
	}
	for (const u of units) {
		if (!placed.has(u.id)) roots.push(build(u));
	}
	return roots;
}
