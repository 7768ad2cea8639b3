import { createHash } from 'node:crypto';
import {
	canonicalEventJson,
	normaliseEventData,
	normaliseInstant,
	type ChainedEventContent
} from '@trienkhai/domain';
import type { AppendBatch, AppendEvent } from './batch.ts';

/** An event as it is hashed: normalised data and time, its seq, and the update it came from. */
export function eventContent(
	planId: string,
	seq: number,
	e: AppendEvent,
	/** The update seq an `updateIndex` stands for (null: the event's own `updateSeq`, if any). */
	fromIndex: number | null
): ChainedEventContent {
	return {
		planId,
		seq,
		taskId: e.taskId,
		type: e.type,
		data: normaliseEventData(e.data),
		userId: e.userId,
		unitId: e.unitId,
		occurredAt: normaliseInstant(e.occurredAt),
		updateSeq: fromIndex ?? e.updateSeq ?? null
	};
}

/**
 * SHA-256 of what a batch says, independent of where it lands (no seqs, no hashes): a retry of the same
 * batch has the same one, a different batch under a reused key does not.
 */
export function fingerprint(batch: AppendBatch): string {
	const digest = createHash('sha256');
	digest.update(JSON.stringify([batch.planId, batch.expected ?? null]));
	for (const u of batch.updates ?? []) {
		digest.update(JSON.stringify([u.userId, u.unitId, u.origin, u.update.length]));
		digest.update(u.update);
	}
	(batch.events ?? []).forEach((e, i) => {
		// an index into the batch as a negative number, so it never equals a seq
		const content = eventContent(
			batch.planId,
			i,
			e,
			e.updateIndex !== undefined ? -(e.updateIndex + 1) : null
		);
		digest.update(canonicalEventJson(content, ''));
	});
	return digest.digest('hex');
}
