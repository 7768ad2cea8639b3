import { fail, redirect } from '@sveltejs/kit';
import { signInMessage } from '#lib/server/auth/sign-in-message.ts';
import { signIn } from '#lib/server/auth/sign-in.ts';
import { setSessionCookie } from '#lib/server/auth/session-cookie.ts';
import { safeReturnPath } from '#lib/server/safe-return-path.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = url.searchParams.get('next');
	if (locals.user) redirect(303, safeReturnPath(next));
	return { next: next ? safeReturnPath(next) : null, signedOut: url.searchParams.has('out') };
};

function field(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const username = field(form, 'username').slice(0, 200);
		const result = await signIn(locals.runtime.database.db, {
			username,
			password: field(form, 'password'),
			address: getClientAddress(),
			userAgent: request.headers.get('user-agent'),
			now: new Date()
		});
		if (!result.ok) {
			return fail(result.reason === 'throttled' ? 429 : 400, { username, message: signInMessage(result) });
		}
		setSessionCookie(cookies, result.token, url);
		redirect(303, safeReturnPath(field(form, 'next')));
	}
};
