import type { EventStore } from '@trienkhai/db';
import { PLAN_MAP, richParagraphs, type RichDeltaOp, type RichParagraph } from '@trienkhai/domain';
import * as Y from 'yjs';

/**
 * Section I of a plan with its formatting (bold, lists), read from the plan's document as the log holds it
 * (newest snapshot plus the updates after it). Undefined when the document has no formatting there, or
 * does not read as `purpose` (the read model's text, which the export follows): the plain text is used.
 */
export async function purposeRich(
	store: Pick<EventStore, 'latestSnapshot' | 'readPlanUpdates'>,
	planId: string,
	purpose: string
): Promise<RichParagraph[] | undefined> {
	const doc = new Y.Doc();
	try {
		const snapshot = await store.latestSnapshot(planId);
		if (snapshot) Y.applyUpdate(doc, snapshot.state);
		for (const u of await store.readPlanUpdates(planId, (snapshot?.updateSeq ?? 0) + 1))
			Y.applyUpdate(doc, u.update);
		const text = doc.getMap<unknown>(PLAN_MAP).get('purpose');
		if (!(text instanceof Y.Text) || text.toJSON() !== purpose) return undefined;
		const delta = text.toDelta() as RichDeltaOp[];
		return delta.some((op) => op.attributes !== undefined) ? richParagraphs(delta) : undefined;
	} finally {
		doc.destroy();
	}
}
