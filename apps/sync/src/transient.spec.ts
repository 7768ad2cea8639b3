import { describe, expect, it } from 'vitest';
import { AppendRejectedError, PreconditionFailedError } from '@trienkhai/db';
import { isTransient } from './transient.ts';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isTransient', () => {
	it('retries connection trouble, serialization failures, deadlocks and an overloaded server', () => {
		for (const code of ['08006', '08001', '40001', '40P01', '53300', '57P01', 'ECONNRESET', 'ECONNREFUSED']) {
			expect(isTransient(withCode(code)), code).toBe(true);
		}
		expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isTransient(new Error('append failed', { cause: withCode('08006') }))).toBe(true);
	});

	it('does not retry refusals of the log, constraint violations or bugs', () => {
		expect(isTransient(new AppendRejectedError('idempotency key reused for a different batch'))).toBe(false);
		expect(isTransient(new PreconditionFailedError('p', null))).toBe(false);
		expect(isTransient(withCode('23505', 'duplicate key'))).toBe(false);
		expect(isTransient(withCode('42P01', 'relation does not exist'))).toBe(false);
		expect(isTransient(new TypeError('x is undefined'))).toBe(false);
		expect(isTransient('a string')).toBe(false);
	});
});
