import {
	checkDocumentChange,
	deriveContentEvents,
	findForeignContent,
	hasPendingUpdates,
	readPlanDocument,
	type Actor,
	type ContentEvent,
	type DocumentViolation,
	type PlanDocumentSnapshot,
	type PlanStatus
} from '@trienkhai/domain';
import type { PlanRightsState } from '@trienkhai/db';
import * as Y from 'yjs';
import { hiddenViolations } from './hidden-content.ts';
import type { UpdateBudget } from './update-budget.ts';

/** The plan's rights as the room holds them (what `checkDocumentChange` decides with). */
export interface PlanRights extends PlanRightsState {
	status: PlanStatus;
	coDrafterUnitIds: string[];
}

/** What the gate says of one client update. */
export type GateDecision =
	/** Nothing new (a resent or empty sync step 2). */
	| { kind: 'unchanged' }
	/** Yjs cannot read it, or it writes outside the plan layout: the connection is broken off. */
	| { kind: 'invalid'; reason: string; detail: unknown }
	/** It builds on changes this instance lacks: the client must reconnect and resend. */
	| { kind: 'resync' }
	/** The user may not make it (visibly, or hidden in an update that nets out to nothing). */
	| { kind: 'refused'; violations: DocumentViolation[] }
	/** The user's byte budget for the plan would be exceeded. */
	| { kind: 'overBudget' }
	/** Allowed: the shadow now holds it; `events` is what it changed. */
	| { kind: 'accepted'; events: ContentEvent[]; before: PlanDocumentSnapshot; after: PlanDocumentSnapshot };

/**
 * Decides client updates before anything of them is applied to the shared document: each is tried on a
 * shadow replica that holds the committed document plus the updates accepted and not yet written, read out
 * and put to the rights check. Accepted, it stays in the shadow (the next update is decided after it);
 * otherwise the shadow is rebuilt without it, so a refused update never reaches anyone.
 */
export class RightsGate {
	rights: PlanRights;
	private shadow: Y.Doc;
	private snapshot: PlanDocumentSnapshot;
	private lastTransaction: Y.Transaction | null = null;
	private changed = false;
	private readonly baseline: () => { doc: Y.Doc; pending: Uint8Array[] };
	private readonly budget: UpdateBudget;

	/** `baseline` gives the committed document and the accepted updates not yet in it, in order. */
	constructor(
		rights: PlanRights,
		budget: UpdateBudget,
		baseline: () => { doc: Y.Doc; pending: Uint8Array[] }
	) {
		this.rights = rights;
		this.budget = budget;
		this.baseline = baseline;
		this.shadow = this.build();
		this.snapshot = readPlanDocument(this.shadow);
	}

	/** Decides an update of `actor` at `at`; see GateDecision. */
	check(update: Uint8Array, actor: Actor, at: string): GateDecision {
		const before = this.snapshot;
		this.changed = false;
		this.lastTransaction = null;
		try {
			Y.applyUpdate(this.shadow, update, 'client');
		} catch (error) {
			this.rebuild();
			return { kind: 'invalid', reason: 'unreadable update', detail: error };
		}
		if (!this.changed && !hasPendingUpdates(this.shadow)) return { kind: 'unchanged' };
		if (hasPendingUpdates(this.shadow)) {
			this.rebuild();
			return { kind: 'resync' };
		}
		const foreign = findForeignContent(this.shadow);
		if (foreign.length > 0) {
			this.rebuild();
			return { kind: 'invalid', reason: 'content outside the plan layout', detail: foreign };
		}
		const after = readPlanDocument(this.shadow);
		const context = { unitId: actor.unitId, plan: this.rights };
		const decision = checkDocumentChange(before, after, context);
		if (!decision.allowed) {
			this.rebuild();
			return { kind: 'refused', violations: decision.violations };
		}
		const events = deriveContentEvents(before, after, actor, at);
		if (events.length === 0 && this.lastTransaction) {
			const hidden = hiddenViolations(this.shadow, this.lastTransaction, before, context);
			if (hidden.length > 0) {
				this.rebuild();
				return { kind: 'refused', violations: hidden };
			}
		}
		if (!this.budget.allows(actor.userId, update.byteLength)) {
			this.rebuild();
			return { kind: 'overBudget' };
		}
		this.budget.charge(actor.userId, update.byteLength);
		this.snapshot = after;
		return { kind: 'accepted', events, before, after };
	}

	/** Committed updates from elsewhere (another instance, the log). */
	applyCommitted(update: Uint8Array): void {
		Y.applyUpdate(this.shadow, update, 'remote');
		this.snapshot = readPlanDocument(this.shadow);
	}

	/** Builds the shadow again from the committed document and the accepted updates still pending. */
	rebuild(): void {
		this.shadow.destroy();
		this.shadow = this.build();
		this.snapshot = readPlanDocument(this.shadow);
	}

	destroy(): void {
		this.shadow.destroy();
	}

	private build(): Y.Doc {
		const { doc, pending } = this.baseline();
		const shadow = new Y.Doc();
		Y.applyUpdate(shadow, Y.encodeStateAsUpdate(doc));
		for (const update of pending) Y.applyUpdate(shadow, update);
		shadow.on('update', () => (this.changed = true));
		shadow.on('afterTransaction', (transaction: Y.Transaction) => (this.lastTransaction = transaction));
		return shadow;
	}
}
