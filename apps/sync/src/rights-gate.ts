import {
	checkContentEvents,
	deriveContentEvents,
	findForeignContent,
	findTaskForeignContent,
	hasPendingUpdates,
	inspectPlanTasks,
	readPlanDocument,
	type Actor,
	type ContentEvent,
	type DocumentViolation,
	type PlanDocumentSnapshot,
	type PlanDocumentTask,
	type PlanStatus
} from '@trienkhai/domain';
import type { PlanRightsState } from '@trienkhai/db';
import * as Y from 'yjs';
import { hiddenViolations } from './hidden-content.ts';
import { tasksChangedInPlace, type ChangedTypes } from './touched-tasks.ts';
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

/** An update read on the shadow: the plan after it, the parts compared, what is outside the layout. */
interface Reading {
	after: PlanDocumentSnapshot;
	from: PlanDocumentSnapshot;
	to: PlanDocumentSnapshot;
	foreign: string[];
}

/** Whether a transaction changed the document (Yjs' own test before it emits an update). */
function changedAnything(transaction: Y.Transaction): boolean {
	if (transaction.deleteSet.clients.size > 0) return true;
	for (const [client, clock] of transaction.afterState) {
		if (transaction.beforeState.get(client) !== clock) return true;
	}
	return false;
}

/** The types the transactions changed, with the keys changed in each (null: list content). */
function changedTypes(transactions: readonly Y.Transaction[]): ChangedTypes {
	if (transactions.length === 1) return transactions[0]!.changed;
	const changed: ChangedTypes = new Map();
	for (const transaction of transactions) {
		for (const [type, keys] of transaction.changed) {
			const into = changed.get(type) ?? new Set();
			for (const key of keys) into.add(key);
			changed.set(type, into);
		}
	}
	return changed;
}

/**
 * Decides client updates before anything of them is applied to the shared document: each is tried on a
 * shadow replica that holds the committed document plus the updates accepted and not yet written, read out
 * and put to the rights check. Accepted, it stays in the shadow (the next update is decided after it);
 * otherwise the shadow is rebuilt without it, so a refused update never reaches anyone.
 */
export class RightsGate {
	rights: PlanRights;
	/** How many updates were checked in place (readTasks), for the test that compares the two checks. */
	inPlaceChecks = 0;
	private shadow: Y.Doc;
	private snapshot: PlanDocumentSnapshot;
	/** The transactions the update being checked made on the shadow (Yjs cleans formatting in a second one). */
	private transactions: Y.Transaction[] = [];
	/** The shadow holds nothing outside the plan layout (found so when the last update was accepted). */
	private clean = false;
	/** The groups of `snapshot`, once asked for. */
	private groupIds: Set<string> | null = null;
	private readonly baseline: () => { doc: Y.Doc; pending: Uint8Array[] };
	private readonly budget: UpdateBudget;

	/** Whether updates that change tasks in place are checked there only (see readTasks). */
	private readonly incremental: boolean;

	/**
	 * `baseline` gives the committed document and the accepted updates not yet in it, in order. `incremental`
	 * false checks every update on the whole document (the test of the incremental check compares the two).
	 */
	constructor(
		rights: PlanRights,
		budget: UpdateBudget,
		baseline: () => { doc: Y.Doc; pending: Uint8Array[] },
		options: { incremental?: boolean } = {}
	) {
		this.incremental = options.incremental ?? true;
		this.rights = rights;
		this.budget = budget;
		this.baseline = baseline;
		this.shadow = this.build();
		this.snapshot = readPlanDocument(this.shadow);
	}

