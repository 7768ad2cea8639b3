/** The plan's stream moved on since the caller read it; re-read and retry. */
export class ConcurrencyError extends Error {
	readonly planId: string;
	readonly stream: 'events' | 'updates';
	readonly expected: number;
	readonly actual: number;

	constructor(planId: string, stream: 'events' | 'updates', expected: number, actual: number) {
		super(`plan ${planId}: expected ${stream} seq ${expected}, the stream is at ${actual}`);
		this.name = 'ConcurrencyError';
		this.planId = planId;
		this.stream = stream;
		this.expected = expected;
		this.actual = actual;
	}
}

/** An append the log refuses as malformed (unknown type, stream order, reused idempotency key …). */
export class AppendRejectedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AppendRejectedError';
	}
}

/** Whether an error is an optimistic-concurrency conflict. */
export function isConcurrencyError(error: unknown): error is ConcurrencyError {
	return error instanceof ConcurrencyError;
}

/**
 * A plan's stored document updates do not hold together as their hash chain says (a row changed, inserted
 * or removed behind the log's back): nothing past the break is served; `trienkhai verify` names it.
 */
export class ChainBrokenError extends Error {
	readonly planId: string;
	readonly seq: number;
	readonly reason: string;

	constructor(planId: string, seq: number, reason: string) {
		super(`plan ${planId}: the update chain breaks at update seq ${seq} (${reason})`);
		this.name = 'ChainBrokenError';
		this.planId = planId;
		this.seq = seq;
		this.reason = reason;
	}
}
