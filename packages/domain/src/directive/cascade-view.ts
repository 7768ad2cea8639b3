import type { DirectiveRelationKind } from './directive.ts';

// The cascade of a directive as plain data: the database walks it, the browser draws it; declared here
// (pure) so both read one definition.

/** Progress of one plan or, summed, of every distinct plan in a subtree. */
export interface CascadeRollup {
	plans: number;
	tasks: number;
	done: number;
	doneOnTime: number;
	doneLate: number;
	overdue: number;
	/** Mean progress of all tasks counted, 0–100, rounded. */
	averageProgress: number;
	/** Percent of tasks done, one decimal. */
	doneRate: number;
}

/** A plan as the cascade shows it. */
export interface CascadePlan {
	id: string;
	title: string;
	status: 'draft' | 'issued' | 'amending';
	ownerName: string;
	rollup: CascadeRollup;
}

/** A directive in the tree, with how it stands to its parent (null for the root). */
export interface CascadeDirectiveNode {
	kind: 'directive';
	/** Unique in the tree (a document reached by two paths appears twice). */
	key: string;
	depth: number;
	relation: DirectiveRelationKind | null;
	note: string | null;
	directive: {
		id: string;
		type: string;
		numberDisplay: string | null;
		issuedOn: string;
		subject: string;
		issuerName: string;
	};
	/** Plans whose own document this is. */
	plans: CascadePlan[];
	children: CascadeNode[];
	/** Over the distinct plans of this node and everything under it. */
	rollup: CascadeRollup;
}

/** A plan with no document of its own, under a directive it implements. */
export interface CascadePlanNode {
	kind: 'plan';
	key: string;
	depth: number;
	relation: 'implements';
	plan: CascadePlan;
}

/** A node of the cascade tree. */
export type CascadeNode = CascadeDirectiveNode | CascadePlanNode;