	/** Decides an update of `actor` at `at`; see GateDecision. */
	check(update: Uint8Array, actor: Actor, at: string): GateDecision {
		const before = this.snapshot;
		const rootsBefore = this.shadow.share.size;
		this.transactions = [];
		try {
			Y.applyUpdate(this.shadow, update, 'client');
		} catch (error) {
			this.rebuild();
			return { kind: 'invalid', reason: 'unreadable update', detail: error };
		}
		const pending = hasPendingUpdates(this.shadow);
		if (!pending && !this.transactions.some(changedAnything)) return { kind: 'unchanged' };
		if (pending) {
			this.rebuild();
			return { kind: 'resync' };
		}
		const changed = changedTypes(this.transactions);
		const touched =
			this.clean && this.incremental ? tasksChangedInPlace(this.shadow, changed, rootsBefore) : null;
		const read = touched ? this.readTasks(before, touched) : this.readAll(before);
		if (read.foreign.length > 0) {
			this.rebuild();
			return { kind: 'invalid', reason: 'content outside the plan layout', detail: read.foreign };
		}
		const context = { unitId: actor.unitId, plan: this.rights };
		const events = deriveContentEvents(read.from, read.to, actor, at);
		const decision = checkContentEvents(events, read.from, read.to, context);
		if (!decision.allowed) {
			this.rebuild();
			return { kind: 'refused', violations: decision.violations };
		}
		if (events.length === 0) {
			const hidden = hiddenViolations(this.shadow, changed, before, context);
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
		this.snapshot = read.after;
		if (!touched) this.groupIds = null;
		// nothing outside the layout anywhere: the next update may be checked where it writes only
		this.clean = true;
		return { kind: 'accepted', events, before, after: read.after };
	}

	/**
	 * The whole shadow read and checked: `from`/`to` are the whole snapshots before and after, `foreign`
	 * everything outside the layout anywhere.
	 */
	private readAll(before: PlanDocumentSnapshot): Reading {
		const after = readPlanDocument(this.shadow);
		return { after, from: before, to: after, foreign: findForeignContent(this.shadow) };
	}

	/**
	 * Only the tasks an update changed in place, read and checked (the rest of the document is as it was, and
	 * was found clean): `after` is `before` with those tasks read again, `from`/`to` the plan without its other
	 * tasks, which deriveContentEvents and checkDocumentChange then compare as they would the whole plan
	 * (nothing else differs, no task moved). A task that reads into another group falls back to readAll.
	 */
	private readTasks(before: PlanDocumentSnapshot, ids: ReadonlySet<string>): Reading {
		this.inPlaceChecks++;
		if (ids.size === 0) return { after: before, from: before, to: before, foreign: [] };
		this.groupIds ??= new Set(before.groups.map((g) => g.id));
		const reading = inspectPlanTasks(this.shadow, ids, this.groupIds);
		const { tasks } = reading;
		const from: PlanDocumentTask[] = [];
		const to: PlanDocumentTask[] = [];
		const all = before.tasks.map((task) => {
			if (!ids.has(task.id)) return task;
			const read = tasks.get(task.id);
			if (!read || read.groupId !== task.groupId) return null;
			const now = { ...read, index: task.index };
			from.push(task);
			to.push(now);
			return now;
		});
		if (from.length !== ids.size || all.includes(null)) return this.readAll(before);
		const after = { ...before, tasks: all as PlanDocumentTask[] };
		const foreign = findTaskForeignContent(this.shadow, reading);
		return { after, from: { ...before, tasks: from }, to: { ...before, tasks: to }, foreign };
	}

	/** Committed updates from elsewhere (another instance, the log). */
	applyCommitted(update: Uint8Array): void {
		Y.applyUpdate(this.shadow, update, 'remote');
		this.setSnapshot(readPlanDocument(this.shadow));
	}

	/** Builds the shadow again from the committed document and the accepted updates still pending. */
	rebuild(): void {
		this.shadow.destroy();
		this.shadow = this.build();
		this.setSnapshot(readPlanDocument(this.shadow));
	}

	destroy(): void {
		this.shadow.destroy();
	}

	/** A snapshot read from elsewhere than an accepted update: the shadow's cleanliness is not known. */
	private setSnapshot(snapshot: PlanDocumentSnapshot): void {
		this.snapshot = snapshot;
		this.groupIds = null;
		this.clean = false;
	}

	private build(): Y.Doc {
		const { doc, pending } = this.baseline();
		const shadow = new Y.Doc();
		Y.applyUpdate(shadow, Y.encodeStateAsUpdate(doc));
		for (const update of pending) Y.applyUpdate(shadow, update);
		shadow.on('afterTransaction', (transaction: Y.Transaction) => this.transactions.push(transaction));
		return shadow;
	}
}
