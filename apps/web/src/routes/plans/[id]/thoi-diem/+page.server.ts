import { error, fail, redirect } from '@sveltejs/kit';
import { listUnits, listUsersWithUnits } from '@trienkhai/db';
import { projectPlan, type EventRecord } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { eventTypeLabel } from '#lib/components/audit/event-labels.ts';
import { formatDateTimeVi } from '#lib/components/audit/format-time.ts';
import { dateTimeInputVi, parseDateTimeVi } from '#lib/dates/date-input.ts';
import { diffPlans } from '#lib/components/audit/plan-diff.ts';
import { planReadable } from '#lib/server/plan-access.ts';
import { restoreOffer } from '#lib/server/restore-offer.ts';
import { restoreVersion } from '#lib/server/restore-version.ts';
import { denyReasonText } from '#lib/components/plan-editor/deny-reason.ts';
import type { Actions, PageServerLoad } from './$types';

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
	const plan = await database.db
		.selectFrom('plans')
		.select(['status', 'owner_unit_id', 'co_drafter_unit_ids'])
		.where('id', '=', params.id)
		.executeTakeFirstOrThrow();
	const restore = restoreOffer(locals.user.unitId, {
		status: plan.status,
		ownerUnitId: plan.owner_unit_id,
		coDrafterUnitIds: plan.co_drafter_unit_ids
	});
	return {
		// the past (not the newest step) can be restored
		restore: { ...restore, offer: restore.offer && point.seq < (events.at(-1)?.seq ?? 0) },
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

export const actions: Actions = {
	/** Restores the document as it was after event `seq`, as the signed-in user's edit. */
	restore: async ({ locals, params, request }) => {
		const user = locals.user;
		if (!user) return fail(401, { message: m.cmd_sign_in() });
		if (!(await planReadable(locals, params.id))) return fail(404, { message: m.plan_not_found() });
		const seq = Number((await request.formData()).get('seq'));
		if (!Number.isSafeInteger(seq) || seq < 0) return fail(400, { message: m.cmd_invalid_command() });
		const result = await restoreVersion(locals.runtime.database, {
			planId: params.id,
			seq,
			actor: { userId: user.id, unitId: user.unitId },
			at: new Date()
		});
		if (result.ok) {
			const events = await locals.runtime.database.events.readPlanEvents(params.id, { seq });
			const at = events.at(-1)?.occurredAt;
			return result.written === 0
				? { message: m.restore_nothing() }
				: { message: m.restore_done({ time: at ? formatDateTimeVi(at) : '', count: result.written }) };
		}
		if (result.refused === 'not_found') return fail(404, { message: m.plan_not_found() });
		if (result.refused === 'no_document') return fail(409, { message: m.restore_no_document() });
		return fail(403, { message: m.restore_refused({ reason: denyReasonText(result.reason) }) });
	}
};
