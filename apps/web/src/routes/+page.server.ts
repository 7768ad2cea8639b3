import { listDirectives, listPlans } from '@trienkhai/db';
import { loadMyWork } from '#lib/server/my-work.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals, url }) => {
	depends('live:work');
	const search = url.searchParams.get('q')?.slice(0, 200) ?? '';
	const { db } = locals.runtime.database;
	const [directives, plans] = await Promise.all([
		listDirectives(db, { search }),
		listPlans(db, { search, reader: locals.user ?? null })
	]);
	// the short version of "Việc của tôi": what needs acting on first
	const work = locals.user ? await loadMyWork(locals) : null;
	const urgent = work ? work.tasks.filter((t) => t.bucket !== 'open' && t.bucket !== 'done').slice(0, 5) : [];
	return {
		search,
		directives,
		plans,
		myWork: work && { counts: work.counts, urgent, opinions: work.opinions.slice(0, 5) }
	};
};
