import { listDirectives, listPlans } from '@trienkhai/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const search = url.searchParams.get('q')?.slice(0, 200) ?? '';
	const { db } = locals.runtime.database;
	const [directives, plans] = await Promise.all([listDirectives(db, { search }), listPlans(db, { search })]);
	return { search, directives, plans };
};
