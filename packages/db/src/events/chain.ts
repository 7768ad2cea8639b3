import { type ChainedEventContent } from '@trienkhai/domain';
import type { AppendBatch, AppendResult } from './batch.ts';
import { AppendRejectedError, ConcurrencyError } from './errors.ts';
import { eventContent } from './fingerprint.ts';
import { hashEvent, hashUpdate } from './hash.ts';

/** A plan's stream head as the group advances it in memory. */
export interface Head {
	updateSeq: number;
	eventSeq: number;
	hash: string;
	/** Hash of the last update (the update chain's head). */
	updateHash: string;
	/** Whether the stream held events when the transaction began (its PlanCreated is projected). */
	created: boolean;
	/** Whether this transaction moved it (its plan_streams row must be written). */
	moved: boolean;
}

/** An event as the group writes it; its position is set once the group's positions are taken. */
export type ChainedRow = ChainedEventContent & { prevHash: string; hash: string; position?: number };

/** What the group writes for one accepted batch. */
export interface Accepted {
	index: number;
	batch: AppendBatch;
	/** Digest of the batch when it has an idempotency key (see fingerprint). */
	fingerprint: string | null;
	result: AppendResult;
	events: ChainedRow[];
	/** The batch's updates' links in the plan's update chain, in order. */
	updateLinks: Array<{ prevHash: string; hash: string }>;
}

export function range(a: number | null, b: number | null): [number, number] | null {
	return a === null || b === null ? null : [a, b];
}

/** Why the log refuses a batch at this head, or null. */
export function refuse(batch: AppendBatch, head: Head): Error | null {
	const { planId, expected } = batch;
	if (expected?.eventSeq !== undefined && expected.eventSeq !== head.eventSeq) {
		return new ConcurrencyError(planId, 'events', expected.eventSeq, head.eventSeq);
	}
	if (expected?.updateSeq !== undefined && expected.updateSeq !== head.updateSeq) {
		return new ConcurrencyError(planId, 'updates', expected.updateSeq, head.updateSeq);
	}
	const inputs = batch.events ?? [];
	const created = inputs.findIndex((e) => e.type === 'PlanCreated');
	if (inputs.length > 0 && head.eventSeq === 0 && created !== 0) {
		return new AppendRejectedError(`plan ${planId} has no stream yet: its first event must be PlanCreated`);
	}
	if (
		created > 0 ||
		(created === 0 && head.eventSeq > 0) ||
		inputs.slice(created + 1).some((e) => e.type === 'PlanCreated')
	) {
		return new AppendRejectedError(`plan ${planId} is already created`);
	}
	return null;
}

/** Numbers and hash-chains an accepted batch on its plan's head, and moves the head past it. */
export function chain(index: number, batch: AppendBatch, head: Head, fingerprint: string | null): Accepted {
	const { planId } = batch;
	const updates = batch.updates ?? [];
	const updateSeq0 = head.updateSeq;
	const eventSeq0 = head.eventSeq;
	let prevHash = head.hash;
	const events = (batch.events ?? []).map((e, i): ChainedRow => {
		const content = eventContent(
			planId,
			eventSeq0 + i + 1,
			e,
			e.updateIndex !== undefined ? updateSeq0 + e.updateIndex + 1 : null
		);
		const hash = hashEvent(content, prevHash);
		const link = { ...content, prevHash, hash };
		prevHash = hash;
		return link;
	});
	let prevUpdateHash = head.updateHash;
	const updateLinks = updates.map((u, i) => {
		const hash = hashUpdate({ planId, seq: updateSeq0 + i + 1, ...u }, prevUpdateHash);
		const link = { prevHash: prevUpdateHash, hash };
		prevUpdateHash = hash;
		return link;
	});
	head.updateHash = prevUpdateHash;
	head.updateSeq += updates.length;
	head.eventSeq += events.length;
	head.hash = prevHash;
	if (updates.length > 0 || events.length > 0) head.moved = true;
	return {
		index,
		batch,
		fingerprint,
		events,
		updateLinks,
		result: {
			planId,
			duplicate: false,
			updateSeqs: updates.length > 0 ? [updateSeq0 + 1, updateSeq0 + updates.length] : null,
			eventSeqs: events.length > 0 ? [eventSeq0 + 1, eventSeq0 + events.length] : null,
			positions: null,
			eventSeq: head.eventSeq,
			updateSeq: head.updateSeq,
			headHash: head.hash
		}
	};
}
