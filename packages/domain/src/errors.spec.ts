import { describe, it, expect } from 'vitest';
import { DomainError, isDomainError } from './errors.ts';

describe('DomainError', () => {
	it('carries its code and defaults the message to it', () => {
		const e = new DomainError('not_allowed');
		expect(e).toBeInstanceOf(Error);
		expect(e.code).toBe('not_allowed');
		expect(e.message).toBe('not_allowed');
		expect(e.name).toBe('DomainError');
	});

	it('is recognised with or without a code', () => {
		const e = new DomainError('invalid_progress', 'progress 150');
		expect(isDomainError(e)).toBe(true);
		expect(isDomainError(e, 'invalid_progress')).toBe(true);
		expect(isDomainError(e, 'not_allowed')).toBe(false);
		expect(isDomainError(new Error('x'))).toBe(false);
	});
});
