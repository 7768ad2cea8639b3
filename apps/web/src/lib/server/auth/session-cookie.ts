import type { Cookies } from '@sveltejs/kit';
import { defaultAuthPolicy } from '@trienkhai/db';

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'tk_session';

/**
 * httpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), Secure when the site is served
 * over https. Its lifetime is the session's longest; the server decides the real end.
 */
export function setSessionCookie(cookies: Cookies, token: string, url: URL): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: Math.floor(defaultAuthPolicy.sessionMaxMs / 1000)
	});
}

/** Removes the session cookie. */
export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
