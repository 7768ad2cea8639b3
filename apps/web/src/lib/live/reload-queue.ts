import { invalidate, invalidateAll } from '$app/navigation';

/** A load dependency (`depends('live:…')`), or every load of the page. */
export type ReloadTarget = `${string}:${string}` | 'all';

// Every live feed of a page reloads through here. SvelteKit drops what a running load brought back when
// another invalidate starts, and starts over: a notice arriving every few hundred milliseconds would keep
// restarting the reload and nothing would show. So at most one reload runs at a time; what is asked for
// meanwhile is remembered and reloaded once, together, right after it (a load that already read the database
// before the change would otherwise stand). One exception, at most once per reload: a whole reload asked for
// while a partial one runs replaces it at once (it covers it), rather than waiting for it to end.
//
// One committed change often reaches a page on several feeds (the plan's, the person's): a short wait gathers
// those arriving together into one reload, and a partial reload for a log position that a whole reload
// started after is already covered and skipped.
const GATHER_MS = 25;
const pending = new Set<ReloadTarget>();
let running: Promise<void> | null = null;
/** What the running reload covers (null: none runs yet). */
let current: Set<ReloadTarget> | null = null;
/** A whole reload that replaced the running partial one. */
let replacing: Promise<void> | null = null;
/** The latest log position any feed announced, and the one the latest whole reload started after. */
let seen = -1;
let wholeFrom = -1;

function reloadAll(): Promise<void> {
	wholeFrom = seen;
	return invalidateAll();
}

async function drain(): Promise<void> {
	try {
		await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
		while (pending.size > 0) {
			const targets = new Set(pending);
			current = targets;
			pending.clear();
			await (targets.has('all') ? reloadAll() : invalidate((url) => targets.has(url.href as ReloadTarget)));
			if (replacing) await replacing;
			replacing = null;
		}
	} finally {
		current = null;
		replacing = null;
		running = null;
	}
}

/**
 * Reloads the page's data for `target` without a reload of the page: now, or, when a reload is running,
 * once more after it. `position`: the log position the feed's notice reflects (the data is in the database
 * by then), when it has one. Resolves when a reload that covers the call has finished.
 */
export function reload(target: ReloadTarget, position: number | null = null): Promise<void> {
	if (position !== null) seen = Math.max(seen, position);
	if (target !== 'all' && position !== null && position <= wholeFrom) return running ?? Promise.resolve();
	if (target === 'all' && running && current && !current.has('all') && replacing === null) {
		current.add('all');
		replacing = reloadAll();
		return running;
	}
	pending.add(target);
	running ??= drain();
	return running;
}
