import { redirect } from '@sveltejs/kit';
import { listUnits, weeklyDigest } from '@trienkhai/db';
import { addDays, isoWeekOf, isoWeekStart, localDateOf } from '@trienkhai/domain';
import { parseDateVi } from '#lib/dates/date-input.ts';
import { m } from '#lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

/** The digest's query: the unit and the ISO week stay in the URL, so it can be shared and printed. */
function digestQuery(unitId: string, week: string): string {
	return `?${new URLSearchParams({ unit: unitId, week })}`;
}

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
	// "go to the week of dd/mm/yyyy": a good day becomes that week's address; a bad one stays typed
	const dayText = url.searchParams.get('ngay')?.trim() ?? '';
	if (dayText !== '') {
		const day = parseDateVi(dayText);
		if (day !== null && unit) redirect(303, `${url.pathname}${digestQuery(unit.id, isoWeekOf(day))}`);
		if (day === null) errors.push(m.dateinput_bad_date({ value: dayText }));
	}
	const weekParam = url.searchParams.get('week')?.trim() || currentWeek;
	let weekStart = isoWeekStart(weekParam);
	if (weekStart === null) {
		errors.push(m.digest_bad_week({ value: weekParam }));
		weekStart = isoWeekStart(currentWeek)!;
	}
	const digest = unit ? await weeklyDigest(db, unit.id, weekStart) : null;
	const week = isoWeekOf(weekStart);
	const unitId = unit?.id ?? user.unitId;
	return {
		errors,
		unitId: unit?.id ?? '',
		unitName: unit?.name ?? '',
		week,
		weekStart,
		weekEnd: addDays(weekStart, 6),
		dayText,
		isCurrentWeek: week === currentWeek,
		links: {
			prev: digestQuery(unitId, isoWeekOf(addDays(weekStart, -7))),
			next: digestQuery(unitId, isoWeekOf(addDays(weekStart, 7))),
			current: digestQuery(unitId, currentWeek)
		},
		digest,
		units: units.map((u) => ({ id: u.id, name: u.short_name }))
	};
};
