import { json, redirect } from '@sveltejs/kit';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { getRuntime } from '#lib/server/runtime.ts';
import { anonymousAccess, signInLocation } from '#lib/server/auth/access.ts';
import { userOfRequest } from '#lib/server/auth/current-user.ts';
import { m } from '#lib/paraglide/messages.js';
import { paraglideMiddleware } from '#lib/paraglide/server.js';

export const init: ServerInit = async () => {
	await getRuntime();
};

const i18n: Handle = ({ event, resolve }) =>
	// The locale comes from a cookie, not the URL, so the middleware never rewrites the request.
	paraglideMiddleware(event.request, ({ locale }) => {
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});

// Runs inside the i18n handle, so its messages are in the visitor's language.
const auth: Handle = async ({ event, resolve }) => {
	event.locals.runtime = await getRuntime();
	event.locals.user = await userOfRequest(event.locals.runtime, event.cookies, event.url, new Date());
	if (!event.locals.user) {
		const access = anonymousAccess({
			pathname: event.url.pathname,
			accept: event.request.headers.get('accept') ?? '',
			isDataRequest: event.isDataRequest,
			isActionRequest: event.request.headers.has('x-sveltekit-action')
		});
		if (access === 'unauthorized') return json({ error: m.api_unauthorized() }, { status: 401 });
		if (access === 'sign-in') redirect(303, signInLocation(event.url));
	}
	return resolve(event);
};

export const handle: Handle = sequence(i18n, auth);

// An unexpected error is logged with the request it failed (to stderr, which every launcher keeps); the
// visitor sees the generic error page in their language, never the stack. Errors the app throws on purpose
// (403, 404 …) and SvelteKit's own (a missing route) are the visitor's, not the server's: not logged.
export const handleError: HandleServerError = (caught) => {
	if (caught.kind !== 'unknown') return;
	const { request, url } = caught.event;
	console.error(`[trienkhai] error on ${request.method} ${url.pathname}${url.search}:`, caught.error);
};
