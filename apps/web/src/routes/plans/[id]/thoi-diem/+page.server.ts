import { error, redirect } from '@sveltejs/kit';
import { listUnits, listUsersWithUnits } from '@trienkhai/db';
import { projectPlan, type EventRecord } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { eventTypeLabel } from '#lib/components/audit/event-labels.ts';
import { formatDateTimeVi } from '#lib/components/audit/format-time.ts';
import { dateTimeInputVi, parseDateTimeVi } from '#lib/dates/date-input.ts';
import { diffPlans } from '#lib/components/audit/plan-diff.ts';
import type { PageServerLoad } from './$types';

/**
 * Which event the page shows the plan after: ?seq= wins over ?t= ('dd/mm/yyyy HH:mm', Vietnam time);
 * neither means now. `typed` is the moment the user asked for, to show back in the field.
 */
function pointOf(
	url: URL,
	events: EventRecord[]
): { seq: number; error: string | null; typed: string | null } {
	const last = events[events.length - 1]?.seq ?? 0;
	const seqText = url.searchParams.get('seq');
	if (seqText !== null && seqText.trim() !== '') {
		const seq = Number(seqText);
		if (!Number.isSafeInteger(seq) || seq < 0 || seq > last)
			return { seq: last, error: m.travel_bad_seq({ value: seqText }), typed: null };
		return { seq, error: null, typed: null };
	}
	const timeText = url.searchParams.get('t');
	if (timeText !== null && timeText.trim() !== '') {
		const at = parseDateTimeVi(timeText);
		// what the user typed stays in the field, so a slip is fixed, not retyped
		if (at === null)
			return { seq: last, error: m.dateinput_bad_datetime({ value: timeText }), typed: timeText };
		let seq = 0;
		for (const event of events) if (Date.parse(event.occurredAt) <= at.getTime()) seq = event.seq;
		return { seq, error: null, typed: dateTimeInputVi(at) };
	}
	return { seq: last, error: null, typed: null };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, '/dang-nhap');
	const database = locals.runtime.database;
	// refused attempts change nothing; the steps are the events that made the plan what it is
	const events = (await database.events.readPlanEvents(params.id)).filter(
		(e) => e.type !== 'PermissionDenied'
	);
	if (events.length === 0) error(404, m.plan_not_found());
	const point = pointOf(url, events);
	const then = projectPlan(events.filter((e) => e.seq <= point.seq));
	const now = projectPlan(events);
	const [users, units] = await Promise.all([listUsersWithUnits(database.db), listUnits(database.db)]);
	const people = new Map(users.map((u) => [u.id, u.display_name]));
	const unitNames = Object.fromEntries(units.map((u) => [u.id, u.short_name]));
	const codes = new Map(now.tasks.map((t) => [t.id, t.code]));
	const at = events.find((e) => e.seq === point.seq)?.occurredAt ?? null;
	return {
		planId: params.id,
		title: now.plan?.title ?? params.id,
		point: {
			seq: point.seq,
			time: at ? formatDateTimeVi(at) : null,
			input: point.typed ?? dateTimeInputVi(at ?? new Date()),
			invalid: point.error !== null && point.typed !== null
		},
		error: point.error,
		steps: events.map((e) => ({
			seq: e.seq,
			time: formatDateTimeVi(e.occurredAt),
			who: `${(e.userId && people.get(e.userId)) ?? m.audit_system()}${e.unitId ? ` (${unitNames[e.unitId] ?? e.unitId})` : ''}`,
			what: `${eventTypeLabel(e.type)}${e.taskId ? ` ${codes.get(e.taskId) ?? ''}`.trimEnd() : ''}`
		})),
		then,
		diff: diffPlans(then, now),
		unitNames
	};
};
