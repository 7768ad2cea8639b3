import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import {
	loadAuditActors,
	loadAuditRows,
	loadChainBadges,
	readAuditQuery
} from '../../../nhat-ky/audit.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = locals.user;
	if (!user) redirect(303, '/dang-nhap');
	const database = locals.runtime.database;
	const plan = await database.db
		.selectFrom('plans')
		.select(['id', 'title'])
		.where('id', '=', params.id)
		.executeTakeFirst();
	if (!plan) error(404, m.plan_not_found());
	const query = readAuditQuery(url);
	const [page, actors, badges] = await Promise.all([
		loadAuditRows(database, user, query, { planId: plan.id }),
		loadAuditActors(database, plan.id),
		loadChainBadges(database, [plan.id])
	]);
	return {
		plan,
		query: { values: query.values, errors: query.errors },
		...page,
		actors,
		badge: badges[0] ?? null
	};
};
