import { redirect } from '@sveltejs/kit';
import { signOut } from '#lib/server/auth/sign-out.ts';
import type { RequestHandler } from './$types';

// POST only: a link or a prefetch must not sign anyone out. SvelteKit refuses cross-site form posts.
export const POST: RequestHandler = async ({ locals, cookies, url }) => {
	await signOut(locals.runtime, cookies, url);
	redirect(303, '/dang-nhap?out=1');
};
