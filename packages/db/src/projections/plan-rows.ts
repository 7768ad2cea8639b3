import {
	foldVietnamese,
	planUnitsAfterMerge,
	type PlanEvent,
	type Stored,
	type StoredEvent,
	type UnitsMerged
} from '@trienkhai/domain';

/* The plans projection's rows and changes, pure: plans.ts writes them in SQL, plans-replay.ts folds them. */

/** The columns an issue, an amendment or a section edit sets on its plan's row (null: other events). */
export function planColumns(event: StoredEvent): Record<string, unknown> | null {
	switch (event.type) {
		case 'PlanIssued':
		case 'PlanAmendmentIssued':
			return { status: 'issued', issued_at: event.occurredAt, revision: event.data.revision };
		case 'PlanAmendmentStarted':
			return { status: 'amending' };
		case 'PlanSectionEdited': {
			const { section, to } = event.data;
			if (section === 'title') return { title: to, search_text: foldVietnamese(to) };
			return section === 'purpose' ? { purpose: to } : { organisation: to };
		}
		default:
			return null;
	}
}

/** A plan's units after a merge, as the domain decides it. */
export function unitsAfterMerge(
	row: { owner_unit_id: string; co_drafter_unit_ids: string[] },
	data: Partial<UnitsMerged['data']>
) {
	return planUnitsAfterMerge(
		{ ownerUnitId: row.owner_unit_id, coDrafterUnitIds: row.co_drafter_unit_ids },
		{
			dissolvedUnitIds: (data.dissolved ?? []).map((u) => u.unitId),
			successorUnitId: data.successor?.unitId ?? row.owner_unit_id
		}
	);
}

/** A new plan's row, as PlanCreated gives it. */
export function newPlanRow(event: Stored<Extract<PlanEvent, { type: 'PlanCreated' }>>) {
	const d = event.data;
	return {
		id: event.planId,
		title: d.title,
		owner_unit_id: d.ownerUnitId,
		directive_id: d.documentId ?? null,
		status: 'draft' as const,
		revision: 0,
		purpose: '',
		organisation: '',
		issued_at: null as Date | string | null,
		search_text: foldVietnamese(d.title),
		created_at: event.occurredAt,
		updated_at: event.occurredAt,
		co_drafter_unit_ids: [] as string[],
		version: event.seq
	};
}
