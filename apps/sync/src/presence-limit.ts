import { CLOSE } from './close-codes.ts';

/** The limits on one connection's presence (awareness) messages; the defaults are in config.ts. */
export interface PresenceLimits {
	/** Largest presence message accepted, in bytes. */
	maxPresenceBytes: number;
	/** Presence messages one connection may send per second, on average. */
	presencePerSecond: number;
	/** How many may come at once (a burst) before the average applies. */
	presenceBurst: number;
}

/**
 * Judges each presence message of one connection before the room sees it: too large or too frequent closes
 * the socket with the returned code, so the other clients receive nothing of it. The rate is a token bucket.
 */
export class PresenceLimiter {
	private tokens: number;
	private last: number;
	private readonly limits: PresenceLimits;

	constructor(limits: PresenceLimits, now: number) {
		this.limits = limits;
		this.tokens = limits.presenceBurst;
		this.last = now;
	}

	/** null: pass it on; otherwise the close code. */
	admit(bytes: number, now: number): typeof CLOSE.presenceTooLarge | typeof CLOSE.presenceTooFast | null {
		if (bytes > this.limits.maxPresenceBytes) return CLOSE.presenceTooLarge;
		const elapsed = Math.max(0, now - this.last) / 1000;
		this.last = now;
		this.tokens = Math.min(this.limits.presenceBurst, this.tokens + elapsed * this.limits.presencePerSecond);
		if (this.tokens < 1) return CLOSE.presenceTooFast;
		this.tokens -= 1;
		return null;
	}
}
