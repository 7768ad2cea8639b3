import { invalidate, invalidateAll } from '$app/navigation';

/** A load dependency (`depends('live:…')`), or every load of the page. */
export type ReloadTarget = `${string}:${string}` | 'all';

// Every live feed of a page reloads through here. SvelteKit drops what a running load brought back when
// another invalidate starts, and starts over: a notice arriving every few hundred milliseconds would keep
// restarting the reload and nothing would show. So at most one reload runs at a time; what is asked for
// meanwhile is remembered and reloaded once, together, right after it (a load that already read the database
// before the change would otherwise stand). One committed change often reaches a page on several feeds a few
// milliseconds apart (the plan's, the person's): a short wait gathers them into one reload.
const GATHER_MS = 25;
const pending = new Set<ReloadTarget>();
let running: Promise<void> | null = null;

async function drain(): Promise<void> {
	try {
		await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
		while (pending.size > 0) {
			const targets = new Set(pending);
			pending.clear();
			if (targets.has('all')) await invalidateAll();
			else await invalidate((url) => targets.has(url.href as ReloadTarget));
		}
	} finally {
		running = null;
	}
}

/**
 * Reloads the page's data for `target` without a reload of the page: now, or, when a reload is running,
 * once more after it. Resolves when a reload that started after the call has finished.
 */
export function reload(target: ReloadTarget): Promise<void> {
	pending.add(target);
	running ??= drain();
	return running;
}
