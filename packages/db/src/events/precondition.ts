/** The plan state that decides who may change what in its document (status, owner, co-drafters). */
export interface PlanRightsState {
	status: string;
	ownerUnitId: string;
	coDrafterUnitIds: readonly string[];
}

/**
 * What must hold, as stored, for a batch to be appended: the plan's rights are still those its writer
 * decided with. A sync room decides each update with the rights it holds in memory (and the document,
 * which only rooms change); the decision is a pure function of both, so when the stored rights are the same
 * under the plan's lock, the decision still holds, and when a command changed them meanwhile (issued,
 * amended, a co-drafter invited), the batch is refused and the room decides again.
 */
export interface AppendPrecondition {
	planRights: PlanRightsState;
}

/** The plan's rights changed after the writer decided: nothing of the batch was written. */
export class PreconditionFailedError extends Error {
	readonly planId: string;
	/** The rights as stored now (null: the plan does not exist). */
	readonly actual: PlanRightsState | null;

	constructor(planId: string, actual: PlanRightsState | null) {
		super(
			`plan ${planId}: its rights changed (now ${actual ? actual.status : 'missing'}) after the batch was decided`
		);
		this.name = 'PreconditionFailedError';
		this.planId = planId;
		this.actual = actual;
	}
}

function sameRights(a: PlanRightsState, b: PlanRightsState): boolean {
	const sorted = (ids: readonly string[]) => [...ids].sort().join('\u0000');
	return (
		a.status === b.status &&
		a.ownerUnitId === b.ownerUnitId &&
		sorted(a.coDrafterUnitIds) === sorted(b.coDrafterUnitIds)
	);
}

/** The plans whose stored rights the batches' preconditions are checked against. */
export function preconditionPlanIds(
	batches: ReadonlyArray<{ planId: string; precondition?: AppendPrecondition }>
) {
	return [...new Set(batches.flatMap((b) => (b.precondition ? [b.planId] : [])))];
}

/**
 * Checks the batches' preconditions against the plans' rights as stored, read after the plans' locks were
 * taken, in the append's transaction, so no command can change the rights between the check and the
 * commit. Returns the refusal of each batch (by index) whose precondition does not hold.
 */
export function unmetPreconditions(
	batches: ReadonlyArray<{ planId: string; precondition?: AppendPrecondition }>,
	stored: ReadonlyMap<string, PlanRightsState>
): Map<number, PreconditionFailedError> {
	const refused = new Map<number, PreconditionFailedError>();
	for (const [index, batch] of batches.entries()) {
		if (!batch.precondition) continue;
		const actual = stored.get(batch.planId) ?? null;
		if (!actual || !sameRights(actual, batch.precondition.planRights)) {
			refused.set(index, new PreconditionFailedError(batch.planId, actual));
		}
	}
	return refused;
}
