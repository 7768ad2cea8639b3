import { m } from '#lib/paraglide/messages.js';
import type { SignInResult } from './sign-in.ts';

/** The Vietnamese (or English) sentence for a refused sign-in. */
export function signInMessage(result: Extract<SignInResult, { ok: false }>): string {
	switch (result.reason) {
		case 'missing':
			return m.signin_error_missing();
		case 'invalid':
			return m.signin_error_invalid();
		case 'inactive':
			return m.signin_error_inactive();
		case 'throttled':
			return m.signin_error_throttled({ minutes: result.retryAfterMinutes });
	}
}
