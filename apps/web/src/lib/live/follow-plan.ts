import { reload } from './reload-queue.ts';

/**
 * Keeps an open plan page current: whenever the plan's log moves (its live stream says "changed": issued,
 * amended, a task accepted, progress reported, a note saved …), the page's data loads again, so its status,
 * editability and each task's workflow state follow without a reload. At most one reload runs at a time; a
 * change that arrives meanwhile causes one more.
 *
 * Offline, the stream is closed and nothing is reloaded (a failed reload would make the router leave the
 * page); back online, it reopens from the last position it saw (`since`), so what was logged meanwhile is
 * announced at once. Returns the function that stops following.
 */
export function followPlan(planId: string): () => void {
	const base = `/api/live/ke-hoach/${encodeURIComponent(planId)}?for=page`;
	let source: EventSource | null = null;
	let lastId: string | null = null;
	let running = false;
	let again = false;
	const refresh = async (): Promise<void> => {
		if (running || !navigator.onLine) {
			again = true;
			return;
		}
		running = true;
		try {
			await reload('all', lastId === null ? null : Number(lastId));
		} finally {
			running = false;
			if (again && navigator.onLine) {
				again = false;
				void refresh();
			}
		}
	};
	const remember = (event: MessageEvent) => {
		if (event.lastEventId) lastId = event.lastEventId;
	};
	const open = () => {
		source?.close();
		source = new EventSource(lastId === null ? base : `${base}&since=${encodeURIComponent(lastId)}`);
		source.addEventListener('ready', remember);
		source.addEventListener('changed', (event) => {
			remember(event);
			void refresh();
		});
	};
	const offline = () => {
		source?.close();
		source = null;
	};
	const online = () => {
		open();
		if (again) {
			again = false;
			void refresh();
		}
	};
	window.addEventListener('offline', offline);
	window.addEventListener('online', online);
	open();
	return () => {
		window.removeEventListener('offline', offline);
		window.removeEventListener('online', online);
		source?.close();
	};
}
