import { redirect, type RequestHandler } from '@sveltejs/kit';
import { isLocale, cookieName, cookieMaxAge } from '#lib/paraglide/runtime.js';
import { safeReturnPath } from '#lib/server/safe-return-path.ts';

// Switches the interface language (a cookie) and goes back to the page the user was on.
export const GET: RequestHandler = ({ url, cookies }) => {
	const to = url.searchParams.get('to') ?? '';
	if (isLocale(to)) {
		cookies.set(cookieName, to, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
	}
	redirect(303, safeReturnPath(url.searchParams.get('back')));
};
