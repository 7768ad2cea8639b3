import { invalidateAll } from '$app/navigation';

/**
 * Keeps an open plan page current: whenever the plan's log moves (its live stream says "changed": issued,
 * amended, a task accepted, progress reported, a note saved …), the page's data loads again, so its status,
 * editability and each task's workflow state follow without a reload. At most one reload runs at a time; a
 * change that arrives meanwhile causes one more. Returns the function that stops following.
 */
export function followPlan(planId: string): () => void {
	const source = new EventSource(`/api/live/ke-hoach/${encodeURIComponent(planId)}?for=page`);
	let running = false;
	let again = false;
	const refresh = async (): Promise<void> => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			await invalidateAll();
		} finally {
			running = false;
			if (again) {
				again = false;
				void refresh();
			}
		}
	};
	source.addEventListener('changed', () => void refresh());
	return () => source.close();
}
