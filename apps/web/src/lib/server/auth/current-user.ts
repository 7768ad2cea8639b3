import { error } from '@sveltejs/kit';
import { defaultAuthPolicy, findSessionUser, type SessionUser } from '@trienkhai/db';
import type { Cookies } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import type { WebRuntime } from '#lib/server/runtime.ts';
import { clearSessionCookie, SESSION_COOKIE } from './session-cookie.ts';

/** The user of the request's session cookie; a cookie whose session has ended is removed. */
export async function userOfRequest(
	runtime: WebRuntime,
	cookies: Cookies,
	url: URL,
	now: Date
): Promise<SessionUser | null> {
	const token = cookies.get(SESSION_COOKIE);
	if (!token) return null;
	const user =
		token.length <= 100
			? await findSessionUser(runtime.database.db, token, { now, policy: defaultAuthPolicy })
			: null;
	if (!user) clearSessionCookie(cookies, url);
	return user;
}

/** The signed-in user; 401 without one (the hook redirects pages before they get here). */
export function requireUser(locals: App.Locals): SessionUser {
	if (!locals.user) error(401, m.api_unauthorized());
	return locals.user;
}

/** The signed-in administrator; 403 for everyone else. Called by every admin load and action. */
export function requireAdmin(locals: App.Locals): SessionUser {
	const user = requireUser(locals);
	if (!user.isAdmin) error(403, m.error_forbidden());
	return user;
}
