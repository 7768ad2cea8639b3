import { redirect } from '@sveltejs/kit';
import { listUnits, weeklyDigest } from '@trienkhai/db';
import { addDays, isoWeekOf, isoWeekStart, localDateOf } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user;
	if (!user) redirect(303, '/dang-nhap');
	const { db } = locals.runtime.database;
	const errors: string[] = [];
	const units = await listUnits(db);
	const unitParam = url.searchParams.get('unit')?.trim() || user.unitId;
	const unit = units.find((u) => u.id === unitParam);
	if (!unit) errors.push(m.digest_bad_unit());
	const currentWeek = isoWeekOf(localDateOf(new Date()));
	const weekParam = url.searchParams.get('week')?.trim() || currentWeek;
	let weekStart = isoWeekStart(weekParam);
	if (weekStart === null) {
		errors.push(m.digest_bad_week({ value: weekParam }));
		weekStart = isoWeekStart(currentWeek)!;
	}
	const digest = unit ? await weeklyDigest(db, unit.id, weekStart) : null;
	return {
		errors,
		unitId: unit?.id ?? '',
		unitName: unit?.name ?? '',
		week: isoWeekOf(weekStart),
		weekStart,
		weekEnd: addDays(weekStart, 6),
		digest,
		units: units.map((u) => ({ id: u.id, name: u.short_name }))
	};
};
