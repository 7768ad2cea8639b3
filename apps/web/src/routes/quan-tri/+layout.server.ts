import { requireAdmin } from '#lib/server/auth/current-user.ts';
import type { LayoutServerLoad } from './$types';

// Pages: 403 for anyone but administrators. Form actions do not run this load: each action checks too.
export const load: LayoutServerLoad = ({ locals }) => {
	requireAdmin(locals);
	return {};
};
