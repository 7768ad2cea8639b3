import type { PlanDocumentSnapshot, PlanSection } from '@trienkhai/domain';

/**
 * Text a user typed that the server refused (the plan was issued meanwhile, or a right was missing). The
 * refusal drops the browser's copy, so before that the texts are kept (sessionStorage, this tab only) and
 * after the reload those that differ from the server's are shown as "not applied", to copy, never lost.
 */
export type UnappliedText =
	| { kind: 'section'; section: PlanSection; text: string }
	| { kind: 'group'; code: string; text: string }
	| { kind: 'task'; code: string; field: 'content' | 'output' | 'difficulties'; text: string };

const key = (planId: string) => `trienkhai:sync-unapplied:${planId}`;

/** Keeps the local document's texts across the reload that follows a refusal. */
export function keepLocalTexts(storage: Storage, planId: string, local: PlanDocumentSnapshot): void {
	try {
		storage.setItem(key(planId), JSON.stringify(local));
	} catch {
		// storage full or disabled: the refusal notice still says what happened
	}
}

/**
 * The texts kept before the reload. They stay (the page may build its editor more than once, e.g. when the
 * plan's status changes) until the user dismisses them or nothing in them differs from the server's.
 */
export function readLocalTexts(storage: Storage, planId: string): PlanDocumentSnapshot | null {
	const kept = storage.getItem(key(planId));
	if (kept === null) return null;
	try {
		return JSON.parse(kept) as PlanDocumentSnapshot;
	} catch {
		return null;
	}
}

/** Forgets the kept texts (dismissed, or all of them applied after all). */
export function forgetLocalTexts(storage: Storage, planId: string): void {
	storage.removeItem(key(planId));
}

const SECTIONS: readonly PlanSection[] = ['title', 'purpose', 'organisation'];
const TASK_FIELDS = ['content', 'output', 'difficulties'] as const;

/** What the local copy held that the server's document does not: each differing, non-empty text. */
export function unappliedTexts(local: PlanDocumentSnapshot, server: PlanDocumentSnapshot): UnappliedText[] {
	const found: UnappliedText[] = [];
	for (const section of SECTIONS) {
		const text = local[section] ?? '';
		if (text.trim() !== '' && text !== server[section]) found.push({ kind: 'section', section, text });
	}
	const serverGroups = new Map(server.groups.map((g) => [g.id, g]));
	for (const group of local.groups) {
		if (group.title.trim() !== '' && serverGroups.get(group.id)?.title !== group.title)
			found.push({ kind: 'group', code: group.code, text: group.title });
	}
	const serverTasks = new Map(server.tasks.map((t) => [t.id, t]));
	for (const task of local.tasks) {
		const stored = serverTasks.get(task.id);
		for (const field of TASK_FIELDS) {
			const text = task[field] ?? '';
			if (text.trim() !== '' && (stored?.[field] ?? '') !== text)
				found.push({ kind: 'task', code: stored?.code ?? task.code, field, text });
		}
	}
	return found;
}
