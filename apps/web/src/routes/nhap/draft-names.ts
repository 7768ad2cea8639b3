import type { ImportDraft } from './import.server.ts';

/** What a name the directory did not know will become on confirm; null while no choice settles it. */
export type ResolvedName = { name: string; isNew: boolean } | null;

/**
 * How the preview names units: what an unmatched name becomes (as the proposals card says), how many tasks use
 * a name, and which tasks nobody leads yet.
 */
export function draftNames(draft: ImportDraft, unitNames: ReadonlyMap<string, string>) {
	const proposalFor = (name: string | null) =>
		name === null ? undefined : draft.proposals.find((p) => p.name === name);
	const resolved = (name: string | null): ResolvedName => {
		const p = proposalFor(name);
		if (p?.choice === 'map' && p.unitId) return { name: unitNames.get(p.unitId) ?? p.unitId, isNew: false };
		if (p?.choice === 'create') return { name: p.proposed.name || p.name, isNew: true };
		return null;
	};
	return {
		resolved,
		usedIn: (name: string) =>
			draft.tasks.filter((t) => t.lead === name || t.coordinators.includes(name)).length,
		/** Tasks nobody leads yet: no unit chosen, and no proposal settled for the name as written. */
		unassigned: () => draft.tasks.filter((t) => t.leadUnitId === '' && resolved(t.lead) === null)
	};
}
