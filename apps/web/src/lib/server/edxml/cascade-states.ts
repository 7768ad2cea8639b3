import { exchangeStates, listUnits, type Database } from '@trienkhai/db';
import type { CascadeDirectiveNode, CascadeNode, EdxmlStatusCode } from '@trienkhai/domain';

/** A recipient of a plan's package as the cascade shows it. */
export interface RecipientState {
	organId: string;
	name: string;
	statusCode: EdxmlStatusCode | null;
	reportedAt: string | null;
}

function planIds(node: CascadeNode, out: Set<string>): Set<string> {
	if (node.kind === 'plan') out.add(node.plan.id);
	else {
		for (const p of node.plans) out.add(p.id);
		for (const child of node.children) planIds(child, out);
	}
	return out;
}

/** The recipients' state of every plan of a cascade that was sent out, by plan id. */
export async function cascadeRecipientStates(
	db: Database['db'],
	root: CascadeDirectiveNode
): Promise<Record<string, RecipientState[]>> {
	const states = await exchangeStates(db, [...planIds(root, new Set())]);
	if (Object.keys(states).length === 0) return {};
	const names = new Map((await listUnits(db)).map((u) => [u.id, u.name]));
	return Object.fromEntries(
		Object.entries(states).map(([planId, list]) => [
			planId,
			list.map((s) => ({
				organId: s.organId,
				name: (s.unitId && names.get(s.unitId)) || s.organId,
				statusCode: s.statusCode,
				reportedAt: s.reportedAt
			}))
		])
	);
}
