import type { Cookies } from '@sveltejs/kit';
import { deleteSession } from '@trienkhai/db';
import type { WebRuntime } from '#lib/server/runtime.ts';
import { clearSessionCookie, SESSION_COOKIE } from './session-cookie.ts';

/** Ends the request's session in the database and removes its cookie. */
export async function signOut(runtime: WebRuntime, cookies: Cookies, url: URL): Promise<void> {
	const token = cookies.get(SESSION_COOKIE);
	if (token) await deleteSession(runtime.database.db, token);
	clearSessionCookie(cookies, url);
}
