import { recipientProgress, type Database, type RecipientProgress } from '@trienkhai/db';
import type { CascadeDirectiveNode, CascadeNode } from '@trienkhai/domain';

function planIds(node: CascadeNode, out: Set<string>): Set<string> {
	if (node.kind === 'plan') out.add(node.plan.id);
	else {
		for (const p of node.plans) out.add(p.id);
		for (const child of node.children) planIds(child, out);
	}
	return out;
}

/** Per issued plan of a cascade: its recipients, and whether each received it, planned and issued its own. */
export async function cascadeRecipientProgress(
	db: Database['db'],
	root: CascadeDirectiveNode
): Promise<Record<string, RecipientProgress[]>> {
	const ids = [...planIds(root, new Set())];
	const lists = await Promise.all(ids.map((id) => recipientProgress(db, id)));
	const out: Record<string, RecipientProgress[]> = {};
	ids.forEach((id, i) => {
		const list = lists[i] ?? [];
		if (list.length > 0) out[id] = list;
	});
	return out;
}
