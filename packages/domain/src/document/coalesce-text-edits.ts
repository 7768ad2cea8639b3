import type { ContentEvent, PlanSectionEdited, TaskTextEdited } from '../plan/content.events.ts';

type TextEdit = TaskTextEdited | PlanSectionEdited;

/** What a text edit edits: one section, or one text field of one task. */
function targetOf(event: TextEdit): string {
	return event.type === 'PlanSectionEdited'
		? `section:${event.data.section}`
		: `task:${event.taskId ?? ''}:${event.data.field}`;
}

function sameActor(a: TextEdit, b: TextEdit): boolean {
	return a.actor.userId === b.actor.userId && a.actor.unitId === b.actor.unitId;
}

/** `first` carried on to where `last` left the text. */
function extend(first: TextEdit, last: TextEdit): TextEdit {
	const to = last.data.to;
	return first.type === 'PlanSectionEdited'
		? { ...first, at: last.at, data: { ...first.data, to } }
		: { ...first, at: last.at, data: { ...first.data, to } };
}

interface Open {
	/** Index in the output of the edit being extended. */
	index: number;
	/** When its window started, ms since epoch. */
	start: number;
}

/**
 * Merges runs of text edits (TaskTextEdited, PlanSectionEdited) of the same user on the same task field or
 * section into one event per window: the first edit's `from`, the last's `to` and `at`, placed where the
 * last one was. A window is `windowMs` long from the run's first edit, so a long session of typing still
 * leaves one event per window. A run ends when someone else edits the same text or the task is created or
 * deleted; other events in between do not touch that text and are kept in place. A run whose edits cancel
 * out (`from` equals `to`) is dropped. Applying the result gives the same state as applying `events`.
 */
export function coalesceTextEdits(events: readonly ContentEvent[], windowMs: number): ContentEvent[] {
	const out: (ContentEvent | null)[] = [];
	const open = new Map<string, Open>();
	for (const event of events) {
		if (event.type !== 'TaskTextEdited' && event.type !== 'PlanSectionEdited') {
			if ((event.type === 'TaskCreated' || event.type === 'TaskDeleted') && event.taskId !== null) {
				for (const key of open.keys()) if (key.startsWith(`task:${event.taskId}:`)) open.delete(key);
			}
			out.push(event);
			continue;
		}
		const key = targetOf(event);
		const at = Date.parse(event.at);
		const run = open.get(key);
		const first = run === undefined ? undefined : (out[run.index] as TextEdit);
		if (run !== undefined && first !== undefined && sameActor(first, event) && at - run.start <= windowMs) {
			out[run.index] = null;
			out.push(extend(first, event));
			open.set(key, { index: out.length - 1, start: run.start });
			continue;
		}
		out.push(event);
		open.set(key, { index: out.length - 1, start: at });
	}
	return out.filter((event): event is ContentEvent => {
		if (event === null) return false;
		return (
			!(event.type === 'TaskTextEdited' || event.type === 'PlanSectionEdited') ||
			event.data.from !== event.data.to
		);
	});
}
