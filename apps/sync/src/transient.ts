/** SQLSTATE classes and codes a retry can get past: connection trouble, serialization, deadlock, load. */
const TRANSIENT_SQLSTATE = /^(08|40001|40P01|53|57P0[1-3])/;
const TRANSIENT_NODE = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENOTFOUND'
]);

/**
 * Whether a failed write may succeed when tried again (the database restarting, a dropped connection, a
 * serialization conflict). Everything else (a refusal of the log, a constraint, a bug) fails the same way
 * again: retrying it would only hide it.
 */
export function isTransient(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = (error as { code?: unknown }).code;
	if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE.has(code))) return true;
	if (
		/Connection terminated|connection (is )?closed|timeout exceeded when trying to connect/i.test(
			error.message
		)
	) {
		return true;
	}
	return error.cause !== undefined && error.cause !== error && isTransient(error.cause);
}
