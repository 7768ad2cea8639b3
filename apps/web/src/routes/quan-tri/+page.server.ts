import { redirect } from '@sveltejs/kit';
import { requireAdmin } from '#lib/server/auth/current-user.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireAdmin(locals);
	redirect(303, '/quan-tri/don-vi');
};
