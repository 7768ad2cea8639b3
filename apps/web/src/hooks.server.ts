import type { Handle, ServerInit } from '@sveltejs/kit/hooks';
import { getRuntime } from '#lib/server/runtime.ts';
import { paraglideMiddleware } from '#lib/paraglide/server.js';

export const init: ServerInit = async () => {
	await getRuntime();
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.runtime = await getRuntime();
	// The locale comes from a cookie, not the URL, so the middleware never rewrites the request.
	return paraglideMiddleware(event.request, ({ locale }) => {
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});
};
