import { redirect } from '@sveltejs/kit';
import { listPlans } from '@trienkhai/db';
import { loadAuditActors, loadAuditRows, loadChainBadges, readAuditQuery } from './audit.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals, url }) => {
	depends('live:audit');
	const user = locals.user;
	if (!user) redirect(303, '/dang-nhap');
	const database = locals.runtime.database;
	const query = readAuditQuery(url);
	const plans = await listPlans(database.db, { reader: user });
	const [page, actors, badges] = await Promise.all([
		loadAuditRows(database, user, query, {}),
		loadAuditActors(database),
		loadChainBadges(
			database,
			plans.map((p) => p.id)
		)
	]);
	const titles = new Map(plans.map((p) => [p.id, p.title]));
	return {
		query: { values: query.values, errors: query.errors },
		...page,
		actors,
		badges: badges.map((badge) => ({ ...badge, title: titles.get(badge.planId) ?? badge.planId }))
	};
};
