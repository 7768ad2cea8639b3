import type { IsoDate } from '../time/dates.ts';

/** A unit as the merge names it: by id, and by the name it had then (the history keeps that name). */
export interface MergedUnitRef {
	unitId: string;
	name: string;
}

/**
 * The directory merged units (sáp nhập, hợp nhất): the dissolved units' open tasks of this plan passed to the
 * successor (đơn vị kế thừa), and the plan itself when a dissolved unit owned or co-drafted it. The lead and coordinator changes themselves are the TaskFieldChanged events of
 * the same batch, derived from the document update; this event says why. `actor` is the administrator.
 */
export interface UnitsMerged {
	type: 'UnitsMerged';
	planId: string;
	actor: { userId: string | null; unitId: string | null };
	/** ISO instant */
	at: string;
	data: {
		dissolved: MergedUnitRef[];
		successor: MergedUnitRef;
		/** The Vietnamese calendar day the merge takes effect. */
		effectiveOn: IsoDate;
		/** The open tasks whose lead passed to the successor. */
		leadTaskIds: string[];
		/** The open tasks whose coordinating units changed. */
		coordinatorTaskIds: string[];
		/** The plan belonged to a dissolved unit and now belongs to the successor (absent: unchanged). */
		ownerMoved?: boolean;
		/** A dissolved co-drafter was replaced by the successor (absent: unchanged). */
		coDraftersMoved?: boolean;
		/** The issued plan was in a dissolved unit's inbox (văn bản đến): the entry is the successor's now. */
		inboxMoved?: boolean;
		/** Part of a split (chia tách): the dissolved unit's work went to several successors, this one's share here. */
		split?: boolean;
	};
}

export type UnitMergeEvent = UnitsMerged;

/** The merge event type names, for validating stored events. */
export const UNIT_MERGE_EVENT_TYPES = ['UnitsMerged'] as const satisfies ReadonlyArray<
	UnitMergeEvent['type']
>;
