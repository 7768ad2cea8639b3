import { reload, type ReloadTarget } from './reload-queue.ts';

/** A function re-running the page's load (`dependency`) with no reload and no lost scroll (see reload-queue). */
export function refresher(dependency: `${string}:${string}`): () => void {
	return () => void reload(dependency).catch(() => {});
}

/** The log position a notice names in its data (`{ position }`), if it names one. */
function positionOf(message: MessageEvent<string>): number | null {
	try {
		const data = JSON.parse(message.data) as { position?: unknown } | null;
		return typeof data?.position === 'number' ? data.position : null;
	} catch {
		return null;
	}
}

/**
 * Follows a live endpoint (server-sent events): each named event re-runs the loads that depend on what
 * `events` maps it to (a plain dependency: the event "changed"); `onstate` hears whether the stream is up.
 * Returns the function that stops following.
 */
export function followLive(
	url: string,
	events: `${string}:${string}` | Record<string, ReloadTarget>,
	onstate: (live: boolean) => void = () => {}
): () => void {
	const source = new EventSource(url);
	source.addEventListener('ready', () => onstate(true));
	const map = typeof events === 'string' ? { changed: events } : events;
	for (const [event, target] of Object.entries(map)) {
		source.addEventListener(event, (message: MessageEvent<string>) => {
			void reload(target, positionOf(message)).catch(() => {});
		});
	}
	source.onerror = () => onstate(false);
	return () => source.close();
}
