import { coalesceTextEdits, toEventInput, type ContentEvent } from '@trienkhai/domain';
import type { AppendEvent } from '@trienkhai/db';

function isText(event: ContentEvent): boolean {
	return event.type === 'TaskTextEdited' || event.type === 'PlanSectionEdited';
}

/** Same text, same author: what coalesceTextEdits merges. */
function sameRun(a: ContentEvent, b: ContentEvent): boolean {
	const target = (e: ContentEvent) => {
		const data = e.data as { field?: string; section?: string };
		return `${e.type}|${e.taskId ?? ''}|${data.field ?? data.section ?? ''}`;
	};
	return target(a) === target(b) && a.actor.userId === b.actor.userId && a.actor.unitId === b.actor.unitId;
}

/**
 * The events of one batch, each pointing at the update (by index in the batch) it came from: typing of one
 * user in one text within `windowMs` is merged into one event by the domain's coalesceTextEdits, which keeps
 * every change (the merged event goes from the first edit's text to the last's), and that event points at
 * the update of its last edit. `events[i]` are the events derived from the batch's update `updateIndex[i]`
 * (null: events with no update, such as refusals).
 */
export function batchEvents(
	events: ReadonlyArray<readonly ContentEvent[]>,
	updateIndex: ReadonlyArray<number | null>,
	windowMs: number
): AppendEvent[] {
	const origin = new Map<ContentEvent, number | null>();
	const flat: ContentEvent[] = [];
	events.forEach((list, i) => {
		for (const event of list) {
			origin.set(event, updateIndex[i] ?? null);
			flat.push(event);
		}
	});
	return coalesceTextEdits(flat, windowMs).map((event) => {
		let index = origin.get(event);
		if (index === undefined && isText(event)) {
			// a merged run: it ends where its last edit was
			const last = flat.findLast(
				(e) => isText(e) && sameRun(e, event) && e.at === event.at && sameTo(e, event)
			);
			index = last ? (origin.get(last) ?? null) : null;
		}
		const input = toEventInput(event);
		return index === null || index === undefined ? input : { ...input, updateIndex: index };
	});
}

function sameTo(a: ContentEvent, b: ContentEvent): boolean {
	return (a.data as { to?: unknown }).to === (b.data as { to?: unknown }).to;
}
