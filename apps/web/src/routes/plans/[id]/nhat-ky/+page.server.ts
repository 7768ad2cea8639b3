import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { planReadable } from '#lib/server/plan-access.ts';
import {
	loadAuditActors,
	loadAuditRows,
	loadChainBadges,
	readAuditQuery
} from '../../../nhat-ky/audit.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends, locals, params, url }) => {
	depends('live:audit');
	const user = locals.user;
	if (!user) redirect(303, '/dang-nhap');
	const database = locals.runtime.database;
	const plan = await database.db
		.selectFrom('plans')
		.select(['id', 'title'])
		.where('id', '=', params.id)
		.executeTakeFirst();
	// a draft's trail is as private as the draft
	if (!plan || !(await planReadable(locals, plan.id))) error(404, m.plan_not_found());
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
