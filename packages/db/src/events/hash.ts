import { createHash } from 'node:crypto';
import { canonicalEventJson, type ChainedEventContent } from '@trienkhai/domain';

/** SHA-256 (hex) of the event's canonical encoding chained to the previous hash of its plan. */
export function hashEvent(content: ChainedEventContent, prevHash: string): string {
	return createHash('sha256').update(canonicalEventJson(content, prevHash)).digest('hex');
}

/** What the update chain covers of a stored document update: everything but the time it was received. */
export interface ChainedUpdateContent {
	planId: string;
	seq: number;
	update: Uint8Array;
	userId: string | null;
	unitId: string | null;
	origin: string;
}

/**
 * SHA-256 (hex) of a document update chained to the previous update hash of its plan. The encoding is a
 * JSON array of strings and integers only (so JSON.stringify writes it one way), with the update's bytes
 * as their own SHA-256.
 */
export function hashUpdate(content: ChainedUpdateContent, prevHash: string): string {
	const bytes = createHash('sha256').update(content.update).digest('hex');
	const encoded = JSON.stringify([
		'plan_update',
		content.planId,
		content.seq,
		content.userId,
		content.unitId,
		content.origin,
		bytes,
		prevHash
	]);
	return createHash('sha256').update(encoded).digest('hex');
}
