import { createHash } from 'node:crypto';
import { canonicalEventJson, type ChainedEventContent } from '@trienkhai/domain';

/** SHA-256 (hex) of the event's canonical encoding chained to the previous hash of its plan. */
export function hashEvent(content: ChainedEventContent, prevHash: string): string {
	return createHash('sha256').update(canonicalEventJson(content, prevHash)).digest('hex');
}
