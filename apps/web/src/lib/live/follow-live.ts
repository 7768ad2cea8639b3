import { invalidate } from '$app/navigation';

/**
 * A function re-running the page's load (`dependency`) with no reload and no lost scroll. A call while a
 * load runs runs one more load after it: SvelteKit folds an invalidate() made during a load into that load,
 * which may have read the database before the change.
 */
export function refresher(dependency: `${string}:${string}`): () => void {
	let loading: Promise<void> | null = null;
	let stale = false;
	return () => {
		if (loading) {
			stale = true;
			return;
		}
		loading = (async () => {
			try {
				do {
					stale = false;
					await invalidate(dependency);
				} while (stale);
			} finally {
				loading = null;
			}
		})();
	};
}

/**
 * Follows a live endpoint (server-sent events): each "changed" re-runs the page's load; `onstate` hears
 * whether the stream is up. Returns the function that stops following.
 */
export function followLive(
	url: string,
	dependency: `${string}:${string}`,
	onstate: (live: boolean) => void = () => {}
): () => void {
	const source = new EventSource(url);
	source.addEventListener('ready', () => onstate(true));
	source.addEventListener('changed', refresher(dependency));
	source.onerror = () => onstate(false);
	return () => source.close();
}
