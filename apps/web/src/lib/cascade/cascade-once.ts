import type { CascadeDirectiveNode, CascadeNode } from '@trienkhai/domain';

// The cascade as the directive page draws it: a plan reached by two paths (through two documents) is shown
// once, where the walk first meets it, and a branch with no plan under it is marked empty (drawn folded,
// without its all-zero figures).

/** A directive node of the drawn tree: `empty` when no plan is shown anywhere under it. */
export interface DrawnDirective extends Omit<CascadeDirectiveNode, 'children'> {
	children: DrawnNode[];
	empty: boolean;
}

/** A node of the drawn tree. */
export type DrawnNode = DrawnDirective | Extract<CascadeNode, { kind: 'plan' }>;

/** The tree with each plan once (depth first, in the given order) and empty branches marked. */
export function cascadeOnce(root: CascadeDirectiveNode): DrawnDirective {
	const seen = new Set<string>();
	function walk(node: CascadeDirectiveNode): DrawnDirective {
		const plans = node.plans.filter((p) => !seen.has(p.id));
		for (const p of plans) seen.add(p.id);
		const children: DrawnNode[] = [];
		for (const child of node.children) {
			if (child.kind === 'plan') {
				if (seen.has(child.plan.id)) continue;
				seen.add(child.plan.id);
				children.push(child);
			} else children.push(walk(child));
		}
		const empty = plans.length === 0 && children.every((c) => c.kind === 'directive' && c.empty);
		return { ...node, plans, children, empty };
	}
	return walk(root);
}

/** The keys of the empty directive nodes (to draw folded), except the root. */
export function emptyKeys(root: DrawnDirective): string[] {
	const keys: string[] = [];
	const visit = (node: DrawnDirective) => {
		for (const child of node.children) {
			if (child.kind !== 'directive') continue;
			if (child.empty) keys.push(child.key);
			visit(child);
		}
	};
	visit(root);
	return keys;
}
