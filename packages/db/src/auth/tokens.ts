import { createHash, randomBytes } from 'node:crypto';

/** A new session token for the cookie: 256 random bits, URL-safe. */
export function newSessionToken(): string {
	return randomBytes(32).toString('base64url');
}

/** The id a session is stored under: the SHA-256 (hex) of its token. */
export function sessionIdOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
