/**
 * This tab's changes the server has not confirmed, counted as people count them: a burst of edits (typing a
 * sentence, a field's new value) is one change; a pause of more than `pauseMs` starts the next. Each change
 * is known by this client's Yjs clock at its end: the server holding that clock has stored it.
 */
export class PendingChanges {
	private changes: { clock: number; at: number }[] = [];

	constructor(private readonly pauseMs = 1000) {}

	/** A local edit ended at `clock` (this client's clock after it), at time `at` (ms). */
	record(clock: number, at: number): void {
		const last = this.changes.at(-1);
		if (last && at - last.at <= this.pauseMs) {
			last.clock = clock;
			last.at = at;
		} else this.changes.push({ clock, at });
	}

	/** The changes the server does not hold, given the clock it holds for this client; forgets the others. */
	count(serverClock: number): number {
		this.changes = this.changes.filter((c) => c.clock > serverClock);
		return this.changes.length;
	}
}
