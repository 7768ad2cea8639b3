/** Stable machine-readable reasons a command can be refused; UIs translate them, tests assert them. */
export type DomainErrorCode =
	| 'not_allowed'
	| 'invalid_transition'
	| 'plan_not_issued'
	| 'invalid_progress'
	| 'invalid_command'
	| 'not_found'
	| 'already_exists';

/** A domain rule refused a command; `code` is what callers branch on, the message is for logs. */
export class DomainError extends Error {
	readonly code: DomainErrorCode;

	constructor(code: DomainErrorCode, message?: string) {
		super(message ?? code);
		this.name = 'DomainError';
		this.code = code;
	}
}

/** True for a DomainError, optionally with the given code. */
export function isDomainError(value: unknown, code?: DomainErrorCode): value is DomainError {
	return value instanceof DomainError && (code === undefined || value.code === code);
}
